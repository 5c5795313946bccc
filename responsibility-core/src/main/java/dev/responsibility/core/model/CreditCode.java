package dev.responsibility.core.model;

import java.util.Objects;

/**
 * A unified social credit code (统一社会信用代码) as written in the data, possibly empty. Whether it
 * is valid is a query, never a refusal: a wrong code is data that the checks report.
 * Immutable and thread-safe.
 *
 * @param value the code text; empty when none was given; never null
 */
public record CreditCode(String value) {

  /** Length of a unified social credit code. */
  public static final int LENGTH = 18;

  /** GB 32100's 31 characters, in the order of their numeric values. */
  static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  /**
   * Each ASCII character's value in {@link #ALPHABET}, -1 outside it: a province's million codes
   * are checked as they are read, and a table is one load where {@code indexOf} scans 31 letters.
   */
  private static final byte[] VALUES = new byte[128];

  static {
    java.util.Arrays.fill(VALUES, (byte) -1);
    for (int v = 0; v < ALPHABET.length(); v++) {
      VALUES[ALPHABET.charAt(v)] = (byte) v;
    }
  }

  private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

  /** The code that stands for "none given". */
  public static final CreditCode NONE = new CreditCode("");

  /** @throws NullPointerException if {@code value} is null
   * @throws InvalidRecordException if {@code value} holds a lone surrogate
   * @param value as in the record description
   */
  public CreditCode {
    Objects.requireNonNull(value, "value");
    Require.wellFormed("CreditCode", "value", value);
  }

  /**
   * @param value the code text, possibly empty, not null
   * @return the code
   */
  public static CreditCode of(String value) {
    return value.isEmpty() ? NONE : new CreditCode(value);
  }

  /** @return whether no code was given */
  public boolean isEmpty() {
    return value.isEmpty();
  }

  /**
   * Whether the code is 18 characters of GB 32100's alphabet ending in the right check
   * character. An empty code is not valid here; whether a business may go without one is the
   * business's question ({@link Business#hasValidCreditCode()}).
   *
   * @return whether the code is well-formed with a correct check character
   */
  public boolean isValid() {
    if (value.length() != LENGTH) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < LENGTH; i++) {
      int v = valueOf(value.charAt(i));
      if (v < 0) {
        return false;
      }
      sum += i < LENGTH - 1 ? v * WEIGHTS[i] : 0;
    }
    return checkCharacterOf(sum) == value.charAt(LENGTH - 1);
  }

  /** What is wrong with a code that is not valid, for a message that says so. */
  public enum Defect {
    /** No code was given. */
    EMPTY,
    /** The code is not 18 characters long. */
    LENGTH,
    /** A character is outside GB 32100's alphabet. */
    CHARACTER,
    /** The last character is not the check character of the first 17. */
    CHECK_CHARACTER
  }

  /**
   * @return the first defect found, empty for a valid code: what a clerk must correct
   */
  public java.util.Optional<Defect> defect() {
    if (value.isEmpty()) {
      return java.util.Optional.of(Defect.EMPTY);
    }
    if (value.length() != LENGTH) {
      return java.util.Optional.of(Defect.LENGTH);
    }
    for (int i = 0; i < LENGTH; i++) {
      if (valueOf(value.charAt(i)) < 0) {
        return java.util.Optional.of(Defect.CHARACTER);
      }
    }
    return isValid() ? java.util.Optional.empty() : java.util.Optional.of(Defect.CHECK_CHARACTER);
  }

  /**
   * The detail of a defect for a message: the length, the first character outside the alphabet
   * with its position, or the check character the code should end in.
   *
   * @return the detail, empty for a valid or empty code
   */
  public String defectDetail() {
    Defect d = defect().orElse(null);
    if (d == null || d == Defect.EMPTY) {
      return "";
    }
    switch (d) {
      case LENGTH:
        return Integer.toString(value.length());
      case CHARACTER:
        for (int i = 0; i < LENGTH; i++) {
          if (valueOf(value.charAt(i)) < 0) {
            return "'" + value.charAt(i) + "' (" + (i + 1) + ")";
          }
        }
        return "";
      default:
        return Character.toString(checkCharacter(value.substring(0, LENGTH - 1)));
    }
  }

  /**
   * The GB 32100 check character for the first 17 characters of a code.
   *
   * @param first17 17 characters of the GB 32100 alphabet, not null
   * @return the 18th character that makes the code valid
   * @throws IllegalArgumentException if {@code first17} is not 17 characters of the alphabet
   */
  public static char checkCharacter(String first17) {
    if (first17.length() != LENGTH - 1) {
      throw new IllegalArgumentException("need 17 characters, got " + first17.length());
    }
    int sum = 0;
    for (int i = 0; i < LENGTH - 1; i++) {
      int v = valueOf(first17.charAt(i));
      if (v < 0) {
        throw new IllegalArgumentException(
            "'" + first17.charAt(i) + "' at " + (i + 1) + " is not a GB 32100 character");
      }
      sum += v * WEIGHTS[i];
    }
    return checkCharacterOf(sum);
  }

  /** @return the check character for the weighted sum of the first 17 characters' values */
  private static char checkCharacterOf(int weightedSum) {
    return ALPHABET.charAt((31 - weightedSum % 31) % 31);
  }

  /** @return the character's value in the alphabet, or -1 when it is not in it */
  private static int valueOf(char c) {
    return c < VALUES.length ? VALUES[c] : -1;
  }

  @Override
  public String toString() {
    return value;
  }
}

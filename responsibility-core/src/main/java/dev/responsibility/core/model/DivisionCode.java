package dev.responsibility.core.model;

/**
 * A reference to an administrative division (行政区划代码), as written in the data. A division of
 * divisions.csv carries a well-formed 12-digit statistical code; a business or cadre may name
 * any code, and one that matches no division is data that the checks see ("below nothing").
 * Immutable and thread-safe.
 *
 * @param value the code text, not blank
 */
public record DivisionCode(String value) implements Comparable<DivisionCode> {

  /** Digits in a national statistical division code: 2 + 2 + 2 + 3 + 3. */
  public static final int LENGTH = 12;

  /** @throws InvalidRecordException if {@code value} is null, blank or holds a lone surrogate
   * @param value as in the record description
   */
  public DivisionCode {
    Require.nonBlank("DivisionCode", "value", value);
  }

  /**
   * @param value the code text, not blank
   * @return the code
   * @throws InvalidRecordException if {@code value} is null, blank or holds a lone surrogate
   */
  public static DivisionCode of(String value) {
    return new DivisionCode(value);
  }

  /** @return whether the code is 12 ASCII digits, the national statistical form */
  public boolean isStatistical() {
    if (value.length() != LENGTH) {
      return false;
    }
    for (int i = 0; i < LENGTH; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  @Override
  public int compareTo(DivisionCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

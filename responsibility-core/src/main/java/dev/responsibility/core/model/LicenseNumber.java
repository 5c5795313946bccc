package dev.responsibility.core.model;

import java.util.Objects;

/**
 * A licence number (许可证编号) as written in the data, possibly empty: a food production licence
 * ({@code SC} and 14 digits), a food trade licence ({@code JY} and 14 digits), or a small
 * operator's local registration of any form. Whether it fits the business's category is a
 * query; a wrong one is data that the checks report. Immutable and thread-safe.
 *
 * @param value the number text; empty when none was given; never null
 */
public record LicenseNumber(String value) {

  private static final int DIGITS = 14;

  /** The number that stands for "none given". */
  public static final LicenseNumber NONE = new LicenseNumber("");

  /** @throws NullPointerException if {@code value} is null
   * @throws InvalidRecordException if {@code value} holds a lone surrogate
   * @param value as in the record description
   */
  public LicenseNumber {
    Objects.requireNonNull(value, "value");
    Require.wellFormed("LicenseNumber", "value", value);
  }

  /**
   * @param value the number text, possibly empty, not null
   * @return the licence number
   */
  public static LicenseNumber of(String value) {
    return value.isEmpty() ? NONE : new LicenseNumber(value);
  }

  /** @return whether no number was given */
  public boolean isEmpty() {
    return value.isEmpty();
  }

  /**
   * Whether the number has the form FORMAT.md sets for the category: {@code SC} + 14 digits for
   * producers, {@code JY} + 14 digits for the others, any non-empty text for small operators.
   *
   * @param category the business's category, not null
   * @return whether the number is valid in form for that category
   */
  public boolean isValidFor(Category category) {
    switch (category.licenceForm()) {
      case PRODUCTION:
        return hasForm("SC");
      case TRADE:
        return hasForm("JY");
      default:
        return !value.isEmpty();
    }
  }

  private boolean hasForm(String prefix) {
    if (value.length() != prefix.length() + DIGITS || !value.startsWith(prefix)) {
      return false;
    }
    for (int i = prefix.length(); i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return value;
  }
}

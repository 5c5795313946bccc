package dev.responsibility.core.model;

/**
 * A person's phone number. Personal data: {@link #toString()} masks all but the first three and
 * last four characters, so a record that holds one can be logged; {@link #value()} is the only
 * way to the full number. Immutable and thread-safe.
 *
 * @param value the number as given, not blank
 */
public record PhoneNumber(String value) {

  /**
   * @param value as in the record description
   * @throws InvalidRecordException if {@code value} is null, blank or holds a lone surrogate
   */
  public PhoneNumber {
    Require.nonBlank("PhoneNumber", "value", value);
  }

  /**
   * @param value the number as given, not blank
   * @return the phone number
   * @throws InvalidRecordException if {@code value} is null, blank or holds a lone surrogate
   */
  public static PhoneNumber of(String value) {
    return new PhoneNumber(value);
  }

  /** @return the number with its middle masked, such as {@code 138****5678} */
  public String masked() {
    int n = value.length();
    if (n <= 7) {
      return "*".repeat(n);
    }
    return value.substring(0, 3) + "*".repeat(n - 7) + value.substring(n - 4);
  }

  /** @return the masked number: never the full one */
  @Override
  public String toString() {
    return masked();
  }
}

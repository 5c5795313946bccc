package dev.responsibility.core.model;

/**
 * The id of a food business (包保主体), as given by the data set. Not blank; compared as text.
 * Immutable and thread-safe.
 *
 * @param value the id text, not blank
 */
public record BusinessId(String value) implements Comparable<BusinessId> {

  /**
   * @param value as in the record description
   * @throws InvalidRecordException if {@code value} is null, blank or holds a lone surrogate
   */
  public BusinessId {
    Require.nonBlank("BusinessId", "value", value);
  }

  /**
   * @param value the id text, not blank
   * @return the id
   * @throws InvalidRecordException if {@code value} is null, blank or holds a lone surrogate
   */
  public static BusinessId of(String value) {
    return new BusinessId(value);
  }

  @Override
  public int compareTo(BusinessId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

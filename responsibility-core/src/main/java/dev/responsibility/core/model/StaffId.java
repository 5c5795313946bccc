package dev.responsibility.core.model;

/**
 * The id of a staff appointment (企业食品安全人员), as given by the data set. Not blank; compared as text.
 * Immutable and thread-safe.
 *
 * @param value the id text, not blank
 */
public record StaffId(String value) implements Comparable<StaffId> {

  /**
   * @param value as in the record description
   * @throws InvalidRecordException if {@code value} is null, blank or holds a lone surrogate
   */
  public StaffId {
    Require.nonBlank("StaffId", "value", value);
  }

  /**
   * @param value the id text, not blank
   * @return the id
   * @throws InvalidRecordException if {@code value} is null, blank or holds a lone surrogate
   */
  public static StaffId of(String value) {
    return new StaffId(value);
  }

  @Override
  public int compareTo(StaffId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

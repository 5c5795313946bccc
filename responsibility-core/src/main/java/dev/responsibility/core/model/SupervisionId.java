package dev.responsibility.core.model;

/**
 * The id of a supervision record (督导记录), as given by the data set. Not blank; compared as text.
 * Immutable and thread-safe.
 *
 * @param value the id text, not blank
 */
public record SupervisionId(String value) implements Comparable<SupervisionId> {

  /**
   * @param value as in the record description
   * @throws InvalidRecordException if {@code value} is null, blank or holds a lone surrogate
   */
  public SupervisionId {
    Require.nonBlank("SupervisionId", "value", value);
  }

  /**
   * @param value the id text, not blank
   * @return the id
   * @throws InvalidRecordException if {@code value} is null, blank or holds a lone surrogate
   */
  public static SupervisionId of(String value) {
    return new SupervisionId(value);
  }

  @Override
  public int compareTo(SupervisionId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

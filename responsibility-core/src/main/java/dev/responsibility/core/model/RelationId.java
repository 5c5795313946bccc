package dev.responsibility.core.model;

/**
 * The id of a guarantee relation (包保关系), as given by the data set. Not blank; compared as text.
 * Immutable and thread-safe.
 *
 * @param value the id text, not blank
 */
public record RelationId(String value) implements Comparable<RelationId> {

  /**
   * @param value as in the record description
   * @throws InvalidRecordException if {@code value} is null, blank or holds a lone surrogate
   */
  public RelationId {
    Require.nonBlank("RelationId", "value", value);
  }

  /**
   * @param value the id text, not blank
   * @return the id
   * @throws InvalidRecordException if {@code value} is null, blank or holds a lone surrogate
   */
  public static RelationId of(String value) {
    return new RelationId(value);
  }

  @Override
  public int compareTo(RelationId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

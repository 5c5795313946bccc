package dev.responsibility.core.model;

/**
 * The id of a problem found in supervision (督导问题), as given by the data set. Not blank; compared as text.
 * Immutable and thread-safe.
 *
 * @param value the id text, not blank
 */
public record ProblemId(String value) implements Comparable<ProblemId> {

  /**
   * @param value as in the record description
   * @throws InvalidRecordException if {@code value} is null, blank or holds a lone surrogate
   */
  public ProblemId {
    Require.nonBlank("ProblemId", "value", value);
  }

  /**
   * @param value the id text, not blank
   * @return the id
   * @throws InvalidRecordException if {@code value} is null, blank or holds a lone surrogate
   */
  public static ProblemId of(String value) {
    return new ProblemId(value);
  }

  @Override
  public int compareTo(ProblemId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

package dev.responsibility.core.model;

/**
 * The id of a guarantor cadre (包保干部), as given by the data set. Not blank; compared as text.
 * Immutable and thread-safe.
 *
 * @param value the id text, not blank
 */
public record CadreId(String value) implements Comparable<CadreId> {

  /**
   * @param value as in the record description
   * @throws InvalidRecordException if {@code value} is null, blank or holds a lone surrogate
   */
  public CadreId {
    Require.nonBlank("CadreId", "value", value);
  }

  /**
   * @param value the id text, not blank
   * @return the id
   * @throws InvalidRecordException if {@code value} is null, blank or holds a lone surrogate
   */
  public static CadreId of(String value) {
    return new CadreId(value);
  }

  @Override
  public int compareTo(CadreId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

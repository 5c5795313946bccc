package dev.responsibility.core.rules;

import java.util.Objects;

/**
 * A record a violation names: its kind and id. Immutable and thread-safe.
 *
 * @param kind the kind of record, not null
 * @param id the record's id as written in the data, not null
 */
public record RecordRef(Kind kind, String id) implements Comparable<RecordRef> {

  /** The kinds of record a violation can name. */
  public enum Kind {
    /** A division. */
    DIVISION,
    /** A business. */
    BUSINESS,
    /** A cadre. */
    CADRE,
    /** A guarantee relation. */
    RELATION,
    /** A cadre's document. */
    DOCUMENT,
    /** A supervision record. */
    SUPERVISION,
    /** A problem. */
    PROBLEM,
    /** A staff appointment. */
    STAFF
  }

  /** @throws NullPointerException if a component is null
   * @param kind as in the record description
   * @param id as in the record description
   */
  public RecordRef {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
  }

  @Override
  public int compareTo(RecordRef o) {
    int byKind = kind.compareTo(o.kind);
    return byKind != 0 ? byKind : id.compareTo(o.id);
  }

  @Override
  public String toString() {
    return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
  }
}

package dev.responsibility.core.internal;

/**
 * Ids as a column keeps them — the ids of a kind's records, or the ids its records name — for the
 * index to hold and to resolve to keys: compared and hashed where they lie, so that a province's
 * millions of ids are never all strings at once. The index reads one from several threads at
 * once while it resolves references, so an implementation must allow concurrent reads.
 */
public interface TextRefs {

  /** @return how many references there are */
  int size();

  /** @return the {@code i}-th id, made */
  String text(int i);

  /** @return whether the {@code i}-th id is the one before it; records often name one id in a row */
  boolean sameAsBefore(int i);

  /** @return {@code text(i).hashCode()}, without making the string where that can be spared */
  int stringHash(int i);

  /** @return {@code text(i).equals(id)}, without making the string where that can be spared */
  boolean textEquals(int i, String id);

  /** @return {@code text(i).equals(other.text(j))}, without making the strings where that can be spared */
  default boolean sameText(int i, TextRefs other, int j) {
    return textEquals(i, other.text(j));
  }
}

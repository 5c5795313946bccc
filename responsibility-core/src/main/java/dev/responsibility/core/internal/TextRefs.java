package dev.responsibility.core.internal;

/**
 * The ids a column of records names, as the column keeps them, for the index to resolve to keys:
 * compared and hashed where they lie, so that a province's millions of references are never all
 * strings at once.
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
}

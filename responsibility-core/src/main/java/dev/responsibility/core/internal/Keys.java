package dev.responsibility.core.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Interned ids: the known ids (those with a record) take keys {@code 0..known-1} in their sorted
 * order, so that key {@code i} is the {@code i}-th record; ids that are only referenced take the
 * keys after them, also sorted. Immutable.
 */
public final class Keys {

  private final String[] known;
  private final String[] referenced;

  private Keys(String[] known, String[] referenced) {
    this.known = known;
    this.referenced = referenced;
  }

  /**
   * @param sortedKnown the ids of the records, sorted and distinct
   * @param references every id the other records name, in any order, with repeats
   */
  static Keys of(String[] sortedKnown, Collection<String> references) {
    Set<String> unknown = new HashSet<>();
    for (String r : references) {
      if (Arrays.binarySearch(sortedKnown, r) < 0) {
        unknown.add(r);
      }
    }
    String[] referenced = unknown.toArray(String[]::new);
    Arrays.sort(referenced);
    return new Keys(sortedKnown, referenced);
  }

  /** @return the key of an id, or -1 when neither known nor referenced */
  public int keyOf(String id) {
    int k = Arrays.binarySearch(known, id);
    if (k >= 0) {
      return k;
    }
    int u = Arrays.binarySearch(referenced, id);
    return u >= 0 ? known.length + u : -1;
  }

  /** @return the id of a key */
  public String id(int key) {
    return key < known.length ? known[key] : referenced[key - known.length];
  }

  /** @return whether the key belongs to a record of the data set */
  public boolean isKnown(int key) {
    return key >= 0 && key < known.length;
  }

  /** @return how many ids have a record */
  public int knownCount() {
    return known.length;
  }

  /** @return how many keys there are, known and referenced */
  public int size() {
    return known.length + referenced.length;
  }
}

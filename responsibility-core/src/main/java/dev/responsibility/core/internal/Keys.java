package dev.responsibility.core.internal;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Interned ids: the known ids (those with a record) take keys {@code 0..known-1} in their sorted
 * order, so that key {@code i} is the {@code i}-th record; ids that are only referenced take the
 * keys after them, also sorted. Immutable.
 */
public final class Keys {

  private final String[] known;
  private final String[] referenced;
  /**
   * Open addressing over every id: slot holds key + 1, 0 when empty. A province's records name
   * their businesses and cadres millions of times; a hash probe is a few comparisons where a
   * binary search over a million ids is twenty.
   */
  private final int[] slots;
  private final int shift;

  private Keys(String[] known, String[] referenced) {
    this.known = known;
    this.referenced = referenced;
    int n = known.length + referenced.length;
    slots = new int[Integer.highestOneBit(Math.max(2, n) * 2 - 1) << 1];
    shift = 32 - Integer.numberOfTrailingZeros(slots.length);
    for (int k = 0; k < n; k++) {
      int i = slot(id(k));
      while (slots[i] != 0) {
        i = (i + 1) & (slots.length - 1);
      }
      slots[i] = k + 1;
    }
  }

  /** Fibonacci hashing: the product's high bits mix every bit of the string's hash. */
  private int slot(String id) {
    return id.hashCode() * 0x9E3779B9 >>> shift;
  }

  /** Every id the other records name, in any order, with repeats, handed over one by one. */
  @FunctionalInterface
  interface References {
    void each(Consumer<String> id);
  }

  /**
   * @param sortedKnown the ids of the records, sorted and distinct
   * @param references every id the other records name; walked, not collected, as a province's
   *     records name millions
   */
  static Keys of(String[] sortedKnown, References references) {
    Keys knownOnly = new Keys(sortedKnown, new String[0]);
    Set<String> unknown = new HashSet<>();
    references.each(r -> {
      if (knownOnly.keyOf(r) < 0) {
        unknown.add(r);
      }
    });
    if (unknown.isEmpty()) {
      return knownOnly;
    }
    String[] referenced = unknown.toArray(String[]::new);
    Arrays.sort(referenced);
    return new Keys(sortedKnown, referenced);
  }

  /** @return the key of an id, or -1 when neither known nor referenced */
  public int keyOf(String id) {
    for (int i = slot(id); ; i = (i + 1) & (slots.length - 1)) {
      int k = slots[i] - 1;
      if (k < 0) {
        return -1;
      }
      if (id(k).equals(id)) {
        return k;
      }
    }
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

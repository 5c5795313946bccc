package dev.responsibility.core.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Interned ids: the known ids (those with a record) take keys {@code 0..known-1} in their sorted
 * order, so that key {@code i} is the {@code i}-th record; ids that are only referenced take the
 * keys after them, also sorted. Immutable.
 */
public final class Keys {

  private final TextRefs known;
  private final String[] referenced;
  /**
   * Open addressing over every id: slot holds key + 1, 0 when empty. A province's records name
   * their businesses and cadres millions of times; a hash probe is a few comparisons where a
   * binary search over a million ids is twenty.
   */
  private final int[] slots;
  private final int shift;

  private Keys(TextRefs known, String[] referenced) {
    this.known = known;
    this.referenced = referenced;
    int n = known.size() + referenced.length;
    slots = new int[Integer.highestOneBit(Math.max(2, n) * 2 - 1) << 1];
    shift = 32 - Integer.numberOfTrailingZeros(slots.length);
    for (int k = 0; k < n; k++) {
      int i = slot(k < known.size() ? known.stringHash(k) : referenced[k - known.size()].hashCode());
      while (slots[i] != 0) {
        i = (i + 1) & (slots.length - 1);
      }
      slots[i] = k + 1;
    }
  }

  /** Fibonacci hashing: the product's high bits mix every bit of the string's hash. */
  private int slot(String id) {
    return slot(id.hashCode());
  }

  private int slot(int stringHash) {
    return stringHash * 0x9E3779B9 >>> shift;
  }

  /**
   * Interns the ids of the records and resolves the ids other records name, each looked up once:
   * a province's records name their businesses and cadres millions of times. Resolve every
   * referencing column with {@link #keys}, then call {@link #finish()}, which fixes the arrays
   * it returned. Not thread-safe; one per set of keys (it may use the common pool's threads
   * within one call).
   */
  static final class Resolver {
    /** References per parallel slice: enough that a slice's work outweighs handing it out. */
    static final int SLICE = 1 << 16;

    private final Keys known;
    /** Ids only referenced, by the order they were met in: provisional key {@code -2 - i}. */
    private final Map<String, Integer> unknown = new HashMap<>();
    private final List<int[]> resolved = new ArrayList<>();

    /** @param sortedKnown the ids of the records, sorted and distinct; the keys keep them */
    Resolver(TextRefs sortedKnown) {
      known = new Keys(sortedKnown, new String[0]);
    }

    /** @return the key of each record's reference, final once {@link #finish()} has run */
    <T> int[] keys(List<T> records, Function<T, String> id) {
      return keys(records.size(), i -> id.apply(records.get(i)));
    }

    /**
     * Resolves a column of references. The known ids are looked up in parallel slices on the
     * common fork-join pool, as {@link Arrays#parallelSort} sorts: the table of known ids is only
     * read, and a province's columns of millions of references are the build's largest cost. Ids
     * only referenced take their provisional keys afterwards, on the calling thread, in the order
     * of the column, so the result does not depend on the slicing.
     *
     * @return the key of each reference, final once {@link #finish()} has run
     */
    int[] keys(TextRefs refs) {
      int n = refs.size();
      int[] keys = new int[n];
      int slices = (n + SLICE - 1) / SLICE;
      if (slices <= 1) {
        lookUp(refs, keys, 0, n);
      } else {
        IntStream.range(0, slices).parallel()
            .forEach(s -> lookUp(refs, keys, s * SLICE, Math.min(n, (s + 1) * SLICE)));
      }
      for (int i = 0; i < n; i++) {
        if (keys[i] == -1) {
          keys[i] = i > 0 && keys[i - 1] < -1 && refs.sameAsBefore(i) ? keys[i - 1]
              : -2 - unknown.computeIfAbsent(refs.text(i), r -> unknown.size());
        }
      }
      resolved.add(keys);
      return keys;
    }

    /** Looks up one slice against the known ids only: -1 where the id has no record. */
    private void lookUp(TextRefs refs, int[] keys, int from, int to) {
      int lastKey = -1;
      for (int i = from; i < to; i++) {
        if (i == from || !refs.sameAsBefore(i)) {
          lastKey = known.keyOf(refs, i);
        }
        keys[i] = lastKey;
      }
    }

    private int[] keys(int n, IntFunction<String> ref) {
      int[] keys = new int[n];
      String last = null;
      int lastKey = 0;
      for (int i = 0; i < n; i++) {
        String id = Objects.requireNonNull(ref.apply(i), "a referenced id");
        if (id != last) { // records often name one id in a row, and readers share its instance
          last = id;
          lastKey = known.keyOf(id);
          if (lastKey < 0) {
            lastKey = -2 - unknown.computeIfAbsent(id, r -> unknown.size());
          }
        }
        keys[i] = lastKey;
      }
      resolved.add(keys);
      return keys;
    }

    /** @return the keys: the known ids', then the referenced ones', sorted */
    Keys finish() {
      if (unknown.isEmpty()) {
        return known;
      }
      String[] referenced = unknown.keySet().toArray(String[]::new);
      Arrays.sort(referenced);
      int[] keyOfProvisional = new int[referenced.length];
      for (int j = 0; j < referenced.length; j++) {
        keyOfProvisional[unknown.get(referenced[j])] = known.known.size() + j;
      }
      for (int[] keys : resolved) {
        for (int i = 0; i < keys.length; i++) {
          if (keys[i] < -1) {
            keys[i] = keyOfProvisional[-2 - keys[i]];
          }
        }
      }
      return new Keys(known.known, referenced);
    }
  }

  /** @return the key of the {@code i}-th reference, or -1 when neither known nor referenced */
  int keyOf(TextRefs refs, int i) {
    for (int s = slot(refs.stringHash(i)); ; s = (s + 1) & (slots.length - 1)) {
      int k = slots[s] - 1;
      if (k < 0) {
        return -1;
      }
      if (k < known.size() ? refs.sameText(i, known, k) : refs.textEquals(i, referenced[k - known.size()])) {
        return k;
      }
    }
  }

  /** @return the key of an id, or -1 when neither known nor referenced */
  public int keyOf(String id) {
    for (int i = slot(id); ; i = (i + 1) & (slots.length - 1)) {
      int k = slots[i] - 1;
      if (k < 0) {
        return -1;
      }
      if (k < known.size() ? known.textEquals(k, id) : referenced[k - known.size()].equals(id)) {
        return k;
      }
    }
  }

  /** @return the id of a key, made anew where the keys hold it as bytes */
  public String id(int key) {
    return key < known.size() ? known.text(key) : referenced[key - known.size()];
  }

  /** @return whether the key belongs to a record of the data set */
  public boolean isKnown(int key) {
    return key >= 0 && key < known.size();
  }

  /** @return how many ids have a record */
  public int knownCount() {
    return known.size();
  }

  /** @return how many keys there are, known and referenced */
  public int size() {
    return known.size() + referenced.length;
  }
}

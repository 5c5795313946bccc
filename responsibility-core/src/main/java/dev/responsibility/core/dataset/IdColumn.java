package dev.responsibility.core.dataset;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * Record ids as one UTF-8 byte array with offsets: a few bytes an id where a {@code String} takes
 * about fifty. Immutable and thread-safe.
 */
final class IdColumn {

  private final byte[] bytes;
  /** Id {@code i} is {@code bytes[start[i] .. start[i + 1])}. */
  private final int[] start;

  private <T> IdColumn(List<T> records, Function<T, String> id) {
    int n = records.size();
    byte[][] ids = new byte[n][];
    start = new int[n + 1];
    for (int i = 0; i < n; i++) {
      ids[i] = id.apply(records.get(i)).getBytes(StandardCharsets.UTF_8);
      start[i + 1] = start[i] + ids[i].length;
    }
    bytes = new byte[start[n]];
    for (int i = 0; i < n; i++) {
      System.arraycopy(ids[i], 0, bytes, start[i], ids[i].length);
    }
  }

  static <T> IdColumn of(List<T> records, Function<T, String> id) {
    return new IdColumn(records, id);
  }

  String get(int i) {
    return new String(bytes, start[i], start[i + 1] - start[i], StandardCharsets.UTF_8);
  }

  /** @return whether the column holds the id; the ids must be in {@link String#compareTo} order */
  boolean contains(String id) {
    int lo = 0;
    int hi = size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int cmp = get(mid).compareTo(id);
      if (cmp == 0) {
        return true;
      }
      if (cmp < 0) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return false;
  }

  int size() {
    return start.length - 1;
  }
}

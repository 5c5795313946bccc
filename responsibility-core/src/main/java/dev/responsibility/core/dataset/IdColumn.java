package dev.responsibility.core.dataset;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Record ids as one UTF-8 byte array with offsets: a few bytes an id where a {@code String} takes
 * about fifty. Immutable and thread-safe.
 */
final class IdColumn {

  private final byte[] bytes;
  /** Id {@code i} is {@code bytes[start[i] .. start[i + 1])}. */
  private final int[] start;

  private IdColumn(String[] ids) {
    int n = ids.length;
    start = new int[n + 1];
    byte[] out = new byte[Math.max(16, n * 10)];
    int at = 0;
    for (int i = 0; i < n; i++) {
      String s = ids[i];
      // Ids are nearly always ASCII: copy their characters, without a byte array per id.
      if (at + s.length() * 3 > out.length) {
        out = Arrays.copyOf(out, Math.max(out.length * 2, at + s.length() * 3));
      }
      if (isAscii(s)) {
        for (int c = 0; c < s.length(); c++) {
          out[at++] = (byte) s.charAt(c);
        }
      } else {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(utf8, 0, out, at, utf8.length);
        at += utf8.length;
      }
      start[i + 1] = at;
    }
    bytes = Arrays.copyOf(out, at);
  }

  private static boolean isAscii(String s) {
    for (int c = 0; c < s.length(); c++) {
      if (s.charAt(c) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** @param ids the ids, in the order the index numbers their records */
  static IdColumn of(String[] ids) {
    return new IdColumn(ids);
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

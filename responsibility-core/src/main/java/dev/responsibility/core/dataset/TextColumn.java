package dev.responsibility.core.dataset;

import dev.responsibility.core.internal.TextRefs;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Short texts (record ids, the ids records name, names, codes) as one UTF-8 byte array with
 * offsets: a few bytes each where a {@code String} takes about fifty. The index holds the
 * businesses' ids this way and resolves the references to them ({@link TextRefs}). Immutable and
 * thread-safe; {@link Arrivals} collects them. Texts are taken as Unicode: the model refuses a lone
 * surrogate in ids, names, credit codes and licence numbers ({@code Require.wellFormed}); in a
 * scan's hash, the one free text kept here, it would read back as {@code '?'}, as
 * {@link String#getBytes} encodes it (no file decodes to one).
 */
final class TextColumn implements TextRefs {

  private final byte[] bytes;
  /** Id {@code i} is {@code bytes[start[i] .. start[i + 1])}. */
  private final int[] start;
  /** The texts as strings where records already hold them, so none is made again; else null. */
  private final String[] strings;

  private TextColumn(byte[] bytes, int[] start, String[] strings) {
    this.bytes = bytes;
    this.start = start;
    this.strings = strings;
  }

  /**
   * @return the texts of some records, in their order: compared as bytes, and given back as the
   *     records' own strings (the divisions' codes and cadres' ids, kept as objects anyway)
   */
  static <T> TextColumn of(List<T> records, Function<T, String> text) {
    Arrivals arrivals = new Arrivals();
    String[] strings = new String[records.size()];
    for (int i = 0; i < strings.length; i++) {
      strings[i] = text.apply(records.get(i));
      arrivals.add(strings[i]);
    }
    TextColumn bytesOnly = arrivals.column(null);
    return new TextColumn(bytesOnly.bytes, bytesOnly.start, strings);
  }

  String get(int i) {
    if (strings != null) {
      return strings[java.util.Objects.checkIndex(i, strings.length)];
    }
    return new String(bytes, start[i], start[i + 1] - start[i], StandardCharsets.UTF_8);
  }

  @Override
  public String text(int i) {
    return get(i);
  }

  @Override
  public boolean sameAsBefore(int i) {
    return i > 0 && Arrays.equals(bytes, start[i - 1], start[i], bytes, start[i], start[i + 1]);
  }

  @Override
  public int stringHash(int i) {
    int h = 0;
    for (int b = start[i]; b < start[i + 1]; b++) {
      if (bytes[b] < 0) {
        return get(i).hashCode(); // beyond ASCII a character is not a byte
      }
      h = 31 * h + bytes[b];
    }
    return h;
  }

  @Override
  public boolean textEquals(int i, String id) {
    int from = start[i];
    if (start[i + 1] - from != id.length()) {
      // In ASCII a byte is a character; otherwise the lengths say nothing.
      return !isAscii(i) && get(i).equals(id);
    }
    for (int c = 0; c < id.length(); c++) {
      byte b = bytes[from + c];
      if (b < 0) {
        return get(i).equals(id);
      }
      if (b != id.charAt(c)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean sameText(int i, TextRefs other, int j) {
    if (other instanceof TextColumn column) {
      return Arrays.equals(bytes, start[i], start[i + 1], column.bytes, column.start[j], column.start[j + 1]);
    }
    // Ids held some other way: compared with the text the other gives, none made here.
    return textEquals(i, other.text(j));
  }

  private boolean isAscii(int i) {
    for (int b = start[i]; b < start[i + 1]; b++) {
      if (bytes[b] < 0) {
        return false;
      }
    }
    return true;
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

  @Override
  public int size() {
    return start.length - 1;
  }

  /**
   * @return for each text, the position of the first earlier one equal to it, or -1 when there is
   *     none or the text is empty: equal texts grouped without a string or a box each
   */
  int[] firstEqual() {
    int n = size();
    int[] table = new int[Integer.highestOneBit(Math.max(1, n)) << 2]; // position + 1; load at most a half
    int mask = table.length - 1;
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = -1;
      if (start[i] == start[i + 1]) {
        continue;
      }
      for (int h = hash(i) & mask; ; h = (h + 1) & mask) {
        int k = table[h] - 1;
        if (k < 0) {
          table[h] = i + 1;
          break;
        }
        if (Arrays.equals(bytes, start[k], start[k + 1], bytes, start[i], start[i + 1])) {
          out[i] = k;
          break;
        }
      }
    }
    return out;
  }

  private int hash(int i) {
    int h = 1;
    for (int b = start[i]; b < start[i + 1]; b++) {
      h = 31 * h + bytes[b];
    }
    return h ^ (h >>> 16);
  }

  /**
   * Ids as their records arrive, encoded at once, so a builder never holds millions of id strings;
   * compared where they lie, in {@link String#compareTo} order. Not thread-safe.
   */
  static final class Arrivals {
    private byte[] bytes = new byte[0];
    private int[] start = {0};
    private int size;

    void add(CharSequence id) {
      int at = start[size];
      int n = id.length();
      ensure(at + n, size + 1);
      // Ids are nearly always ASCII: copy their characters as they are checked, in one pass and
      // without a byte array per id; at the first other character, encode the whole id instead.
      int c = 0;
      for (; c < n; c++) {
        char ch = id.charAt(c);
        if (ch >= 0x80) {
          break;
        }
        bytes[at + c] = (byte) ch;
      }
      if (c < n) {
        at = encode(id, c, at + c);
      } else {
        at += n;
      }
      start[++size] = at;
    }

    /**
     * Encodes the rest of a text beyond ASCII (a name in Chinese) where it goes, as
     * {@link String#getBytes} would encode it in UTF-8, a lone surrogate as {@code '?'}, with
     * no string or array made: measured first, so that the room made is the room needed.
     *
     * @param from the first character not yet copied; those before it are ASCII, already in place
     * @param at where that character's bytes go
     * @return where the text's bytes end
     */
    private int encode(CharSequence text, int from, int at) {
      int n = text.length();
      long length = 0;
      for (int c = from; c < n; c++) {
        char ch = text.charAt(c);
        if (ch < 0x80) {
          length++;
        } else if (ch < 0x800) {
          length += 2;
        } else if (Character.isHighSurrogate(ch) && c + 1 < n && Character.isLowSurrogate(text.charAt(c + 1))) {
          length += 4;
          c++;
        } else {
          length += Character.isSurrogate(ch) ? 1 : 3;
        }
      }
      ensure(Math.toIntExact(at + length), size + 1);
      for (int c = from; c < n; c++) {
        char ch = text.charAt(c);
        if (ch < 0x80) {
          bytes[at++] = (byte) ch;
        } else if (ch < 0x800) {
          bytes[at++] = (byte) (0xC0 | ch >> 6);
          bytes[at++] = (byte) (0x80 | ch & 0x3F);
        } else if (Character.isHighSurrogate(ch) && c + 1 < n && Character.isLowSurrogate(text.charAt(c + 1))) {
          int cp = Character.toCodePoint(ch, text.charAt(++c));
          bytes[at++] = (byte) (0xF0 | cp >> 18);
          bytes[at++] = (byte) (0x80 | cp >> 12 & 0x3F);
          bytes[at++] = (byte) (0x80 | cp >> 6 & 0x3F);
          bytes[at++] = (byte) (0x80 | cp & 0x3F);
        } else if (Character.isSurrogate(ch)) {
          bytes[at++] = '?';
        } else {
          bytes[at++] = (byte) (0xE0 | ch >> 12);
          bytes[at++] = (byte) (0x80 | ch >> 6 & 0x3F);
          bytes[at++] = (byte) (0x80 | ch & 0x3F);
        }
      }
      return at;
    }

    private void ensure(int byteCount, int count) {
      if (byteCount > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(byteCount, IdOrder.grown(bytes.length)));
      }
      if (count + 1 > start.length) {
        start = Arrays.copyOf(start, Math.max(count + 1, IdOrder.grown(start.length)));
      }
    }

    /**
     * Makes room for {@code count} texts in all, as long on average as those held so far, with a
     * thirty-second more as the average drifts; nothing is known of the bytes while none is held.
     */
    void ensureCapacity(int count) {
      if (count + 1 > start.length) {
        start = Arrays.copyOf(start, count + 1);
      }
      if (size > 0 && count > size) {
        long expected = (long) start[size] * count / size;
        expected += expected >> 5;
        if (expected > bytes.length) {
          bytes = Arrays.copyOf(bytes, (int) Math.min(expected, Integer.MAX_VALUE - 8));
        }
      }
    }

    int size() {
      return size;
    }

    String get(int i) {
      java.util.Objects.checkIndex(i, size);
      return new String(bytes, start[i], start[i + 1] - start[i], StandardCharsets.UTF_8);
    }

    /** @return the sign of {@code get(i).compareTo(get(j))}, without making the strings */
    int compare(int i, int j) {
      int a = start[i];
      int b = start[j];
      int aEnd = start[i + 1];
      int bEnd = start[j + 1];
      for (; a < aEnd && b < bEnd; a++, b++) {
        int x = bytes[a] & 0xFF;
        int y = bytes[b] & 0xFF;
        if (x != y) {
          // UTF-8 sorts by code point; String by UTF-16 unit, which puts the characters beyond
          // U+FFFF (lead byte F0 and up) before U+E000..U+FFFF (lead bytes EE and EF).
          if (x >= 0xF0 && (y == 0xEE || y == 0xEF)) {
            return -1;
          }
          if (y >= 0xF0 && (x == 0xEE || x == 0xEF)) {
            return 1;
          }
          return x < y ? -1 : 1;
        }
      }
      return Integer.compare(aEnd - start[i], bEnd - start[j]);
    }

    /**
     * Lets go of the room kept for more texts, all but a sixteenth of the bytes': the room a
     * capacity hint leaves over (a few percent) is not worth a copy of a province's ids.
     */
    void trim() {
      int used = start[size];
      bytes = bytes.length - used <= bytes.length >> 4 ? bytes : Arrays.copyOf(bytes, used);
      start = start.length == size + 1 ? start : Arrays.copyOf(start, size + 1);
    }

    /**
     * @param order the positions in the order wanted, or null for the order they arrived in
     * @return the ids as a column
     */
    TextColumn column(int[] order) {
      if (order == null) {
        // Trimmed, then shared: these arrays are only ever appended to, and an append to a full
        // array copies it first, so the column never sees a later change. The bytes may keep a
        // little room, where later texts go, past every offset the column reads.
        trim();
        return new TextColumn(bytes, start, null);
      }
      byte[] out = new byte[start[size]];
      int[] outStart = new int[size + 1];
      int at = 0;
      for (int k = 0; k < size; k++) {
        int i = order[k];
        int length = start[i + 1] - start[i];
        System.arraycopy(bytes, start[i], out, at, length);
        at += length;
        outStart[k + 1] = at;
      }
      return new TextColumn(out, outStart, null);
    }
  }
}

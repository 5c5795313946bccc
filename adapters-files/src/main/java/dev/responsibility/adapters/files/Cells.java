package dev.responsibility.adapters.files;

import java.util.Arrays;
import java.util.Objects;

/**
 * The cells of one row as read, in column order: each one's trimmed characters (none when empty)
 * and whether a workbook stored it as a number (not as a date). CSV cells are never numbers; their
 * text may still show what Excel did to a number ({@code 4.30102E+11}). A source fills one for
 * every row of its file or sheet, so that a province's tens of millions of cells are not an object
 * each; a cell becomes a {@code String} only when its text is asked for, as ids and names are, while
 * days, times, numbers and enumerated values are read from the characters where they lie
 * ({@link #chars(int)}). Whoever keeps cells past their row keeps a {@link #copy()}. Not
 * thread-safe.
 */
final class Cells {

  /** Every cell's characters, one after another. */
  private char[] chars;
  /** Cell {@code i} is {@code chars[end[i - 1] .. end[i])}, the first from 0. */
  private int[] end;
  /** The cells' texts once asked for, null before. */
  private String[] text;
  /** Null while no cell is numeric, as in every CSV file. */
  private boolean[] numeric;
  private int size;
  /** One per cell position, made as first asked for, so that a row's cells can be read at once. */
  private View[] views = new View[0];

  Cells() {
    this(new char[256], new int[16], new String[16], null, 0);
  }

  private Cells(char[] chars, int[] end, String[] text, boolean[] numeric, int size) {
    this.chars = chars;
    this.end = end;
    this.text = text;
    this.numeric = numeric;
    this.size = size;
  }

  /** Empties the cells for the next row. */
  void clear() {
    // The texts of the row before must not be mistaken for this row's.
    Arrays.fill(text, 0, size, null);
    size = 0;
  }

  /**
   * @param from where the next cell's trimmed characters start in {@code buf}
   * @param length how many there are; 0 when the cell is empty
   */
  void add(char[] buf, int from, int length, boolean isNumeric) {
    int at = start(size);
    if (at + length > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(at + length, chars.length * 2));
    }
    System.arraycopy(buf, from, chars, at, length);
    append(at + length, isNumeric);
  }

  /** @param trimmed the next cell's text, trimmed; "" when empty */
  void add(String trimmed, boolean isNumeric) {
    int at = start(size);
    int length = trimmed.length();
    if (at + length > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(at + length, chars.length * 2));
    }
    trimmed.getChars(0, length, chars, at);
    append(at + length, isNumeric);
    text[size - 1] = trimmed;
  }

  private void append(int cellEnd, boolean isNumeric) {
    if (size == end.length) {
      end = Arrays.copyOf(end, size * 2);
      text = Arrays.copyOf(text, size * 2);
      numeric = numeric == null ? null : Arrays.copyOf(numeric, size * 2);
    }
    if (isNumeric && numeric == null) {
      numeric = new boolean[end.length];
    }
    end[size] = cellEnd;
    if (numeric != null) {
      numeric[size] = isNumeric;
    }
    size++;
  }

  private int start(int i) {
    return i == 0 ? 0 : end[i - 1];
  }

  int size() {
    return size;
  }

  /** @return the trimmed text of a cell, "" when empty */
  String text(int i) {
    Objects.checkIndex(i, size);
    String t = text[i];
    if (t == null) {
      int from = start(i);
      t = from == end[i] ? "" : new String(chars, from, end[i] - from);
      text[i] = t;
    }
    return t;
  }

  /**
   * @return the cell's trimmed characters, read in place: valid while the row is, for reading a
   *     value out of them, never to be kept
   */
  CharSequence chars(int i) {
    Objects.checkIndex(i, size);
    if (text[i] != null) {
      return text[i];
    }
    if (i >= views.length) {
      views = Arrays.copyOf(views, end.length);
    }
    View view = views[i];
    if (view == null) {
      view = new View();
      views[i] = view;
    }
    view.from = start(i);
    view.to = end[i];
    return view;
  }

  /** @return whether a workbook stored the cell as a number */
  boolean numeric(int i) {
    Objects.checkIndex(i, size);
    return numeric != null && numeric[i];
  }

  boolean isEmpty(int i) {
    Objects.checkIndex(i, size);
    return start(i) == end[i];
  }

  /** @return whether every cell is empty */
  boolean allEmpty() {
    return allEmptyFrom(0);
  }

  /** @return whether every cell from the {@code from}-th on is empty */
  boolean allEmptyFrom(int from) {
    return from >= size || start(from) == end[size - 1];
  }

  /** @return the cells as they are now, unchanged by what this one is filled with next */
  Cells copy() {
    // At least one slot, so that the copy can grow by doubling.
    int capacity = Math.max(1, size);
    return new Cells(Arrays.copyOf(chars, Math.max(1, start(size))), Arrays.copyOf(end, capacity),
        Arrays.copyOf(text, capacity), numeric == null ? null : Arrays.copyOf(numeric, capacity), size);
  }

  /** A cell's characters where they lie, moved to the cell asked for. */
  private final class View implements CharSequence {
    int from;
    int to;

    @Override
    public int length() {
      return to - from;
    }

    @Override
    public char charAt(int index) {
      Objects.checkIndex(index, to - from);
      return chars[from + index];
    }

    @Override
    public CharSequence subSequence(int start, int stop) {
      return toString().subSequence(start, stop);
    }

    @Override
    public String toString() {
      return new String(chars, from, to - from);
    }
  }
}

package dev.responsibility.adapters.files;

import java.util.Arrays;

/**
 * The cells of one row as read, in column order: each one's trimmed text ("" when empty) and
 * whether a workbook stored it as a number (not as a date). CSV cells are never numbers; their text
 * may still show what Excel did to a number ({@code 4.30102E+11}). A source fills one for every
 * row of its file or sheet, so that a province's tens of millions of cells are not an object
 * each: whoever keeps cells past their row keeps a {@link #copy()}. Not thread-safe.
 */
final class Cells {

  private String[] text;
  /** Null while no cell is numeric, as in every CSV file. */
  private boolean[] numeric;
  private int size;

  Cells() {
    this(new String[16], null, 0);
  }

  private Cells(String[] text, boolean[] numeric, int size) {
    this.text = text;
    this.numeric = numeric;
    this.size = size;
  }

  /** Empties the cells for the next row. */
  void clear() {
    // The texts past the size are never read, and the next row writes over them.
    size = 0;
  }

  /** @param trimmed the next cell's text, trimmed; "" when empty */
  void add(String trimmed, boolean isNumeric) {
    if (size == text.length) {
      text = Arrays.copyOf(text, size * 2);
      numeric = numeric == null ? null : Arrays.copyOf(numeric, size * 2);
    }
    if (isNumeric && numeric == null) {
      numeric = new boolean[text.length];
    }
    text[size] = trimmed;
    if (numeric != null) {
      numeric[size] = isNumeric;
    }
    size++;
  }

  int size() {
    return size;
  }

  /** @return the trimmed text of a cell, "" when empty */
  String text(int i) {
    return text[java.util.Objects.checkIndex(i, size)];
  }

  /** @return whether a workbook stored the cell as a number */
  boolean numeric(int i) {
    java.util.Objects.checkIndex(i, size);
    return numeric != null && numeric[i];
  }

  boolean isEmpty(int i) {
    return text(i).isEmpty();
  }

  /** @return whether every cell is empty */
  boolean allEmpty() {
    return allEmptyFrom(0);
  }

  /** @return whether every cell from the {@code from}-th on is empty */
  boolean allEmptyFrom(int from) {
    for (int i = from; i < size; i++) {
      if (!text[i].isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /** @return the cells as they are now, unchanged by what this one is filled with next */
  Cells copy() {
    // At least one slot, so that the copy can grow by doubling.
    int capacity = Math.max(1, size);
    return new Cells(Arrays.copyOf(text, capacity), numeric == null ? null : Arrays.copyOf(numeric, capacity), size);
  }
}

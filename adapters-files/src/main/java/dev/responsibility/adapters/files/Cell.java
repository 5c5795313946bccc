package dev.responsibility.adapters.files;

/**
 * One cell as read: its text (trimmed) and whether a workbook stored it as a number. CSV cells are
 * never numbers; their text may still show what Excel did to a number ({@code 4.30102E+11}).
 *
 * @param text the trimmed text, empty for an empty cell; never null
 * @param numeric whether the workbook stored the cell as a number (not as a date)
 */
record Cell(String text, boolean numeric) {

  static final Cell EMPTY = new Cell("", false);

  static Cell text(String text) {
    return text.isEmpty() ? EMPTY : new Cell(text, false);
  }

  boolean isEmpty() {
    return text.isEmpty();
  }
}

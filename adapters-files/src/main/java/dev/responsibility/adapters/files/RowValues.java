package dev.responsibility.adapters.files;

import dev.responsibility.core.model.ImportException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The cells of one data row, read by column name. Each accessor checks its cell and, when it is
 * empty though required or does not parse, records an error naming the file, the row's physical
 * line and the column as written in the header, and returns null. Every error of the row is
 * collected, not only the first. Not thread-safe; one per file, {@link #start started} for each
 * data row.
 */
final class RowValues {

  /** Rule: a required cell is empty. */
  static final String EMPTY_CELL = "required cell is empty";
  /** Rule: a code lost digits when Excel stored it as a number. */
  static final String LOST_DIGITS = "stored as a number by Excel; lost digits";

  private final String file;
  private final Header header;
  private final Interner interner;
  /**
   * The header's columns and their positions, looked up by identity first: the schemas ask with
   * the same string constants for every row, and a scan of a dozen references is cheaper than
   * hashing into the header's map.
   */
  private final String[] names;
  private final int[] positions;
  private long line;
  private Cells cells;
  /** Made at the first error: nearly every row has none. */
  private List<ImportException.Error> errors = List.of();

  RowValues(String file, Header header, Interner interner) {
    this.interner = interner;
    this.file = file;
    this.header = header;
    names = header.indexByColumn().keySet().toArray(String[]::new);
    positions = new int[names.length];
    for (int k = 0; k < names.length; k++) {
      positions[k] = header.indexByColumn().get(names[k]);
    }
  }

  /** Moves on to a row; the errors of the row before stay with whoever took them. */
  void start(long line, Cells cells) {
    this.line = line;
    this.cells = cells;
    errors = List.of();
  }

  /** The columns of a file as its header row names them. */
  record Header(long line, Map<String, Integer> indexByColumn, Map<String, String> writtenByColumn,
      Map<String, Column> columns) {
    Header {
      indexByColumn = Map.copyOf(indexByColumn);
      writtenByColumn = Map.copyOf(writtenByColumn);
      columns = Map.copyOf(columns);
    }

    /** @return the header of a column as written in the file, or its FORMAT.md name when absent */
    String written(String column) {
      return writtenByColumn.getOrDefault(column, column);
    }
  }

  long line() {
    return line;
  }

  List<ImportException.Error> errors() {
    return errors;
  }

  boolean failed() {
    return !errors.isEmpty();
  }

  void fail(String column, String rule) {
    if (errors.isEmpty()) {
      errors = new ArrayList<>();
    }
    errors.add(new ImportException.Error(file, line, column.isEmpty() ? "" : header.written(column), rule));
  }

  /** @return the position of a column's cell in this row, or -1 when the row has none */
  private int at(String column) {
    for (int k = 0; k < names.length; k++) {
      if (names[k] == column) {
        return positions[k] < cells.size() ? positions[k] : -1;
      }
    }
    Integer i = header.indexByColumn().get(column);
    return i == null || i >= cells.size() ? -1 : i;
  }

  /** @return the trimmed text of a column's cell, "" when empty or absent */
  private String cellText(String column) {
    int i = at(column);
    return i < 0 ? "" : cells.text(i);
  }

  /** @return the text of a required cell */
  String text(String column) {
    String t = cellText(column);
    if (t.isEmpty()) {
      fail(column, EMPTY_CELL);
      return null;
    }
    return t;
  }

  Optional<String> optionalText(String column) {
    String t = cellText(column);
    return t.isEmpty() ? Optional.empty() : Optional.of(t);
  }

  /** @return the code of a required cell, recovered from Excel's number storage when exact */
  String code(String column) {
    if (cellText(column).isEmpty()) {
      fail(column, EMPTY_CELL);
      return null;
    }
    return optionalCode(column).orElse(null);
  }

  /** @return the code of a cell that may be empty ({@code credit_code}), "" when empty */
  String codeOrEmpty(String column) {
    return cellText(column).isEmpty() ? "" : optionalCode(column).orElse(null);
  }

  Optional<String> optionalCode(String column) {
    int i = at(column);
    if (i < 0 || cells.isEmpty(i)) {
      return Optional.empty();
    }
    Optional<String> code = CellText.code(cells.text(i), cells.numeric(i));
    if (code.isEmpty()) {
      fail(column, LOST_DIGITS);
    }
    return code;
  }

  LocalDate date(String column) {
    return required(column) ? optionalDate(column).orElse(null) : null;
  }

  Optional<LocalDate> optionalDate(String column) {
    String t = cellText(column);
    if (t.isEmpty()) {
      return Optional.empty();
    }
    Optional<LocalDate> d = CellText.date(t);
    if (d.isEmpty()) {
      fail(column, "not a date: " + CellText.quote(t));
      return d;
    }
    LocalDate shared = interner.shared(d.get());
    return shared == d.get() ? d : Optional.of(shared);
  }

  /**
   * @return the id or code a cell's text stands for: the same instance for every row of the data
   *     set that names it where the file's kind shares values ({@link FileSchema#sharesValues()}),
   *     made anew otherwise
   */
  <V> V shared(Interner.Kind<V> kind, String text) {
    return interner.shared(kind, text);
  }

  OffsetDateTime time(String column) {
    if (!required(column)) {
      return null;
    }
    String t = cellText(column);
    Optional<OffsetDateTime> time = CellText.time(t);
    if (time.isEmpty()) {
      fail(column, "not a time: " + CellText.quote(t));
    }
    return time.orElse(null);
  }

  /** @return the value of a required enumerated cell, by its FORMAT.md name or an alias */
  @SuppressWarnings("unchecked")
  <E extends Enum<E>> E value(String column) {
    if (!required(column)) {
      return null;
    }
    ValueAliases<E> aliases = (ValueAliases<E>) header.columns().get(column).values();
    String t = cellText(column);
    E value = aliases.parse(t);
    if (value == null) {
      fail(column, "not one of " + aliases.expected() + ": " + CellText.quote(t));
    }
    return value;
  }

  OptionalInt optionalWholeNumber(String column) {
    String t = cellText(column);
    if (t.isEmpty()) {
      return OptionalInt.empty();
    }
    OptionalInt n = CellText.wholeNumber(t);
    if (n.isEmpty()) {
      fail(column, "not a whole number: " + CellText.quote(t));
    }
    return n;
  }

  /** @return the flag, false when the cell is empty */
  boolean flag(String column) {
    String t = cellText(column);
    if (t.isEmpty()) {
      return false;
    }
    Boolean b = CellText.flag(t);
    if (b == null) {
      fail(column, "not true or false: " + CellText.quote(t));
      return false;
    }
    return b;
  }

  private boolean required(String column) {
    if (cellText(column).isEmpty()) {
      fail(column, EMPTY_CELL);
      return false;
    }
    return true;
  }
}

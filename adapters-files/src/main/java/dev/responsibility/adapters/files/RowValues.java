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
 * collected, not only the first. Not thread-safe; one per row.
 */
final class RowValues {

  /** Rule: a required cell is empty. */
  static final String EMPTY_CELL = "required cell is empty";
  /** Rule: a code lost digits when Excel stored it as a number. */
  static final String LOST_DIGITS = "stored as a number by Excel; lost digits";

  private final String file;
  private final long line;
  private final Header header;
  private final List<Cell> cells;
  /** Made at the first error: nearly every row has none. */
  private List<ImportException.Error> errors = List.of();
  private final Interner interner;

  RowValues(String file, long line, Header header, List<Cell> cells, Interner interner) {
    this.interner = interner;
    this.file = file;
    this.line = line;
    this.header = header;
    this.cells = cells;
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

  private Cell cell(String column) {
    Integer i = header.indexByColumn().get(column);
    return i == null || i >= cells.size() ? Cell.EMPTY : cells.get(i);
  }

  /** @return the text of a required cell */
  String text(String column) {
    String t = cell(column).text();
    if (t.isEmpty()) {
      fail(column, EMPTY_CELL);
      return null;
    }
    return t;
  }

  Optional<String> optionalText(String column) {
    String t = cell(column).text();
    return t.isEmpty() ? Optional.empty() : Optional.of(t);
  }

  /** @return the code of a required cell, recovered from Excel's number storage when exact */
  String code(String column) {
    if (cell(column).isEmpty()) {
      fail(column, EMPTY_CELL);
      return null;
    }
    return optionalCode(column).orElse(null);
  }

  /** @return the code of a cell that may be empty ({@code credit_code}), "" when empty */
  String codeOrEmpty(String column) {
    return cell(column).isEmpty() ? "" : optionalCode(column).orElse(null);
  }

  Optional<String> optionalCode(String column) {
    Cell c = cell(column);
    if (c.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> code = CellText.code(c);
    if (code.isEmpty()) {
      fail(column, LOST_DIGITS);
    }
    return code;
  }

  LocalDate date(String column) {
    return required(column) ? optionalDate(column).orElse(null) : null;
  }

  Optional<LocalDate> optionalDate(String column) {
    String t = cell(column).text();
    if (t.isEmpty()) {
      return Optional.empty();
    }
    Optional<LocalDate> d = CellText.date(t);
    if (d.isEmpty()) {
      fail(column, "not a date: " + CellText.quote(t));
    }
    return d.map(interner::shared);
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
    String t = cell(column).text();
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
    String t = cell(column).text();
    E value = aliases.parse(t);
    if (value == null) {
      fail(column, "not one of " + aliases.expected() + ": " + CellText.quote(t));
    }
    return value;
  }

  OptionalInt optionalWholeNumber(String column) {
    String t = cell(column).text();
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
    String t = cell(column).text();
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
    if (cell(column).isEmpty()) {
      fail(column, EMPTY_CELL);
      return false;
    }
    return true;
  }
}

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
  private final Days days = new Days();
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

  /** @return the position of a column's cell when it holds text, else -1 */
  private int filled(String column) {
    int i = at(column);
    return i >= 0 && !cells.isEmpty(i) ? i : -1;
  }

  /** @return the position of a required column's cell, or -1 once its emptiness is noted */
  private int required(String column) {
    int i = filled(column);
    if (i < 0) {
      fail(column, EMPTY_CELL);
    }
    return i;
  }

  /** @return the text of a required cell */
  String text(String column) {
    int i = required(column);
    return i < 0 ? null : cells.text(i);
  }

  /**
   * @return the characters of a required cell, read in place: valid while the row is, for the
   *     texts the core takes as they lie ({@code DataSet.Builder.addSupervision})
   */
  CharSequence chars(String column) {
    int i = required(column);
    return i < 0 ? null : cells.chars(i);
  }

  Optional<String> optionalText(String column) {
    int i = filled(column);
    return i < 0 ? Optional.empty() : Optional.of(cells.text(i));
  }

  /** @return the code of a required cell, recovered from Excel's number storage when exact */
  String code(String column) {
    int i = required(column);
    return i < 0 ? null : code(column, i);
  }

  /** @return the code of a cell that may be empty ({@code credit_code}), "" when empty */
  String codeOrEmpty(String column) {
    int i = filled(column);
    return i < 0 ? "" : code(column, i);
  }

  Optional<String> optionalCode(String column) {
    int i = filled(column);
    return i < 0 ? Optional.empty() : Optional.ofNullable(code(column, i));
  }

  /** @return the code in a cell with text, or null once Excel's loss of its digits is noted */
  private String code(String column, int i) {
    Optional<String> code = CellText.code(cells.text(i), cells.numeric(i));
    if (code.isEmpty()) {
      fail(column, LOST_DIGITS);
    }
    return code.orElse(null);
  }

  LocalDate date(String column) {
    int i = required(column);
    return i < 0 ? null : day(column, i);
  }

  Optional<LocalDate> optionalDate(String column) {
    int i = filled(column);
    return i < 0 ? Optional.empty() : Optional.ofNullable(day(column, i));
  }

  /** @return the day in a cell with text, or null once it is noted not to be one */
  private LocalDate day(String column, int i) {
    CharSequence t = cells.chars(i);
    int iso = CellText.isoDay(t);
    LocalDate d = iso >= 0 ? days.get(iso) : CellText.date(t).orElse(null);
    if (d == null) {
      fail(column, "not a date: " + CellText.quote(cells.text(i)));
      return null;
    }
    return interner.shared(d);
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
    int i = required(column);
    if (i < 0) {
      return null;
    }
    Optional<OffsetDateTime> time = CellText.time(cells.chars(i));
    if (time.isEmpty()) {
      fail(column, "not a time: " + CellText.quote(cells.text(i)));
    }
    return time.orElse(null);
  }

  /** @return the value of a required enumerated cell, by its FORMAT.md name or an alias */
  @SuppressWarnings("unchecked")
  <E extends Enum<E>> E value(String column) {
    int i = required(column);
    if (i < 0) {
      return null;
    }
    ValueAliases<E> aliases = (ValueAliases<E>) header.columns().get(column).values();
    E value = aliases.parse(cells.chars(i));
    if (value == null) {
      fail(column, "not one of " + aliases.expected() + ": " + CellText.quote(cells.text(i)));
    }
    return value;
  }

  OptionalInt optionalWholeNumber(String column) {
    int i = filled(column);
    if (i < 0) {
      return OptionalInt.empty();
    }
    OptionalInt n = CellText.wholeNumber(cells.chars(i));
    if (n.isEmpty()) {
      fail(column, "not a whole number: " + CellText.quote(cells.text(i)));
    }
    return n;
  }

  /** @return the flag, false when the cell is empty */
  boolean flag(String column) {
    int i = filled(column);
    if (i < 0) {
      return false;
    }
    Boolean b = CellText.flag(cells.text(i));
    if (b == null) {
      fail(column, "not true or false: " + CellText.quote(cells.text(i)));
      return false;
    }
    return b;
  }

  /**
   * The days of one file's rows by {@link CellText#isoDay}: a province's millions of rows name a
   * few thousand days, each made and checked here once rather than once a row. Direct-mapped: a
   * day whose slot another took is made again.
   */
  private static final class Days {
    private static final int BITS = 12;
    private final int[] keys = new int[1 << BITS];
    private final LocalDate[] days = new LocalDate[1 << BITS];

    /** @return the day, or null when there is none such ({@code 2023-02-30}) */
    LocalDate get(int isoDay) {
      int slot = (isoDay * 0x9E3779B9) >>> (32 - BITS);
      LocalDate d = days[slot];
      if (d != null && keys[slot] == isoDay) {
        return d;
      }
      d = CellText.dayOf(isoDay);
      if (d != null) {
        keys[slot] = isoDay;
        days[slot] = d;
      }
      return d;
    }
  }
}

package dev.responsibility.adapters.files;

import dev.responsibility.core.model.ImportException;
import dev.responsibility.core.model.InvalidRecordException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the rows of one file or sheet, pushed in order with their physical lines, into records,
 * or for the kinds that write columns ({@link FileSchema#writesColumns()}) into their fields in the
 * file's builder.
 * The header is the first of the first {@value #HEADER_SEARCH} rows that names at least two known
 * columns, so title rows above it are passed over and lines stay physical. Not thread-safe.
 *
 * @param <T> the record type
 */
final class TableParser<T> {

  /** How many rows are searched for the header. */
  static final int HEADER_SEARCH = 20;
  /** Rule: a required column is missing. */
  static final String MISSING_COLUMN = "required column is missing";

  private static final Pattern CAMEL = Pattern.compile("\\b([a-z]+)([A-Z][A-Za-z]*)\\b");

  private final ParsedFile<T> out;
  private final int limit;
  private final List<Row> beforeHeader = new ArrayList<>();
  private final Interner interner;
  /** One for every data row, from the header on: a province's files hold millions of rows. */
  private RowValues values;
  private int headerWidth;
  private boolean stopped;

  private record Row(long line, Cells cells) {}

  TableParser(FileSchema<T> schema, String file, int limit, Interner interner) {
    this.interner = schema.sharesValues() ? interner : Interner.NONE;
    this.out = new ParsedFile<>(schema, file);
    this.limit = limit;
  }

  /**
   * @param line the physical line where the row starts
   * @param cells the row's cells, trimmed; read before this returns, never kept
   * @param strictWidth whether a row wider than the header is an error (CSV) or not (workbooks)
   * @return whether to go on: false once the header is unusable or the error limit is reached
   */
  boolean row(long line, Cells cells, boolean strictWidth) {
    if (stopped) {
      return false;
    }
    if (out.header == null) {
      if (recognised(cells) >= 2) {
        useHeader(line, cells);
      } else {
        beforeHeader.add(new Row(line, cells.copy()));
        if (beforeHeader.size() >= HEADER_SEARCH) {
          Row first = beforeHeader.get(0);
          useHeader(first.line, first.cells);
        }
      }
      return !stopped;
    }
    if (cells.allEmpty()) {
      return true;
    }
    values.start(line, cells);
    if (strictWidth && !cells.allEmptyFrom(headerWidth)) {
      values.fail("", "row has " + cells.size() + " cells but the header has " + headerWidth);
    }
    T record = null;
    if (out.schema.writesColumns()) {
      write(values);
    } else {
      record = build(values);
    }
    if (values.failed()) {
      out.badRows.add(new SkippedRow(out.file, line, values.errors()));
      out.schema.keyColumn().ifPresent(k -> {
        Integer i = out.header.indexByColumn().get(k);
        if (i != null && i < cells.size() && !cells.isEmpty(i)) {
          out.badRowKeys.putIfAbsent(cells.text(i), line);
        }
      });
      checkLimit();
    } else if (record != null) {
      out.add(line, record);
    } else {
      out.added(line, out.schema.hasKey() ? values.chars(out.schema.keyName()) : null);
    }
    return !stopped;
  }

  private void write(RowValues values) {
    try {
      out.schema.write(values, out.records());
    } catch (InvalidRecordException e) {
      // Refused before anything was kept. Anything else (a column past its limits) is no fault
      // of the row and may have left the builder half-written: it ends the file as unreadable.
      values.fail(columnOf(e), rule(e));
    }
  }

  private T build(RowValues values) {
    try {
      return out.schema.parse(values);
    } catch (InvalidRecordException e) {
      values.fail(columnOf(e), rule(e));
      return null;
    } catch (RuntimeException e) {
      values.fail("", "the record cannot be built: " + e.getMessage());
      return null;
    }
  }

  /** @return how many records were read so far */
  int records() {
    return out.count();
  }

  /** Makes room for about this many records in all: a hint from the file's size. */
  void expect(int records) {
    out.ensureCapacity(records);
  }

  /** A problem with the file as a whole: its bytes, its quoting. Reading stops. */
  void broken(long line, String rule) {
    out.fileErrors.add(new ImportException.Error(out.file, line, "", rule));
    stopped = true;
  }

  /** @return what was read; call once, after the last row */
  ParsedFile<T> end() {
    if (out.header == null && !stopped) {
      if (beforeHeader.isEmpty()) {
        useHeader(1, new Cells());
      } else {
        useHeader(beforeHeader.get(0).line, beforeHeader.get(0).cells);
      }
    }
    out.complete();
    return out;
  }

  private int recognised(Cells cells) {
    Set<String> known = new HashSet<>();
    for (int i = 0; i < cells.size(); i++) {
      out.schema.columnForHeader(cells.text(i)).ifPresent(col -> known.add(col.name()));
    }
    return known.size();
  }

  private void useHeader(long line, Cells cells) {
    beforeHeader.clear();
    Map<String, Integer> index = new HashMap<>();
    Map<String, String> written = new HashMap<>();
    for (int i = 0; i < cells.size(); i++) {
      String text = cells.text(i);
      int at = i;
      out.schema.columnForHeader(text).ifPresent(col -> {
        // A column named twice: the first wins, the later one is ignored like an unknown column.
        if (index.putIfAbsent(col.name(), at) == null) {
          written.put(col.name(), text);
        }
      });
    }
    headerWidth = cells.size();
    Map<String, Column> columns = new HashMap<>();
    out.schema.columns().forEach(c -> columns.put(c.name(), c));
    out.header = new RowValues.Header(line, index, written, columns);
    values = new RowValues(out.file, out.header, interner);
    for (Column col : out.schema.columns()) {
      if (col.columnRequired() && !index.containsKey(col.name())) {
        out.fileErrors.add(new ImportException.Error(out.file, line, col.name(), MISSING_COLUMN));
      }
    }
    if (!out.fileErrors.isEmpty()) {
      // Without its columns no row can be read.
      stopped = true;
    }
  }

  /** Once a row takes the errors past the limit, it is dropped, the limit noted and reading stops. */
  private void checkLimit() {
    if (out.errorCount() > limit) {
      out.badRows.remove(out.badRows.size() - 1);
      out.fileErrors.add(new ImportException.Error(out.file, 0, "", limitRule(limit)));
      stopped = true;
    }
  }

  static String limitRule(int limit) {
    return "error limit of " + limit + " reached: the rest of the file is not checked";
  }

  /** The column of a field the core refused: {@code licenseExpires} → {@code license_expires}. */
  private String columnOf(InvalidRecordException e) {
    String column = e.field().map(TableParser::snake).orElse("");
    switch (column) {
      case "license_number":
        column = "license_no";
        break;
      case "division":
      case "cadre":
      case "business":
      case "supervision":
        column = column.equals("division") ? "division_code" : column + "_id";
        break;
      default:
        break;
    }
    String c = column;
    return out.schema.columns().stream().anyMatch(col -> col.name().equals(c)) ? column : "";
  }

  private static String rule(InvalidRecordException e) {
    String rule = snakeWords(e.rule());
    return e.value().map(v -> rule + ": " + CellText.quote(v)).orElse(rule);
  }

  static String snake(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
  }

  private static String snakeWords(String text) {
    Matcher m = CAMEL.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, Matcher.quoteReplacement(snake(m.group())));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}

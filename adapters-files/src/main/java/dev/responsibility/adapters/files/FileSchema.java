package dev.responsibility.adapters.files;

import dev.responsibility.core.dataset.DataSet;
import dev.responsibility.core.dataset.RecordSink;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One file of a FORMAT.md data set: its name, columns and aliases, and how a row becomes a record
 * (or, for the kinds of millions of rows, goes straight into a builder's columns) and a record
 * becomes a row. Immutable once built.
 *
 * @param <T> the record type
 */
final class FileSchema<T> {

  private final Class<T> type;
  private final String name;
  private final boolean required;
  private final List<String> chineseNames;
  private final List<Column> columns;
  /** Null where rows go straight into columns. */
  private final Function<RowValues, T> parser;
  /** Null where rows are made into records. */
  private final ColumnWriter writer;
  private final Function<T, List<Object>> formatter;
  private final BiConsumer<RecordSink, T> sink;
  private final String keyColumn;
  private final Function<T, String> key;
  private final boolean sharesValues;
  private final Map<String, Column> byHeader = new HashMap<>();

  private FileSchema(Builder<T> b) {
    sharesValues = b.sharesValues;
    type = b.type;
    name = b.name;
    required = b.required;
    chineseNames = List.copyOf(b.chineseNames);
    columns = List.copyOf(b.columns);
    parser = b.parser;
    writer = b.writer;
    formatter = b.formatter;
    sink = b.sink;
    keyColumn = b.keyColumn;
    key = b.key;
    for (Column c : columns) {
      byHeader.put(normalizeHeader(c.name()), c);
      c.chinese().forEach(alias -> byHeader.putIfAbsent(normalizeHeader(alias), c));
    }
  }

  static <T> Builder<T> builder(Class<T> type, String name, boolean required, String... chineseNames) {
    return new Builder<>(type, name, required, List.of(chineseNames));
  }

  /** @return the type of the file's records */
  Class<T> type() {
    return type;
  }

  /** @return the name without extension, such as {@code businesses}; also the sheet name */
  String name() {
    return name;
  }

  /** @return the CSV file name, such as {@code businesses.csv} */
  String fileName() {
    return name + ".csv";
  }

  boolean required() {
    return required;
  }

  /** @return Chinese names a file or sheet may carry instead, the canonical one first */
  List<String> chineseNames() {
    return chineseNames;
  }

  List<Column> columns() {
    return columns;
  }

  Column column(String columnName) {
    for (Column c : columns) {
      if (c.name().equals(columnName)) {
        return c;
      }
    }
    throw new IllegalArgumentException(name + " has no column " + columnName);
  }

  /**
   * @param header a header cell as written
   * @return the column it names, by FORMAT.md name or alias (trimmed, any letter case,
   *     full-width forms folded, a leading {@code *} and a trailing parenthesis ignored)
   */
  Optional<Column> columnForHeader(String header) {
    return Optional.ofNullable(byHeader.get(normalizeHeader(header)));
  }

  /** @return whether a file or sheet name (with or without {@code .csv}) names this file */
  boolean isNamed(String fileOrSheet) {
    String n = Normalizer.normalize(fileOrSheet.strip(), Normalizer.Form.NFKC);
    if (n.toLowerCase(Locale.ROOT).endsWith(".csv")) {
      n = n.substring(0, n.length() - 4);
    }
    return n.equalsIgnoreCase(name) || chineseNames.contains(n);
  }

  /**
   * Writes a row's fields straight into a builder's columns, checked there as a record's are, or
   * notes the row's errors in it and writes nothing: the kinds of millions of rows skip the
   * record, its ids and their strings.
   */
  @FunctionalInterface
  interface ColumnWriter {
    /**
     * @throws dev.responsibility.core.model.InvalidRecordException as the record's builder would,
     *     having written nothing
     */
    void write(RowValues row, DataSet.Builder to);
  }

  /** @return whether rows go straight into a builder's columns ({@link #write}) rather than records ({@link #parse}) */
  boolean writesColumns() {
    return writer != null;
  }

  /** Parses a row; null when the row has errors (they are in {@code row}). */
  T parse(RowValues row) {
    return parser.apply(row);
  }

  /** Writes a row into a builder's columns; see {@link ColumnWriter}. */
  void write(RowValues row, DataSet.Builder to) {
    writer.write(row, to);
  }

  /** @return the cells of a record, in column order: strings, days, times, numbers, enums, booleans or null */
  List<Object> format(T record) {
    return formatter.apply(record);
  }

  void send(RecordSink to, T record) {
    sink.accept(to, record);
  }

  /**
   * @return whether the rows share one instance of each id, code and day read ({@link Interner}):
   *     only the kinds the data set keeps as objects do
   */
  boolean sharesValues() {
    return sharesValues;
  }

  /** @return the column whose value may not repeat within the file, empty when there is none */
  Optional<String> keyColumn() {
    return Optional.ofNullable(keyColumn);
  }

  /** @return the key column's name, where {@link #hasKey()}: {@link #keyColumn()} without an object per row */
  String keyName() {
    return Objects.requireNonNull(keyColumn, "a key column");
  }

  /** @return whether the file has a key column: {@link #keyColumn()} without an object per row */
  boolean hasKey() {
    return keyColumn != null;
  }

  String keyOf(T record) {
    return key.apply(record);
  }

  static String normalizeHeader(String header) {
    String n = Normalizer.normalize(header, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    while (n.startsWith("*")) {
      n = n.substring(1);
    }
    // A note after the name, as templates write "有效期至(选填)".
    int paren = n.indexOf('(');
    if (paren > 0 && n.endsWith(")")) {
      n = n.substring(0, paren);
    }
    return n.toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return fileName();
  }

  static final class Builder<T> {
    private final Class<T> type;
    private final String name;
    private final boolean required;
    private final List<String> chineseNames;
    private final List<Column> columns = new ArrayList<>();
    private Function<RowValues, T> parser;
    private ColumnWriter writer;
    private Function<T, List<Object>> formatter;
    private BiConsumer<RecordSink, T> sink;
    private String keyColumn;
    private Function<T, String> key;
    private boolean sharesValues;

    private Builder(Class<T> type, String name, boolean required, List<String> chineseNames) {
      this.type = type;
      this.name = name;
      this.required = required;
      this.chineseNames = chineseNames;
    }

    Builder<T> column(String columnName, Column.Presence presence, Column.Kind kind, String... chinese) {
      columns.add(new Column(columnName, presence, kind, List.of(chinese), null));
      return this;
    }

    Builder<T> column(String columnName, ValueAliases<?> values, String... chinese) {
      columns.add(new Column(columnName, Column.Presence.REQUIRED, Column.Kind.ENUM, List.of(chinese), values));
      return this;
    }

    Builder<T> sharingValues() {
      this.sharesValues = true;
      return this;
    }

    Builder<T> key(String columnName, Function<T, String> keyOf) {
      this.keyColumn = columnName;
      this.key = keyOf;
      return this;
    }

    /** For a kind whose rows go straight into columns; its key column, if any, holds text. */
    FileSchema<T> buildWriting(ColumnWriter write, Function<T, List<Object>> format, BiConsumer<RecordSink, T> send) {
      this.writer = write;
      this.formatter = format;
      this.sink = send;
      return new FileSchema<>(this);
    }

    FileSchema<T> build(Function<RowValues, T> parse, Function<T, List<Object>> format, BiConsumer<RecordSink, T> send) {
      this.parser = parse;
      this.formatter = format;
      this.sink = send;
      return new FileSchema<>(this);
    }
  }
}

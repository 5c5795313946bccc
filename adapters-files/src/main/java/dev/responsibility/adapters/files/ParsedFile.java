package dev.responsibility.adapters.files;

import dev.responsibility.core.dataset.DataSet;
import dev.responsibility.core.model.ImportException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What one file or sheet yielded: its records, its bad rows and the errors that concern the whole
 * file. The records go into a builder of their own as they are read (made records, or straight
 * into its columns for the kinds that write them), so a file of millions of
 * rows is never held as objects; beside them are kept only each record's line and whether the
 * keys (ids, division codes) came in ascending order, in which case none repeats. Mutable while
 * it is read, then only read until {@link #release()}.
 *
 * @param <T> the record type
 */
final class ParsedFile<T> {

  /** A record and the physical line where it starts. */
  record Parsed<T>(long line, T record) {}

  final FileSchema<T> schema;
  /** The file or sheet name as found. */
  final String file;
  final List<SkippedRow> badRows = new ArrayList<>();
  final List<ImportException.Error> fileErrors = new ArrayList<>();
  /** The key cell text of each bad row (such as a division code), by line. */
  final Map<String, Long> badRowKeys = new HashMap<>();
  RowValues.Header header;
  private DataSet.Builder records = DataSet.builder();
  private int count;
  private int[] lines = new int[0];
  private final StringBuilder lastKey = new StringBuilder();
  private boolean keysAscending = true;

  ParsedFile(FileSchema<T> schema, String file) {
    this.schema = schema;
    this.file = file;
  }

  /** Takes a well-formed record read at a line. */
  void add(long line, T record) {
    added(line, schema.hasKey() ? schema.keyOf(record) : null);
    schema.send(records, record);
  }

  /**
   * Notes a row read at a line into the records, made a record ({@link #add}) or written straight
   * into the builder's columns.
   *
   * @param key the row's key as {@link FileSchema#keyOf} gives it, null when the file has none;
   *     read before this returns, never kept
   */
  void added(long line, CharSequence key) {
    if (count == lines.length) {
      int capacity = Math.max(16, count + (count >> 1));
      lines = Arrays.copyOf(lines, capacity);
    }
    // A line past an int would need a file of billions of lines; refuse it rather than wrap.
    lines[count] = Math.toIntExact(line);
    if (key != null) {
      keysAscending = keysAscending && (count == 0 || CharSequence.compare(lastKey, key) < 0);
      lastKey.setLength(0);
      lastKey.append(key);
    }
    count++;
  }

  /**
   * Makes room for about this many records in all, as a reader estimates them from the file's
   * size, so that the columns of a file of millions of rows are not copied each time they grow.
   */
  void ensureCapacity(int records) {
    if (records > lines.length) {
      lines = Arrays.copyOf(lines, records);
    }
    records().ensureCapacity(schema.type(), records);
  }

  /** @return how many records were read */
  int count() {
    return count;
  }

  /** @return the line of the {@code i}-th record read */
  long line(int i) {
    return lines[i];
  }

  /** @return whether a record was read at the line; records are read in line order */
  boolean holdsLine(long line) {
    return line <= Integer.MAX_VALUE && Arrays.binarySearch(lines, 0, count, (int) line) >= 0;
  }

  /** @return whether each record's key sorts after the one before it, so that none repeats */
  boolean keysAscending() {
    return keysAscending;
  }

  /** @return the key of each record, in the order read, made again; only for schemas with a key column */
  String[] keys() {
    String[] keys = new String[count];
    int[] at = {0};
    forEach(p -> keys[at[0]++] = schema.keyOf(p.record()));
    return keys;
  }

  /** @return the records, in the order read */
  DataSet.Builder records() {
    if (records == null) {
      throw new IllegalStateException(file + " was already released");
    }
    return records;
  }

  /** Gives each record to an action, in the order read, made again where the builder keeps columns. */
  @SuppressWarnings("unchecked")
  void forEach(Consumer<Parsed<T>> action) {
    int[] at = {0};
    records().forEach(new EachRecord(r -> action.accept(new Parsed<>(lines[at[0]++], (T) r))));
  }

  /** @return every record with its line, as objects: for the small kinds whose rules need them */
  List<Parsed<T>> parsed() {
    List<Parsed<T>> out = new ArrayList<>(count);
    forEach(out::add);
    return out;
  }

  /**
   * Called once the file is read: lets go of the room kept for more rows, as the file waits for
   * the others before the data set is built.
   */
  void complete() {
    records().trimToSize();
    if (lines.length != count) {
      lines = Arrays.copyOf(lines, count);
    }
  }

  /** Lets the records go once they have been handed on. */
  void release() {
    records = null;
    lines = null;
  }

  int errorCount() {
    return fileErrors.size() + badRows.stream().mapToInt(r -> r.errors().size()).sum();
  }

  /** @return the header of a column as written, its FORMAT.md name when there is no header */
  String written(String column) {
    return header == null ? column : header.written(column);
  }
}

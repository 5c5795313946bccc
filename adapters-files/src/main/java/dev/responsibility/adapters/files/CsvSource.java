package dev.responsibility.adapters.files;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one CSV file of a data set with FastCSV: decodes its bytes (a byte-order mark decides;
 * otherwise the requested charset, or UTF-8 falling back to GB18030 when the bytes are not
 * UTF-8), then pushes each record with its physical starting line into a {@link TableParser}.
 */
final class CsvSource {

  private static final Pattern RECORD_LINE = Pattern.compile("\\s*\\(record starting at line (\\d+)\\)");

  /**
   * Bytes read before a file's records are counted to size its columns: enough that what the
   * decoder and the parser hold ahead (some kilobytes) hardly changes the estimate.
   */
  static final long SIZING_SAMPLE = 4L << 20;

  private CsvSource() {}

  /**
   * @return the records a file of {@code size} bytes holds if the rest reads as its first
   *     {@code read} bytes did, with a thirty-second more for a drifting average, as a hint
   */
  static int expectedRecords(int records, long read, long size) {
    double total = (double) records * size / Math.max(1, read);
    return (int) Math.min(Integer.MAX_VALUE - 8, total + total / 32);
  }

  /** Counts the bytes read from a file. */
  private static final class CountingStream extends FilterInputStream {
    long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count += b < 0 ? 0 : 1;
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      count += Math.max(0, n);
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count += skipped;
      return skipped;
    }
  }

  /** Signals that the bytes stopped decoding in the charset being tried. */
  private static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;

    Malformed() {
      super(null, null, false, false);
    }
  }

  /**
   * @param charset the charset asked for, or empty to detect UTF-8 or GB18030
   * @param interner shared by the files of one data set, so that the kinds kept as objects share
   *     ids, codes and days
   */
  static <T> ParsedFile<T> read(Path path, FileSchema<T> schema, Optional<Charset> charset, int limit,
      Interner interner) {
    String file = path.getFileName().toString();
    try {
      Encodings.Bom bom = Encodings.bom(path);
      if (bom == Encodings.Bom.UTF_16) {
        return refused(schema, file, 1, "the file is UTF-16 (Excel's \"Unicode text\"), not UTF-8 or GB18030: "
            + "save it as \"CSV UTF-8\"");
      }
      Charset first = bom.charset != null ? bom.charset : charset.orElse(StandardCharsets.UTF_8);
      try {
        return parse(path, schema, first, bom.length, limit, interner);
      } catch (Malformed e) {
        boolean detect = bom == Encodings.Bom.NONE && charset.isEmpty();
        return detect ? detectGb18030(path, schema, limit, interner) : undecodable(path, schema, first, bom.length, limit);
      }
    } catch (IOException e) {
      return refused(schema, file, 0, "cannot be read: " + e.getMessage());
    }
  }

  private static <T> ParsedFile<T> detectGb18030(Path path, FileSchema<T> schema, int limit, Interner interner)
      throws IOException {
    String file = path.getFileName().toString();
    OptionalLong utf8 = Encodings.firstMalformed(path, StandardCharsets.UTF_8, 0);
    OptionalLong gb = Encodings.firstMalformed(path, Encodings.GB18030, 0);
    if (utf8.isPresent() && Encodings.endsInsideUtf8Character(path, utf8.getAsLong())) {
      return refused(schema, file, Encodings.lineAt(path, utf8.getAsLong()),
          "the file ends inside a UTF-8 character: is it truncated?");
    }
    if (gb.isEmpty()) {
      try {
        return parse(path, schema, Encodings.GB18030, 0, limit, interner);
      } catch (Malformed impossible) {
        return refused(schema, file, 0, "bytes are neither UTF-8 nor GB18030");
      }
    }
    // Neither decodes: name the place where the more plausible of the two stopped.
    long at = Math.max(utf8.orElse(0), gb.getAsLong());
    return refused(schema, file, Encodings.lineAt(path, at), "bytes are neither UTF-8 nor GB18030");
  }

  private static <T> ParsedFile<T> undecodable(Path path, FileSchema<T> schema, Charset charset, int skip, int limit)
      throws IOException {
    String file = path.getFileName().toString();
    OptionalLong at = Encodings.firstMalformed(path, charset, skip);
    long line = at.isPresent() ? Encodings.lineAt(path, at.getAsLong()) : 0;
    return refused(schema, file, line, "bytes are not valid " + charset.name());
  }

  private static <T> ParsedFile<T> parse(Path path, FileSchema<T> schema, Charset charset, int skip, int limit,
      Interner interner) throws IOException, Malformed {
    String file = path.getFileName().toString();
    TableParser<T> parser = new TableParser<>(schema, file, limit, interner);
    CellsHandler rows = new CellsHandler();
    long lastLine = 1;
    try (InputStream raw = Files.newInputStream(path)) {
      raw.skipNBytes(skip);
      long size = Files.size(path) - skip;
      CountingStream in = new CountingStream(raw);
      boolean sized = false;
      Reader reader = new InputStreamReader(in, Encodings.strict(charset));
      try (CsvReader<Cells> csv = CsvReader.builder()
          .allowUnclosedQuote(false)
          .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
          .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
          .build(rows, reader)) {
        for (Cells cells : csv) {
          lastLine = rows.line();
          if (!parser.row(lastLine, cells, true)) {
            break;
          }
          if (!sized && in.count >= SIZING_SAMPLE) {
            sized = true;
            parser.expect(expectedRecords(parser.records(), in.count, size));
          }
        }
      }
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw new Malformed();
      }
      parser.broken(0, "cannot be read: " + e.getCause().getMessage());
    } catch (CharacterCodingException e) {
      throw new Malformed();
    } catch (CsvParseException e) {
      String message = e.getMessage() == null ? "unreadable CSV" : e.getMessage();
      Matcher m = RECORD_LINE.matcher(message);
      long line = m.find() ? Long.parseLong(m.group(1)) : lastLine + 1;
      parser.broken(line, "broken CSV quoting: " + RECORD_LINE.matcher(message).replaceAll(""));
    } catch (RuntimeException e) {
      // Whatever else the CSV library refuses (a field beyond its buffer) is named with the file.
      parser.broken(lastLine + 1, "unreadable CSV: " + e.getMessage());
    }
    return parser.end();
  }

  /**
   * Takes FastCSV's fields into one Cells for every row of the file, trimmed on the characters
   * they are read into: no record, field array or string of untrimmed text per row, where a
   * province's files hold ten million rows. It keeps the limits of FastCSV's own record handler,
   * with its messages, so that a runaway row (an unclosed quote swallowing the file, a line of
   * commas) stops the file as it did.
   */
  private static final class CellsHandler extends AbstractBaseCsvCallbackHandler<Cells> {
    /** FastCSV's {@code CsvRecordHandler} defaults. */
    static final int MAX_FIELDS = 16_384;
    static final int MAX_FIELD_SIZE = 16 * 1024 * 1024;
    static final int MAX_RECORD_SIZE = 64 * 1024 * 1024;

    private final Cells cells = new Cells();
    private long recordSize;

    /** @return the physical line where the row last handed out starts */
    long line() {
      return getStartingLineNumber();
    }

    @Override
    protected void handleBegin(long startingLineNumber) {
      cells.clear();
      recordSize = 0;
    }

    @Override
    protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
      if (len > MAX_FIELD_SIZE) {
        throw new CsvParseException(("Field at index %d in record starting at line %d exceeds the max field size"
            + " of %d characters").formatted(fieldIdx, line(), MAX_FIELD_SIZE));
      }
      if (recordSize + len > MAX_RECORD_SIZE) {
        throw new CsvParseException(("Field at index %d in record starting at line %d exceeds the max record size"
            + " of %d characters").formatted(fieldIdx, line(), MAX_RECORD_SIZE));
      }
      if (fieldIdx >= MAX_FIELDS) {
        throw new CsvParseException("Record starting at line %d has surpassed the maximum limit of %d fields"
            .formatted(line(), MAX_FIELDS));
      }
      recordSize += len;
      int from = offset;
      int to = offset + len;
      while (from < to && isSpace(buf[from])) {
        from++;
      }
      while (to > from && isSpace(buf[to - 1])) {
        to--;
      }
      cells.add(buf, from, to - from, false);
    }

    @Override
    protected Cells buildRecord() {
      return cells;
    }
  }

  /** Trims spaces of every kind, the ideographic and no-break spaces of Chinese exports included. */
  static String trim(String text) {
    int from = 0;
    int to = text.length();
    while (from < to && isSpace(text.charAt(from))) {
      from++;
    }
    while (to > from && isSpace(text.charAt(to - 1))) {
      to--;
    }
    return text.substring(from, to);
  }

  private static boolean isSpace(char c) {
    if (c > ' ' && c < 0x7F) {
      return false; // printable ASCII, nearly every character of a cell
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }

  private static <T> ParsedFile<T> refused(FileSchema<T> schema, String file, long line, String rule) {
    TableParser<T> parser = new TableParser<>(schema, file, Integer.MAX_VALUE, Interner.NONE);
    parser.broken(line, rule);
    return parser.end();
  }
}

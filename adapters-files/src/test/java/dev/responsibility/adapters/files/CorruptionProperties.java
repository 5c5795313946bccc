package dev.responsibility.adapters.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.responsibility.core.dataset.DataSet;
import dev.responsibility.core.model.ImportException;
import dev.responsibility.testkit.DataSetArbitraries;
import dev.responsibility.testkit.GeneratedDataSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A valid data set, written, then broken in one file — a cell turned to garbage or emptied, a
 * quote opened and never closed, bytes in the wrong encoding, the file cut short — is always
 * refused with an {@link ImportException} whose errors name that file and, where the break has
 * one, its line and column: never another exception, never a data set, partial or whole.
 *
 * <p>A cut is made inside a record (or the header), never exactly between two records: a CSV file
 * cut at a record boundary is a well-formed shorter file, which no reader can tell from a whole
 * one (FORMAT.md has no trailer or record count).
 */
class CorruptionProperties extends TempFiles {

  CorruptionProperties() throws IOException {
    super();
  }

  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final List<Column.Kind> TYPED = List.of(Column.Kind.DATE, Column.Kind.TIME, Column.Kind.WHOLE_NUMBER,
      Column.Kind.ENUM, Column.Kind.BOOLEAN);
  private static final List<String> GARBAGE = List.of("??", "N/A", "2023-02-30", "十二", "-", "#VALUE!", "TRUE1");

  /** The ways a file is broken. */
  enum Break { GARBAGE_CELL, EMPTY_CELL, OPEN_QUOTE, UTF16, BAD_BYTE, GB18030_READ_AS_UTF8, CUT_RECORD, CUT_HEADER }


  @Provide
  Arbitrary<DataSet> townships() {
    return DataSetArbitraries.consistent(1, 6).map(GeneratedDataSet::dataSet);
  }

  /** What a break should produce: the errors must all name the file and include one that matches. */
  private record Expected(String file, long line, String column, String ruleStart, long lastLine) {
    boolean matches(ImportException.Error e) {
      return e.file().equals(file) && e.line() >= line && e.line() <= lastLine
          && (column == null || e.column().equals(column)) && e.rule().startsWith(ruleStart);
    }
  }

  @Property(tries = 150)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void aBrokenCsvFileIsRefusedNamingThePlace(@ForAll("townships") DataSet ds, @ForAll Language language,
      @ForAll Break kind, @ForAll Random random) throws IOException {
    Path folder = Files.createTempDirectory(dir, "csv");
    DataSetWriter.english().withLanguage(language).writeFolder(ds, List.of(), folder);
    DataSetReader reader = DataSetReader.defaults();

    Expected expected = switch (kind) {
      case GARBAGE_CELL, EMPTY_CELL -> changeCell(folder, kind, random);
      case OPEN_QUOTE -> openQuote(folder, random);
      case UTF16 -> utf16(folder, random);
      case BAD_BYTE -> badByte(folder, random);
      case GB18030_READ_AS_UTF8 -> {
        reader = DataSetReader.builder().charset(StandardCharsets.UTF_8).build();
        yield gb18030(folder, random);
      }
      case CUT_RECORD -> cutRecord(folder, random);
      case CUT_HEADER -> cutHeader(folder, random);
    };
    Statistics.label("break").collect(kind, expected != null);
    Statistics.label("break").coverage(checker -> {
      for (Break b : Break.values()) {
        checker.check(b, true).count((Integer n) -> n >= 5);
      }
    });
    if (expected == null) {
      return; // nothing of that kind to break in this data set
    }

    assertRefused(reader, folder, expected);
  }

  @Property(tries = 12)
  void aBrokenWorkbookIsRefusedNamingThePlace(@ForAll("townships") DataSet ds, @ForAll Language language,
      @ForAll boolean cut, @ForAll Random random) throws IOException {
    Path book = Files.createTempDirectory(dir, "xlsx").resolve("township.xlsx");
    DataSetWriter.english().withLanguage(language).writeWorkbook(ds, List.of(), book);

    if (cut) {
      byte[] bytes = Files.readAllBytes(book);
      Files.write(book, Arrays.copyOf(bytes, random.nextInt(bytes.length)));
      Throwable thrown = catchThrowable(() -> DataSetReader.defaults().read(book));
      // The zip's directory is at its end: any cut loses it. Should a reader still find every
      // sheet whole, it must return the whole data set, never a part.
      if (thrown == null) {
        assertThat(DataSets.describe(DataSetReader.defaults().read(book).dataSet())).isEqualTo(DataSets.describe(ds));
      } else {
        assertThat(thrown).isInstanceOf(ImportException.class);
        assertThat(((ImportException) thrown).errors()).isNotEmpty()
            .allSatisfy(e -> assertThat(e.file()).isIn(sheetNamesAnd("township.xlsx")));
      }
      return;
    }
    Expected expected = garbageInSheet(book, random);
    if (expected != null) {
      assertRefused(DataSetReader.defaults(), book, expected);
    }
  }

  private static List<String> sheetNamesAnd(String book) {
    List<String> names = new ArrayList<>(Formats.ALL.stream().map(FileSchema::name).toList());
    names.add(book);
    return names;
  }

  private static void assertRefused(DataSetReader reader, Path source, Expected expected) {
    Throwable thrown = catchThrowable(() -> reader.read(source));

    assertThat(thrown).isInstanceOf(ImportException.class);
    List<ImportException.Error> errors = ((ImportException) thrown).errors();
    assertThat(errors).allSatisfy(e -> assertThat(e.file()).isEqualTo(expected.file()));
    assertThat(errors).anySatisfy(e -> assertThat(expected.matches(e)).as("%s matches %s", e, expected).isTrue());
  }

  // ---- breaking CSV files ----

  private static List<WrittenCsv> files(Path folder, boolean withData) throws IOException {
    List<WrittenCsv> files = new ArrayList<>();
    for (FileSchema<?> s : Formats.ALL) {
      WrittenCsv csv = WrittenCsv.read(folder.resolve(s.fileName()));
      if (!withData || csv.dataRecords() > 0) {
        files.add(csv);
      }
    }
    return files;
  }

  private static <T> T pick(List<T> from, Random random) {
    return from.get(random.nextInt(from.size()));
  }

  private static FileSchema<?> schemaOf(WrittenCsv csv) {
    return Formats.ALL.stream().filter(s -> s.fileName().equals(csv.fileName())).findFirst().orElseThrow();
  }

  private static Expected changeCell(Path folder, Break kind, Random random) throws IOException {
    WrittenCsv csv = pick(files(folder, true), random);
    List<Column> columns = schemaOf(csv).columns();
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      if (kind == Break.GARBAGE_CELL ? TYPED.contains(columns.get(i).kind()) : columns.get(i).cellRequired()) {
        candidates.add(i);
      }
    }
    int record = 1 + random.nextInt(csv.dataRecords());
    int column = pick(candidates, random);
    csv.records.get(record).set(column, kind == Break.GARBAGE_CELL ? pick(GARBAGE, random) : "");
    csv.write(csv.text());
    long line = csv.lines.get(record);
    return new Expected(csv.fileName(), line, csv.header().get(column),
        kind == Break.GARBAGE_CELL ? "not " : "required cell is empty", line);
  }

  /** Opens a quote at the start of a plain cell of a record; nothing closes it properly. */
  private static Expected openQuote(Path folder, Random random) throws IOException {
    WrittenCsv csv = pick(files(folder, true), random);
    int record = 1 + random.nextInt(csv.dataRecords());
    List<String> cells = csv.records.get(record);
    List<Integer> plain = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      if (cells.get(i).chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) {
        plain.add(i);
      }
    }
    int column = pick(plain, random);
    String marker = "\u0001OPEN\u0001";
    String original = cells.get(column);
    cells.set(column, marker);
    csv.write(csv.text().replace(marker, "\"" + original));
    long line = csv.lines.get(record);
    return new Expected(csv.fileName(), line, null, "", line);
  }

  private static Expected utf16(Path folder, Random random) throws IOException {
    WrittenCsv csv = pick(files(folder, false), random);
    Files.write(csv.file, csv.text().getBytes(StandardCharsets.UTF_16));
    return new Expected(csv.fileName(), 1, "", "the file is UTF-16", 1);
  }

  /** Puts a byte that neither UTF-8 nor GB18030 has anywhere into the file. */
  private static Expected badByte(Path folder, Random random) throws IOException {
    WrittenCsv csv = pick(files(folder, false), random);
    byte[] bytes = Files.readAllBytes(csv.file);
    int at = random.nextInt(bytes.length + 1);
    byte[] broken = new byte[bytes.length + 1];
    System.arraycopy(bytes, 0, broken, 0, at);
    broken[at] = (byte) 0xFF;
    System.arraycopy(bytes, at, broken, at + 1, bytes.length - at);
    Files.write(csv.file, broken);
    long line = 1 + countLineFeeds(broken, at);
    return new Expected(csv.fileName(), line, "", "bytes are ", line);
  }

  /** A file saved as GB18030 but read as UTF-8 (as asked): refused at its first line that is not UTF-8. */
  private static Expected gb18030(Path folder, Random random) throws IOException {
    List<WrittenCsv> nonAscii = new ArrayList<>();
    for (WrittenCsv csv : files(folder, false)) {
      if (csv.text().chars().anyMatch(c -> c > 127)) {
        nonAscii.add(csv);
      }
    }
    if (nonAscii.isEmpty()) {
      return null;
    }
    WrittenCsv csv = pick(nonAscii, random);
    byte[] bytes = csv.text().getBytes(GB18030);
    Files.write(csv.file, bytes);
    long line = firstLineNotUtf8(bytes);
    if (line == 0) {
      return null; // every GB18030 byte of this file happens to be valid UTF-8 too
    }
    return new Expected(csv.fileName(), line, "", "bytes are not valid UTF-8", line);
  }

  private static long firstLineNotUtf8(byte[] bytes) {
    int start = 0;
    long line = 1;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        try {
          StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, start, i - start));
        } catch (CharacterCodingException e) {
          return line;
        }
        start = i + 1;
        line++;
      }
    }
    return 0;
  }

  /** Cuts the file inside a record, no later than the start of its last required cell. */
  private static Expected cutRecord(Path folder, Random random) throws IOException {
    WrittenCsv csv = pick(files(folder, true), random);
    int record = 1 + random.nextInt(csv.dataRecords());
    List<Column> columns = schemaOf(csv).columns();
    int lastRequired = 0;
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).cellRequired()) {
        lastRequired = i;
      }
    }
    String before = csv.text(0, record);
    List<String> cells = csv.records.get(record);
    String upToLastRequired = WrittenCsv.text(List.of(cells.subList(0, lastRequired)));
    int fromChar = before.length();
    int toChar = fromChar + upToLastRequired.length() - 2 + 1; // drop the CRLF, keep the comma
    int fromByte = csv.bytes(before).length + 1;
    int toByte = csv.bytes(csv.text().substring(0, toChar)).length;
    int cut = fromByte + random.nextInt(toByte - fromByte + 1);
    byte[] bytes = Arrays.copyOf(csv.bytes(csv.text()), cut);
    Files.write(csv.file, bytes);
    long line = csv.lines.get(record);
    return new Expected(csv.fileName(), line, null, "", 1 + countLineFeeds(bytes, bytes.length));
  }

  /** Cuts the file inside its header, before the end of its last required column's name. */
  private static Expected cutHeader(Path folder, Random random) throws IOException {
    WrittenCsv csv = pick(files(folder, false), random);
    List<Column> columns = schemaOf(csv).columns();
    int lastRequired = 0;
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).columnRequired()) {
        lastRequired = i;
      }
    }
    String header = WrittenCsv.text(List.of(csv.header().subList(0, lastRequired + 1)));
    int toByte = csv.bytes(header.substring(0, header.length() - 2)).length - 1;
    byte[] bytes = Arrays.copyOf(csv.bytes(csv.text()), random.nextInt(toByte + 1));
    Files.write(csv.file, bytes);
    return new Expected(csv.fileName(), 1, null, "", 1);
  }

  private static long countLineFeeds(byte[] bytes, int before) {
    long n = 0;
    for (int i = 0; i < before; i++) {
      if (bytes[i] == '\n') {
        n++;
      }
    }
    return n;
  }

  // ---- breaking workbooks ----

  private static Expected garbageInSheet(Path book, Random random) throws IOException {
    try (InputStream in = Files.newInputStream(book); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      List<FileSchema<?>> withData = Formats.ALL.stream()
          .filter(s -> wb.getSheet(s.name()).getLastRowNum() >= 1).toList();
      FileSchema<?> schema = pick(withData, random);
      Sheet sheet = wb.getSheet(schema.name());
      int rowIndex = 1 + random.nextInt(sheet.getLastRowNum());
      List<Integer> typed = new ArrayList<>();
      for (int i = 0; i < schema.columns().size(); i++) {
        if (TYPED.contains(schema.columns().get(i).kind())) {
          typed.add(i);
        }
      }
      int column = pick(typed, random);
      Row row = sheet.getRow(rowIndex);
      (row.getCell(column) == null ? row.createCell(column) : row.getCell(column)).setCellValue(pick(GARBAGE, random));
      String header = sheet.getRow(0).getCell(column).getStringCellValue();
      try (OutputStream out = Files.newOutputStream(book)) {
        wb.write(out);
      }
      return new Expected(schema.name(), rowIndex + 1, header, "not ", rowIndex + 1);
    }
  }
}

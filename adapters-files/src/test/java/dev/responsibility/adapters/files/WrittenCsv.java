package dev.responsibility.adapters.files;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file as {@link DataSetWriter} wrote it, held as records (FastCSV), so a test can change a
 * cell, or find where a record starts, and write the file again byte for byte as the writer would.
 */
final class WrittenCsv {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  final Path file;
  final boolean bom;
  /** The header first, then the data records. */
  final List<List<String>> records = new ArrayList<>();
  /** The physical line where each record starts. */
  final List<Long> lines = new ArrayList<>();

  private WrittenCsv(Path file, boolean bom) {
    this.file = file;
    this.bom = bom;
  }

  static WrittenCsv read(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    boolean bom = bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
    String text = new String(bytes, bom ? 3 : 0, bytes.length - (bom ? 3 : 0), StandardCharsets.UTF_8);
    WrittenCsv csv = new WrittenCsv(file, bom);
    try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(text)) {
      for (CsvRecord r : reader) {
        csv.records.add(new ArrayList<>(r.getFields()));
        csv.lines.add(r.getStartingLineNumber());
      }
    }
    return csv;
  }

  String fileName() {
    return file.getFileName().toString();
  }

  List<String> header() {
    return records.get(0);
  }

  int dataRecords() {
    return records.size() - 1;
  }

  /** @return the text of records {@code from} (inclusive) to {@code to} (exclusive), as the writer writes them */
  String text(int from, int to) {
    return text(records.subList(from, to));
  }

  static String text(List<List<String>> records) {
    StringWriter out = new StringWriter();
    CsvWriter writer = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out);
    records.forEach(writer::writeRecord);
    try {
      writer.close();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toString();
  }

  String text() {
    return text(0, records.size());
  }

  /** @return the bytes of a text as this file holds it (with its byte-order mark, if it had one) */
  byte[] bytes(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (bom) {
      out.writeBytes(BOM);
    }
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  void write(String text) throws IOException {
    Files.write(file, bytes(text));
  }
}

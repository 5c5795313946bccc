package dev.responsibility.adapters.files;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds workbooks for tests with POI, the way an office's Excel would have saved them. */
final class Workbooks {

  private Workbooks() {}

  /** Adds a sheet whose cells are the text cells of a CSV, row for row from row 1. */
  static Sheet textSheet(XSSFWorkbook book, String name, String csv) {
    Sheet sheet = book.createSheet(name);
    try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(csv)) {
      int r = 0;
      for (CsvRecord rec : reader) {
        Row row = sheet.createRow(r++);
        for (int c = 0; c < rec.getFieldCount(); c++) {
          if (!rec.getField(c).isEmpty()) {
            row.createCell(c).setCellValue(rec.getField(c));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sheet;
  }

  /** A workbook of the sample's files as text sheets named like the files, except those skipped. */
  static XSSFWorkbook sample(SampleFolder sample, String... skip) {
    XSSFWorkbook book = new XSSFWorkbook();
    for (Map.Entry<String, String> e : sample.files.entrySet()) {
      String name = e.getKey().replace(".csv", "");
      if (!java.util.List.of(skip).contains(name)) {
        textSheet(book, name, e.getValue());
      }
    }
    return book;
  }

  static Path save(XSSFWorkbook book, Path file) {
    try (OutputStream out = Files.newOutputStream(file)) {
      book.write(out);
      book.close();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

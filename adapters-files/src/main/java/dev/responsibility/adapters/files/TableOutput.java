package dev.responsibility.adapters.files;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Where the rows of one table go: a CSV file or a workbook sheet. Cells are strings, days,
 * numbers or null (empty); anything else is written as its text.
 */
interface TableOutput {

  /**
   * @param cells the row's cells, in column order
   * @throws IOException if the row cannot be written
   */
  void row(List<?> cells) throws IOException;

  /** A UTF-8 CSV file, RFC 4180 (CRLF, quotes where needed), optionally with a byte-order mark. */
  final class Csv implements TableOutput, Closeable {
    private final CsvWriter writer;

    Csv(Path file, boolean bom) throws IOException {
      OutputStream out = Files.newOutputStream(file);
      try {
        if (bom) {
          out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        writer = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF)
            .build(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
      } catch (IOException | RuntimeException e) {
        out.close();
        throw e;
      }
    }

    @Override
    public void row(List<?> cells) {
      List<String> text = new ArrayList<>(cells.size());
      for (Object c : cells) {
        text.add(c == null ? "" : c.toString());
      }
      writer.writeRecord(text);
    }

    @Override
    public void close() throws IOException {
      writer.close();
    }
  }

  /**
   * A workbook written with POI's streaming SXSSF API, so a large data set never sits in memory
   * as cell objects. Days between 1900-03-01 and 9999-12-31 become date cells
   * ({@code yyyy-mm-dd}), numbers numeric cells, everything else text cells: codes and ids are
   * never numbers, so Excel cannot mangle them.
   */
  final class Workbook implements Closeable {
    private static final LocalDate FIRST_EXCEL_DAY = LocalDate.of(1900, 3, 1);
    private static final LocalDate LAST_EXCEL_DAY = LocalDate.of(9999, 12, 31);

    private final SXSSFWorkbook book = new SXSSFWorkbook(200);
    private final CellStyle dateStyle;
    private final CellStyle headerStyle;
    private final CellStyle textStyle;

    Workbook() {
      dateStyle = book.createCellStyle();
      dateStyle.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
      textStyle = book.createCellStyle();
      textStyle.setDataFormat(book.createDataFormat().getFormat("@"));
      headerStyle = book.createCellStyle();
      Font bold = book.createFont();
      bold.setBold(true);
      headerStyle.setFont(bold);
    }

    /**
     * @param name the sheet name
     * @param header the header row's cells
     * @return the sheet, with its header written
     */
    TableOutput sheet(String name, List<String> header) {
      Sheet sheet = book.createSheet(name);
      int[] next = {0};
      Row head = sheet.createRow(next[0]++);
      for (int i = 0; i < header.size(); i++) {
        var c = head.createCell(i);
        c.setCellValue(header.get(i));
        c.setCellStyle(headerStyle);
      }
      sheet.createFreezePane(0, 1);
      return cells -> {
        Row row = sheet.createRow(next[0]++);
        for (int i = 0; i < cells.size(); i++) {
          Object v = cells.get(i);
          if (v == null) {
            continue;
          }
          var c = row.createCell(i);
          if (v instanceof LocalDate d && !d.isBefore(FIRST_EXCEL_DAY) && !d.isAfter(LAST_EXCEL_DAY)) {
            c.setCellValue(d);
            c.setCellStyle(dateStyle);
          } else if (v instanceof Number n) {
            c.setCellValue(n.doubleValue());
          } else {
            c.setCellValue(v.toString());
            c.setCellStyle(textStyle);
          }
        }
      };
    }

    /**
     * @param lines text lines written to column A of a new sheet, one per row
     * @param name the sheet name
     */
    void lines(String name, List<String> lines) {
      Sheet sheet = book.createSheet(name);
      for (int i = 0; i < lines.size(); i++) {
        var c = sheet.createRow(i).createCell(0);
        c.setCellValue(lines.get(i));
        c.setCellStyle(textStyle);
      }
    }

    /**
     * @param file the workbook to create or replace
     * @throws IOException if it cannot be written
     */
    void writeTo(Path file) throws IOException {
      try (OutputStream out = Files.newOutputStream(file)) {
        book.write(out);
      }
    }

    @Override
    public void close() throws IOException {
      book.close();
    }
  }
}

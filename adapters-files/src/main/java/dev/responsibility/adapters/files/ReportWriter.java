package dev.responsibility.adapters.files;

import dev.responsibility.core.model.PortException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Writes report tables (报表) — violations, check counts, metrics, roll-ups, or any
 * {@link ReportTable} — as CSV files (UTF-8 with a byte-order mark, so Excel shows the Chinese;
 * RFC 4180) or as one {@code .xlsx} workbook with a sheet per table. Rates are written as decimals
 * and left empty when undefined. Stateless and thread-safe.
 */
public final class ReportWriter {

  private ReportWriter() {}

  /**
   * Writes each table to {@code <name>.csv} in a folder, replacing files of the same names.
   *
   * @param tables the tables, not null, names distinct
   * @param folder the folder, created when missing; not null
   * @throws PortException if a file cannot be written
   * @throws IllegalArgumentException if two tables share a name
   */
  public static void writeCsv(List<ReportTable> tables, Path folder) {
    distinctNames(tables);
    try {
      Files.createDirectories(folder);
      for (ReportTable t : tables) {
        try (TableOutput.Csv csv = new TableOutput.Csv(folder.resolve(t.name() + ".csv"), true)) {
          csv.row(t.header());
          for (List<Object> row : t.rows()) {
            csv.row(row);
          }
        }
      }
    } catch (IOException e) {
      throw new PortException("writing reports to " + folder, e);
    }
  }

  /**
   * Writes the tables as the sheets of one workbook, in order.
   *
   * @param tables the tables, not null, names distinct
   * @param workbook the {@code .xlsx} file to create or replace, not null
   * @throws PortException if the workbook cannot be written
   * @throws IllegalArgumentException if two tables share a name
   */
  public static void writeWorkbook(List<ReportTable> tables, Path workbook) {
    distinctNames(tables);
    Objects.requireNonNull(workbook, "workbook");
    try (TableOutput.Workbook book = new TableOutput.Workbook()) {
      for (ReportTable t : tables) {
        TableOutput sheet = book.sheet(t.name(), t.header());
        for (List<Object> row : t.rows()) {
          sheet.row(row);
        }
      }
      book.writeTo(workbook);
    } catch (IOException e) {
      throw new PortException("writing reports to " + workbook, e);
    }
  }

  private static void distinctNames(List<ReportTable> tables) {
    Set<String> names = new HashSet<>();
    for (ReportTable t : tables) {
      if (!names.add(t.name().toLowerCase(java.util.Locale.ROOT))) {
        throw new IllegalArgumentException("two tables are named " + t.name());
      }
    }
  }
}

package dev.responsibility.examples.cli;

import dev.responsibility.adapters.files.DataSetWriter;
import dev.responsibility.adapters.files.FileRecordSink;
import dev.responsibility.core.calendar.WorkPlan;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * {@code --out DIR|FILE.xlsx} and {@code --chinese-headers}: where a command writes a data set or
 * report tables, a folder of CSV files or, when the name says so, one workbook.
 */
final class OutputFiles {

  @Option(names = "--out", paramLabel = "DIR|FILE.xlsx", required = true,
      description = "a folder for CSV files, or an .xlsx file")
  private Path out;

  @Option(names = "--chinese-headers", description = "a data set: Chinese headers and values (the reader takes both)")
  private boolean chineseHeaders;

  Path path() {
    return out;
  }

  boolean isWorkbook() {
    return out.getFileName() != null && out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
  }

  /**
   * Checks the path and creates the folders above it, as a user who names {@code out/2023.xlsx} expects.
   *
   * @throws UserInputException if the path names an old-style {@code .xls} or another file, or a
   *     folder above it cannot be made
   */
  Path check(Ui ui) {
    String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".xls") || (!isWorkbook() && Files.isRegularFile(out))) {
      throw new UserInputException(ui.text("error.outPath", out));
    }
    Path parent = out.toAbsolutePath().getParent();
    try {
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (FileAlreadyExistsException e) {
      throw new UserInputException(ui.text("error.outFolder", parent, ui.text("error.fileInTheWay", e.getFile())), e);
    } catch (IOException e) {
      throw new UserInputException(ui.text("error.outFolder", parent, e.toString()), e);
    }
    return out;
  }

  /** @return a sink writing a data set there, with the work plans given; checked first */
  FileRecordSink openDataSet(List<WorkPlan> plans, Ui ui) {
    check(ui);
    DataSetWriter writer = chineseHeaders ? DataSetWriter.chinese() : DataSetWriter.english();
    return isWorkbook() ? writer.openWorkbook(out, plans) : writer.openFolder(out, plans);
  }
}

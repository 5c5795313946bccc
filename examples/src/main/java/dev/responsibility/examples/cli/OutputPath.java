package dev.responsibility.examples.cli;

import java.nio.file.Path;
import java.util.Locale;

/** Where a command writes files: a folder of CSV files, or an {@code .xlsx} workbook when the name says so. */
final class OutputPath {

  private OutputPath() {}

  static boolean isWorkbook(Path path) {
    return path.getFileName() != null && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
  }

  /** @throws UserInputException if the path names an old-style {@code .xls} or another file */
  static Path check(Path path, Ui ui) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".xls") || (!isWorkbook(path) && java.nio.file.Files.isRegularFile(path))) {
      throw new UserInputException(ui.text("error.outPath", path));
    }
    return path;
  }
}

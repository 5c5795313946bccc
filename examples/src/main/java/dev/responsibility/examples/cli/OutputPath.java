package dev.responsibility.examples.cli;

import java.nio.file.Path;
import java.util.Locale;

/** Where a command writes files: a folder of CSV files, or an {@code .xlsx} workbook when the name says so. */
final class OutputPath {

  private OutputPath() {}

  static boolean isWorkbook(Path path) {
    return path.getFileName() != null && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
  }

  /**
   * Checks the path and creates the folders above it, as a user who names {@code out/2023.xlsx} expects.
   *
   * @throws UserInputException if the path names an old-style {@code .xls} or another file
   */
  static Path check(Path path, Ui ui) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".xls") || (!isWorkbook(path) && java.nio.file.Files.isRegularFile(path))) {
      throw new UserInputException(ui.text("error.outPath", path));
    }
    Path parent = path.toAbsolutePath().getParent();
    try {
      if (parent != null) {
        java.nio.file.Files.createDirectories(parent);
      }
    } catch (java.nio.file.FileAlreadyExistsException e) {
      throw new UserInputException(ui.text("error.outFolder", parent, ui.text("error.fileInTheWay", e.getFile())), e);
    } catch (java.io.IOException e) {
      throw new UserInputException(ui.text("error.outFolder", parent, e.toString()), e);
    }
    return path;
  }
}

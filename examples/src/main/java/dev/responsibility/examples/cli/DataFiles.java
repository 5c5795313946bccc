package dev.responsibility.examples.cli;

import dev.responsibility.adapters.files.DataSetReader;
import dev.responsibility.adapters.files.ReadMode;
import dev.responsibility.adapters.files.ReadResult;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Reading a FORMAT.md data set from the paths and options a user typed. */
final class DataFiles {

  private DataFiles() {}

  /** @return the charset named by {@code --encoding}, or empty to detect it */
  static Optional<Charset> charset(String name, Ui ui) {
    if (name == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Charset.forName(name));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new UserInputException(ui.text("error.encoding", name));
    }
  }

  /**
   * Reads a folder or workbook.
   *
   * @throws UserInputException if the path does not exist or is not a folder or {@code .xlsx}
   * @throws dev.responsibility.core.model.ImportException if the files hold errors the mode refuses
   */
  static ReadResult read(Path source, Optional<Charset> charset, boolean skipBadRows, Ui ui) {
    if (!Files.exists(source)) {
      throw new UserInputException(ui.text("error.noSuchFile", source));
    }
    String name = source.getFileName() == null ? "" : source.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!Files.isDirectory(source) && !name.endsWith(".xlsx")) {
      throw new UserInputException(ui.text(name.endsWith(".xls") ? "error.xls" : "error.notDataSet", source));
    }
    DataSetReader.Builder reader = DataSetReader.builder()
        .mode(skipBadRows ? ReadMode.SKIP_BAD_ROWS : ReadMode.ALL_OR_NOTHING);
    charset.ifPresent(reader::charset);
    return reader.build().read(source);
  }
}

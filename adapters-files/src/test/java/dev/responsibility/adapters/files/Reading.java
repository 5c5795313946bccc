package dev.responsibility.adapters.files;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.responsibility.core.model.ImportException;
import java.nio.file.Path;
import java.util.List;

/** Shorthands for tests that read data sets and look at their errors. */
final class Reading {

  private Reading() {}

  static ReadResult read(Path source) {
    return DataSetReader.defaults().read(source);
  }

  /** @return the errors of a source that must be refused */
  static List<ImportException.Error> errorsOf(Path source) {
    return errorsOf(DataSetReader.defaults(), source);
  }

  static List<ImportException.Error> errorsOf(DataSetReader reader, Path source) {
    ImportException[] caught = new ImportException[1];
    assertThatThrownBy(() -> reader.read(source))
        .isInstanceOfSatisfying(ImportException.class, e -> caught[0] = e);
    return caught[0].errors();
  }

  static ImportException.Error error(String file, long line, String column, String rule) {
    return new ImportException.Error(file, line, column, rule);
  }
}

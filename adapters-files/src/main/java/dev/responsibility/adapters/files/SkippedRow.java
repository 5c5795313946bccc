package dev.responsibility.adapters.files;

import dev.responsibility.core.model.ImportException;
import java.util.List;
import java.util.Objects;

/**
 * A row that {@link ReadMode#SKIP_BAD_ROWS} left out of the data set, with every error that made
 * it bad. Immutable and thread-safe.
 *
 * @param file the file or sheet name, not null
 * @param line the physical line (workbook row) where the record starts; the header is line 1
 * @param errors the row's errors, each naming the same file and line; never empty
 */
public record SkippedRow(String file, long line, List<ImportException.Error> errors) {

  /**
   * @param file as in the record description
   * @param line as in the record description
   * @param errors as in the record description
   * @throws IllegalArgumentException if {@code errors} is empty
   * @throws NullPointerException if {@code file} or {@code errors} is null
   */
  public SkippedRow {
    Objects.requireNonNull(file, "file");
    errors = List.copyOf(errors);
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("a skipped row needs at least one error");
    }
  }
}

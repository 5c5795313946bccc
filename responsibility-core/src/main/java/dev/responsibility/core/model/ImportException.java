package dev.responsibility.core.model;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An import was refused because its input is malformed. It names every error found (up to the
 * importer's limit), each with its file, line, column and rule. A refused import changes
 * nothing.
 */
public final class ImportException extends ResponsibilityException {

  /**
   * One malformed place in the input.
   *
   * @param file the file or sheet name, not null
   * @param line the physical line where the record starts (the header is line 1); 0 when the
   *     error concerns the whole file
   * @param column the column name, or empty when the error concerns a whole record or file
   * @param rule the broken rule, in words, not null
   */
  public record Error(String file, long line, String column, String rule) {
    /**
     * @param file as in the record description
     * @param line as in the record description
     * @param column as in the record description
     * @param rule as in the record description
     * @throws IllegalArgumentException if {@code line} is negative
     */
    public Error {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(column, "column");
      Objects.requireNonNull(rule, "rule");
      if (line < 0) {
        throw new IllegalArgumentException("line must be >= 0: " + line);
      }
    }

    @Override
    public String toString() {
      StringBuilder at = new StringBuilder(file);
      if (line > 0) {
        at.append(", line ").append(line);
      }
      if (!column.isEmpty()) {
        at.append(", column ").append(column);
      }
      return at.append(": ").append(rule).toString();
    }
  }

  private static final long serialVersionUID = 1L;

  /** Every error found, in the order found. */
  private final List<Error> errors;

  /**
   * @param errors the errors, at least one; not null
   * @throws IllegalArgumentException if {@code errors} is empty
   */
  public ImportException(List<Error> errors) {
    super(summary(errors));
    this.errors = List.copyOf(errors);
  }

  /**
   * @param errors the errors, at least one; not null
   * @param cause what the importer caught, may be null
   */
  public ImportException(List<Error> errors, Throwable cause) {
    super(summary(errors), cause);
    this.errors = List.copyOf(errors);
  }

  private static String summary(List<Error> errors) {
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("an ImportException needs at least one error");
    }
    String head = errors.size() == 1 ? "1 error" : errors.size() + " errors";
    return head + ": " + errors.stream().map(Error::toString).collect(Collectors.joining("; "));
  }

  /** @return every error found, in the order found; never empty */
  public List<Error> errors() {
    return errors;
  }
}

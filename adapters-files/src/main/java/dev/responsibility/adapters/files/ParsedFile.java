package dev.responsibility.adapters.files;

import dev.responsibility.core.model.ImportException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one file or sheet yielded: its records with their lines, its bad rows and the errors that
 * concern the whole file. Mutable while it is read, then only read.
 *
 * @param <T> the record type
 */
final class ParsedFile<T> {

  /** A record and the physical line where it starts. */
  record Parsed<T>(long line, T record) {}

  final FileSchema<T> schema;
  /** The file or sheet name as found. */
  final String file;
  final List<Parsed<T>> records = new ArrayList<>();
  final List<SkippedRow> badRows = new ArrayList<>();
  final List<ImportException.Error> fileErrors = new ArrayList<>();
  /** The key cell text of each bad row (such as a division code), by line. */
  final Map<String, Long> badRowKeys = new HashMap<>();
  RowValues.Header header;

  ParsedFile(FileSchema<T> schema, String file) {
    this.schema = schema;
    this.file = file;
  }

  int errorCount() {
    return fileErrors.size() + badRows.stream().mapToInt(r -> r.errors().size()).sum();
  }

  /** @return the header of a column as written, its FORMAT.md name when there is no header */
  String written(String column) {
    return header == null ? column : header.written(column);
  }
}

package dev.responsibility.adapters.files;

import dev.responsibility.core.calendar.WorkPlan;
import dev.responsibility.core.dataset.DataSet;
import dev.responsibility.core.model.PortException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Writes a data set (数据集) as FORMAT.md files: a folder of UTF-8 CSV files (RFC 4180, CRLF) with
 * {@code workplan.json}, or one {@code .xlsx} workbook with a sheet per file (codes and ids as text
 * cells, days as date cells, the work plan's JSON in a sheet {@code workplan}). Headers and
 * enumerated values are English (FORMAT.md's) or Chinese (docs/aliases.md's canonical ones). Reading
 * what was written gives the same records back. Phone numbers are written in full: the files are
 * the data, not a log.
 *
 * <p>Immutable and thread-safe.
 */
public final class DataSetWriter {

  private final Language language;
  private final boolean bom;

  private DataSetWriter(Language language, boolean bom) {
    this.language = language;
    this.bom = bom;
  }

  /** @return a writer of FORMAT.md's English headers and values, CSV without a byte-order mark */
  public static DataSetWriter english() {
    return new DataSetWriter(Language.ENGLISH, false);
  }

  /**
   * @return a writer of Chinese headers and values, CSV with a byte-order mark so that Excel shows
   *     the Chinese
   */
  public static DataSetWriter chinese() {
    return new DataSetWriter(Language.CHINESE, true);
  }

  /**
   * @param language the language, not null
   * @return a writer like this one in that language
   */
  public DataSetWriter withLanguage(Language language) {
    return new DataSetWriter(Objects.requireNonNull(language, "language"), bom);
  }

  /**
   * @param withBom whether CSV files start with a UTF-8 byte-order mark (Excel needs one to read
   *     UTF-8; FORMAT.md allows it)
   * @return a writer like this one with that choice
   */
  public DataSetWriter withBom(boolean withBom) {
    return new DataSetWriter(language, withBom);
  }

  /** @return the language of headers and values */
  public Language language() {
    return language;
  }

  /**
   * Writes the ten CSV files (replacing any of the same names) and, when plans are given,
   * {@code workplan.json}.
   *
   * @param dataSet the data set, not null
   * @param plans the work plans to write, not null; empty writes no {@code workplan.json}
   * @param folder the folder, created when missing; not null
   * @throws PortException if a file cannot be written
   */
  public void writeFolder(DataSet dataSet, List<WorkPlan> plans, Path folder) {
    Objects.requireNonNull(dataSet, "dataSet");
    try (FileRecordSink sink = openFolder(folder, plans)) {
      dataSet.forEach(sink);
    }
  }

  /**
   * Writes a workbook with one sheet per file and, when plans are given, a sheet {@code workplan}.
   *
   * @param dataSet the data set, not null
   * @param plans the work plans to write, not null
   * @param workbook the {@code .xlsx} file to create or replace, not null
   * @throws PortException if the workbook cannot be written
   */
  public void writeWorkbook(DataSet dataSet, List<WorkPlan> plans, Path workbook) {
    Objects.requireNonNull(dataSet, "dataSet");
    try (FileRecordSink sink = openWorkbook(workbook, plans)) {
      dataSet.forEach(sink);
    }
  }

  /**
   * Opens a sink that writes records to a CSV folder as they arrive, for data sets streamed from
   * elsewhere (a database); close it to finish the files.
   *
   * @param folder the folder, created when missing; not null
   * @param plans the work plans to write, not null
   * @return the sink
   * @throws PortException if the files cannot be created
   */
  public FileRecordSink openFolder(Path folder, List<WorkPlan> plans) {
    return FileRecordSink.folder(Objects.requireNonNull(folder, "folder"), language, bom, List.copyOf(plans));
  }

  /**
   * Opens a sink that writes records to a workbook; the workbook is written when the sink closes.
   *
   * @param workbook the {@code .xlsx} file to create or replace, not null
   * @param plans the work plans to write, not null
   * @return the sink
   */
  public FileRecordSink openWorkbook(Path workbook, List<WorkPlan> plans) {
    return FileRecordSink.workbook(Objects.requireNonNull(workbook, "workbook"), language, List.copyOf(plans));
  }
}

/**
 * FORMAT.md data sets (数据集) as files: a folder of CSV files or one {@code .xlsx} workbook, read
 * into the core's {@link dev.responsibility.core.dataset.DataSet} and written back out; check and
 * metric reports as CSV and {@code .xlsx}.
 *
 * <ul>
 *   <li>{@link dev.responsibility.adapters.files.DataSetReader} reads a data set and its
 *       {@code workplan.json}, accepting FORMAT.md exactly and what real Chinese exports contain
 *       (docs/aliases.md of this module): Chinese headers and values, GB18030, title rows, Excel's
 *       dates and numbers. Every error of FORMAT.md's list is an
 *       {@link dev.responsibility.core.model.ImportException.Error} naming file or sheet, physical
 *       line, column and rule; {@link dev.responsibility.adapters.files.ReadMode} chooses between
 *       refusing everything and leaving bad rows out.</li>
 *   <li>{@link dev.responsibility.adapters.files.DataSetWriter} writes a data set as CSV or a
 *       workbook in English or Chinese; {@link dev.responsibility.adapters.files.FileRecordSink}
 *       streams records to files as any {@link dev.responsibility.core.dataset.RecordSink}.</li>
 *   <li>{@link dev.responsibility.adapters.files.WorkPlanJson} reads and writes
 *       {@code workplan.json}.</li>
 *   <li>{@link dev.responsibility.adapters.files.ReportWriter} writes
 *       {@link dev.responsibility.adapters.files.ReportTable}s: violations, check counts, metrics,
 *       roll-ups, or any table of an embedder's.</li>
 * </ul>
 *
 * <p>CSV is read and written with FastCSV, workbooks with Apache POI (its streaming SAX reader and
 * SXSSF writer), JSON with Jackson. Everything else of the package is internal to it.
 */
package dev.responsibility.adapters.files;

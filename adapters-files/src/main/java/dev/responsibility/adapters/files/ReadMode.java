package dev.responsibility.adapters.files;

/** What {@link DataSetReader} does with rows that break FORMAT.md's error list. */
public enum ReadMode {
  /**
   * Any error refuses the whole data set: {@link dev.responsibility.core.model.ImportException}
   * names every error found (up to the limit) and nothing is returned. FORMAT.md's behaviour and
   * the default.
   */
  ALL_OR_NOTHING,
  /**
   * Bad rows are left out and listed in {@link ReadResult#skippedRows()}; the rest is returned.
   * A repeated id leaves out every row carrying it, two status changes on one day leave out both,
   * and a division whose parent is unknown, cyclic or left out is left out too. Errors that concern
   * a whole file (a missing file or column, unreadable bytes, broken CSV quoting, a malformed
   * {@code workplan.json}, the error limit reached) still refuse the data set.
   */
  SKIP_BAD_ROWS
}

package dev.responsibility.adapters.files;

/** The language of the headers and enumerated values {@link DataSetWriter} writes. */
public enum Language {
  /** FORMAT.md's column names and values ({@code license_issued}, {@code LARGE}, {@code true}). */
  ENGLISH,
  /**
   * The canonical Chinese headers and values of docs/aliases.md ({@code 发证日期}, {@code 大型},
   * {@code 是}); the reader accepts them back. File and sheet names stay FORMAT.md's.
   */
  CHINESE
}

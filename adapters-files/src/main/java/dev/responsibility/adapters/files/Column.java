package dev.responsibility.adapters.files;

import java.util.List;

/**
 * One column of a FORMAT.md file: its name, whether the column and its cells are required, the
 * kind of value it holds and its Chinese header aliases (the first is the one the writer uses).
 *
 * @param name the FORMAT.md column name, such as {@code license_issued}
 * @param presence whether the column and its cells must be present
 * @param kind the kind of value
 * @param chinese the Chinese headers accepted for the column, the canonical one first
 * @param values the values an {@link Kind#ENUM} column accepts; null for other kinds
 */
record Column(String name, Presence presence, Kind kind, List<String> chinese, ValueAliases<?> values) {

  /** Whether a column and its cells must be present. */
  enum Presence {
    /** The column must exist and no cell may be empty. */
    REQUIRED,
    /** The column must exist; a cell may be empty ({@code credit_code}, {@code license_no}). */
    REQUIRED_COLUMN,
    /** The column may be missing and its cells empty ({@code license_expires?}). */
    OPTIONAL
  }

  /** The kind of value a column holds, which decides how it is parsed and written. */
  enum Kind {
    /** Free text, kept as given after trimming. */
    TEXT,
    /** A code Excel may have stored as a number: division codes, credit codes, licences, phones. */
    CODE,
    /** A day. */
    DATE,
    /** A time with an optional offset. */
    TIME,
    /** A whole number. */
    WHOLE_NUMBER,
    /** An enumerated value with English names and Chinese aliases. */
    ENUM,
    /** {@code true} or {@code false}. */
    BOOLEAN
  }

  Column {
    chinese = List.copyOf(chinese);
    if ((kind == Kind.ENUM) != (values != null)) {
      throw new IllegalArgumentException(name + ": values go with enumerated columns only");
    }
  }

  boolean columnRequired() {
    return presence != Presence.OPTIONAL;
  }

  boolean cellRequired() {
    return presence == Presence.REQUIRED;
  }

  /** @return the header the writer puts above the column in Chinese files */
  String chineseHeader() {
    return chinese.isEmpty() ? name : chinese.get(0);
  }
}

package dev.responsibility.core.model;

import java.time.LocalDate;
import java.util.Optional;

/** Form checks shared by the record types of this package. */
final class Require {

  private Require() {}

  static String nonBlank(String type, String field, String value) {
    if (value == null) {
      throw InvalidRecordException.of(type, field, null, "is required");
    }
    if (value.isBlank()) {
      throw InvalidRecordException.of(type, field, "\"" + value + "\"", "must not be empty");
    }
    return wellFormed(type, field, value);
  }

  /**
   * Refuses a lone surrogate: no file decodes to one, UTF-8 cannot hold one, and the data set
   * keeps ids, names and codes as UTF-8, where it would become {@code '?'} and an id would no
   * longer match the records naming it.
   */
  static String wellFormed(String type, String field, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < Character.MIN_SURROGATE) {
        continue; // every character of nearly every id and name
      }
      if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw InvalidRecordException.of(type, field, "\"" + value + "\"",
            "must be well-formed Unicode: it holds a lone surrogate at character " + (i + 1));
      }
    }
    return value;
  }

  static void notBefore(
      String type, String endField, Optional<LocalDate> end, String startField, LocalDate start) {
    // Without lambdas: capturing ones are an object per record checked, millions of them in a province.
    if (end.isPresent() && end.get().isBefore(start)) {
      throw InvalidRecordException.of(type, endField, end.get(), "must be on or after " + startField + " " + start);
    }
  }

  static int nonNegative(String type, String field, int value) {
    if (value < 0) {
      throw InvalidRecordException.of(type, field, value, "must not be negative");
    }
    return value;
  }
}

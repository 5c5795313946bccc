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
    return value;
  }

  static void notBefore(
      String type, String endField, Optional<LocalDate> end, String startField, LocalDate start) {
    end.filter(e -> e.isBefore(start)).ifPresent(e -> {
      throw InvalidRecordException.of(
          type, endField, e, "must be on or after " + startField + " " + start);
    });
  }

  static int nonNegative(String type, String field, int value) {
    if (value < 0) {
      throw InvalidRecordException.of(type, field, value, "must not be negative");
    }
    return value;
  }
}

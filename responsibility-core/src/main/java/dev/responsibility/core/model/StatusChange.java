package dev.responsibility.core.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A change of a business's operating status, in force from a day on until the next change.
 * Immutable and thread-safe.
 *
 * @param business the business, known to the data set or not; not null
 * @param status the new status, not null
 * @param effectiveFrom the first day of the new status, not null
 */
public record StatusChange(BusinessId business, OperatingStatus status, LocalDate effectiveFrom) {

  /**
   * @param business as in the record description
   * @param status as in the record description
   * @param effectiveFrom as in the record description
   * @throws InvalidRecordException if a component is null
   */
  public StatusChange {
    requireField(business, "business");
    requireField(status, "status");
    requireField(effectiveFrom, "effectiveFrom");
  }

  private static void requireField(Object value, String field) {
    if (Objects.isNull(value)) {
      throw InvalidRecordException.of("StatusChange", field, null, "is required");
    }
  }
}

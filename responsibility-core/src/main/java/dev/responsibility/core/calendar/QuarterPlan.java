package dev.responsibility.core.calendar;

import dev.responsibility.core.model.InvalidRecordException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One quarter of a work plan: the day supervisions are due and the last day they may be entered
 * (R14). The entry deadline is calendar data, not a computed rule. Immutable and thread-safe.
 *
 * @param quarter 1 to 4
 * @param due the day the quarter's supervisions are due, not null
 * @param entryDeadline the last day an entry counts; on or after {@code due}; not null
 */
public record QuarterPlan(int quarter, LocalDate due, LocalDate entryDeadline) {

  /**
   * @param quarter as in the record description
   * @param due as in the record description
   * @param entryDeadline as in the record description
   * @throws InvalidRecordException if the quarter is not 1–4 or the deadline is before due
   */
  public QuarterPlan {
    if (quarter < 1 || quarter > 4) {
      throw InvalidRecordException.of("QuarterPlan", "quarter", quarter, "must be 1, 2, 3 or 4");
    }
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(entryDeadline, "entryDeadline");
    if (entryDeadline.isBefore(due)) {
      throw InvalidRecordException.of(
          "QuarterPlan", "entryDeadline", entryDeadline, "must be on or after due " + due);
    }
  }

  /**
   * @param year the plan's year
   * @return the quarter's first calendar day
   */
  public LocalDate firstDay(int year) {
    return LocalDate.of(year, 3 * quarter - 2, 1);
  }

  /**
   * @param year the plan's year
   * @return the quarter's last calendar day
   */
  public LocalDate lastDay(int year) {
    LocalDate firstOfLastMonth = LocalDate.of(year, 3 * quarter, 1);
    return firstOfLastMonth.withDayOfMonth(firstOfLastMonth.lengthOfMonth());
  }

  /**
   * The entry window (FORMAT.md): from the quarter's first day to the earlier of its last day
   * and its entry deadline.
   *
   * @param year the plan's year
   * @return the window
   */
  public EntryWindow window(int year) {
    LocalDate last = lastDay(year);
    return new EntryWindow(
        year, quarter, firstDay(year), entryDeadline.isBefore(last) ? entryDeadline : last, entryDeadline);
  }
}

package dev.responsibility.core.calendar;

import java.time.LocalDate;

/**
 * The window of a quarter (FORMAT.md): the days on which a visit counts for the quarter's task,
 * from the quarter's first day to the earlier of its last day and its entry deadline, and the
 * deadline by which it must be entered. Immutable and thread-safe.
 *
 * @param year the year
 * @param quarter 1 to 4
 * @param first the first day of the window
 * @param last the last day of the window
 * @param entryDeadline the last day an entry counts
 */
public record EntryWindow(int year, int quarter, LocalDate first, LocalDate last, LocalDate entryDeadline) {

  /** @return whether the window has no day: its entry deadline comes before the quarter starts */
  public boolean isEmpty() {
    return last.isBefore(first);
  }

  /**
   * @param day a day, not null
   * @return whether {@code day} is inside the window (both ends inclusive)
   */
  public boolean contains(LocalDate day) {
    return !day.isBefore(first) && !day.isAfter(last);
  }
}

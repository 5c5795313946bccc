package dev.responsibility.core.model;

/**
 * A working-day question was asked about a year for which no holiday schedule is known. Working
 * days in China follow the State Council's yearly notice, including make-up working weekends
 * (调休); guessing from weekdays alone would be silently wrong, so the library refuses. Supply the
 * year's schedule ({@code WorkingDayCalendar.withSchedule}) to answer it.
 */
public final class MissingScheduleException extends ResponsibilityException {

  private static final long serialVersionUID = 1L;

  /** The year without a schedule. */
  private final int year;

  /**
   * @param year the year asked about
   * @param known a description of the years that have a schedule, not null
   */
  public MissingScheduleException(int year, String known) {
    super("no holiday schedule for " + year + " (known: " + known + "); supply one with WorkingDayCalendar.withSchedule");
    this.year = year;
  }

  /** @return the year without a schedule */
  public int year() {
    return year;
  }
}

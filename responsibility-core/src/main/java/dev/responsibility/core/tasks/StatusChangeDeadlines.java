package dev.responsibility.core.tasks;

import dev.responsibility.core.calendar.WorkingDayCalendar;
import dev.responsibility.core.model.MissingScheduleException;
import dev.responsibility.core.model.StatusChange;
import dev.responsibility.core.policy.Policy;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The deadlines a status change sets (R9, a local rule with configurable limits): the regulator
 * reports it within {@link Policy#statusReportWorkingDays()} working days of the change, and the
 * food-safety office re-binds the business within {@link Policy#rebindWorkingDays()} working days
 * of the report. Immutable and thread-safe.
 *
 * @param change the status change, not null
 * @param reportBy the last day to report it, not null
 * @param rebindBy the last day to re-bind if the report comes on its last day, not null
 */
public record StatusChangeDeadlines(StatusChange change, LocalDate reportBy, LocalDate rebindBy) {

  /**
   * @param change as in the record description
   * @param reportBy as in the record description
   * @param rebindBy as in the record description
   */
  public StatusChangeDeadlines {
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(reportBy, "reportBy");
    Objects.requireNonNull(rebindBy, "rebindBy");
  }

  /**
   * @param change the status change, not null
   * @param policy the limits, not null
   * @param calendar the working-day calendar, not null
   * @return the deadlines, counted in working days from the change's effective day
   * @throws MissingScheduleException if the calendar lacks a year on the way
   */
  public static StatusChangeDeadlines of(StatusChange change, Policy policy, WorkingDayCalendar calendar) {
    LocalDate reportBy = calendar.plusWorkingDays(change.effectiveFrom(), policy.statusReportWorkingDays());
    return new StatusChangeDeadlines(change, reportBy, calendar.plusWorkingDays(reportBy, policy.rebindWorkingDays()));
  }

  /**
   * @param reportedOn the day the regulator actually reported, not null
   * @param policy the limits, not null
   * @param calendar the working-day calendar, not null
   * @return the last day to re-bind, counted from the actual report
   */
  public static LocalDate rebindDue(LocalDate reportedOn, Policy policy, WorkingDayCalendar calendar) {
    return calendar.plusWorkingDays(reportedOn, policy.rebindWorkingDays());
  }
}

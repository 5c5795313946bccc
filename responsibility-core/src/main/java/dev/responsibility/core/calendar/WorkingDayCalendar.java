package dev.responsibility.core.calendar;

import dev.responsibility.core.model.MissingScheduleException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Mainland China's working days (工作日): Monday to Friday, except the days off of the State
 * Council's yearly holiday notice, plus its make-up working weekends (调休上班). The schedules of
 * 2022 to 2026 ship with the library ({@code cn-holidays.csv}, documented in docs/calendar.md);
 * a question about a year without a schedule throws {@link MissingScheduleException} rather than
 * guess. Embedders add years and local overrides. Immutable and thread-safe.
 */
public final class WorkingDayCalendar {

  /** What a listed day is: a day off, or a make-up working day. */
  public enum DayKind {
    /** 放假: a day off, whatever the weekday. */
    OFF,
    /** 调休上班: a working day, whatever the weekday. */
    WORK
  }

  private static final String RESOURCE = "cn-holidays.csv";
  private static final WorkingDayCalendar CHINA = load();

  private final NavigableMap<LocalDate, DayKind> adjustments;
  private final Set<Integer> years;

  private WorkingDayCalendar(NavigableMap<LocalDate, DayKind> adjustments, Set<Integer> years) {
    this.adjustments = Collections.unmodifiableNavigableMap(adjustments);
    this.years = Collections.unmodifiableSet(years);
  }

  /** @return the State Council's schedules of 2022 to 2026, as shipped */
  public static WorkingDayCalendar china() {
    return CHINA;
  }

  /**
   * A calendar with a year's schedule added or replaced, for a year the library does not ship.
   *
   * @param year the year the schedule covers
   * @param days the year's days off and make-up working days (days of other years are allowed:
   *     a notice may reach into the year before), not null
   * @return a new calendar
   */
  public WorkingDayCalendar withSchedule(int year, Map<LocalDate, DayKind> days) {
    NavigableMap<LocalDate, DayKind> next = new TreeMap<>(adjustments);
    next.keySet().removeIf(d -> d.getYear() == year);
    next.putAll(days);
    Set<Integer> nextYears = new TreeSet<>(years);
    nextYears.add(year);
    return new WorkingDayCalendar(next, nextYears);
  }

  /**
   * A calendar with one day changed, for a local rule (a province's own day off).
   *
   * @param day the day, not null
   * @param kind what it becomes, not null
   * @return a new calendar
   */
  public WorkingDayCalendar withOverride(LocalDate day, DayKind kind) {
    NavigableMap<LocalDate, DayKind> next = new TreeMap<>(adjustments);
    next.put(Objects.requireNonNull(day, "day"), Objects.requireNonNull(kind, "kind"));
    return new WorkingDayCalendar(next, years);
  }

  /** @return the years that have a schedule */
  public Set<Integer> years() {
    return years;
  }

  /** @return every listed day off and make-up working day, by day */
  public NavigableMap<LocalDate, DayKind> adjustments() {
    return adjustments;
  }

  /**
   * @param day a day, not null
   * @return whether it is a working day
   * @throws MissingScheduleException if the day's year has no schedule
   */
  public boolean isWorkingDay(LocalDate day) {
    requireSchedule(day.getYear());
    DayKind listed = adjustments.get(day);
    if (listed != null) {
      return listed == DayKind.WORK;
    }
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
  }

  /**
   * The day {@code n} working days after {@code from}: the n-th working day counted from the day
   * after {@code from} (R9: "within 15 working days"). With {@code n = 0}, {@code from} itself.
   *
   * @param from the day counted from, not null
   * @param n how many working days, ≥ 0
   * @return the day reached, always a working day when {@code n > 0}
   * @throws IllegalArgumentException if {@code n < 0}
   * @throws MissingScheduleException if a year on the way has no schedule
   */
  public LocalDate plusWorkingDays(LocalDate from, int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n must be >= 0: " + n);
    }
    LocalDate day = from;
    for (int left = n; left > 0; ) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        left--;
      }
    }
    return day;
  }

  /**
   * The last working day on or before a day: a window's last safe day to enter a supervision.
   *
   * @param day a day, not null
   * @return that day if it is a working day, else the nearest working day before it
   * @throws MissingScheduleException if a year on the way has no schedule
   */
  public LocalDate lastWorkingDayOnOrBefore(LocalDate day) {
    LocalDate d = day;
    while (!isWorkingDay(d)) {
      d = d.minusDays(1);
    }
    return d;
  }

  /**
   * @param after the day counted from (not counted), not null
   * @param through the last day counted, not null
   * @return the working days in (after, through]; 0 when {@code through} is not after {@code after}
   * @throws MissingScheduleException if a year on the way has no schedule
   */
  public int workingDaysBetween(LocalDate after, LocalDate through) {
    int count = 0;
    for (LocalDate d = after.plusDays(1); !d.isAfter(through); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        count++;
      }
    }
    return count;
  }

  private void requireSchedule(int year) {
    if (!years.contains(year)) {
      throw new MissingScheduleException(year, years.toString());
    }
  }

  private static WorkingDayCalendar load() {
    NavigableMap<LocalDate, DayKind> days = new TreeMap<>();
    Set<Integer> years = new TreeSet<>();
    // The bundled table is our own, comma-separated without quoting (documented in docs/calendar.md).
    try (InputStream in = WorkingDayCalendar.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled resource " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      boolean header = true;
      while ((line = reader.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] cells = line.split(",", -1);
        LocalDate day = LocalDate.parse(cells[0]);
        days.put(day, DayKind.valueOf(cells[1]));
        years.add(Integer.parseInt(cells[3]));
        years.add(day.getYear());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading bundled " + RESOURCE, e);
    }
    return new WorkingDayCalendar(days, years);
  }

  @Override
  public String toString() {
    return "WorkingDayCalendar" + years;
  }
}

package dev.responsibility.testkit;

import dev.responsibility.core.calendar.EntryWindow;
import dev.responsibility.core.calendar.WorkPlans;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The quarter windows and entry deadlines generated supervisions are timed by: those of {@link
 * WorkPlans#defaults()}, the plans the checks use unless an embedder loads others.
 */
final class Quarters {

  private static final WorkPlans PLANS = WorkPlans.defaults();
  /** Windows by {@code year * 4 + quarter - 1}: a year without a plan would otherwise build one per look-up. */
  private static final Map<Integer, EntryWindow> WINDOWS = new ConcurrentHashMap<>();

  private Quarters() {}

  /** The calendar quarter of a day, 1 to 4. */
  static int of(LocalDate day) {
    return (day.getMonthValue() + 2) / 3;
  }

  /** The window of quarter {@code quarter} of {@code year}. */
  static EntryWindow window(int year, int quarter) {
    return WINDOWS.computeIfAbsent(year * 4 + quarter - 1, k -> PLANS.forYear(year).window(quarter));
  }

  /** The window of the quarter a day falls in. */
  static EntryWindow windowOf(LocalDate day) {
    return window(day.getYear(), of(day));
  }

  /** The window of the quarter before. */
  static EntryWindow previous(EntryWindow w) {
    return w.quarter() == 1 ? window(w.year() - 1, 4) : window(w.year(), w.quarter() - 1);
  }

  /**
   * The latest quarter whose entry deadline is before a day: an entry made on the day after that
   * deadline is late, yet seen by the checks as of {@code day}.
   */
  static EntryWindow latestClosedBefore(LocalDate day) {
    EntryWindow w = windowOf(day);
    while (!w.entryDeadline().isBefore(day)) {
      w = previous(w);
    }
    return w;
  }

  /** The later of two days. */
  static LocalDate latest(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  /** The earlier of two days. */
  static LocalDate earliest(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}

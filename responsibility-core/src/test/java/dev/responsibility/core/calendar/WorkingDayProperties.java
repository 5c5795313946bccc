package dev.responsibility.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class WorkingDayProperties {

  private static final WorkingDayCalendar CHINA = WorkingDayCalendar.china();

  @Provide
  Arbitrary<LocalDate> days() {
    // Inside the shipped schedules with room on both sides: walking back from 2022-01-01 (a day
    // off) reaches 2021, and 60 working days forward from late 2026 reach 2027; both would rightly throw.
    LocalDate first = LocalDate.of(2022, 1, 4);
    return Arbitraries.integers().between(0, (int) (LocalDate.of(2026, 9, 1).toEpochDay() - first.toEpochDay()))
        .map(first::plusDays);
  }

  @Property
  void addingWorkingDaysLandsOnAWorkingDay(@ForAll("days") LocalDate from, @ForAll @IntRange(min = 1, max = 60) int n) {
    assertThat(CHINA.isWorkingDay(CHINA.plusWorkingDays(from, n))).isTrue();
  }

  @Property
  void addingWorkingDaysIsMonotone(@ForAll("days") LocalDate from, @ForAll @IntRange(min = 0, max = 30) int n,
      @ForAll @IntRange(min = 0, max = 30) int m, @ForAll @IntRange(min = 0, max = 30) int later) {
    LocalDate a = CHINA.plusWorkingDays(from, n);
    assertThat(CHINA.plusWorkingDays(from, n + m)).isAfterOrEqualTo(a);
    assertThat(CHINA.plusWorkingDays(from.plusDays(later), n)).isAfterOrEqualTo(a);
  }

  @Property
  void countingBetweenUndoesAdding(@ForAll("days") LocalDate from, @ForAll @IntRange(min = 0, max = 60) int n) {
    assertThat(CHINA.workingDaysBetween(from, CHINA.plusWorkingDays(from, n))).isEqualTo(n);
  }

  @Property
  void theLastWorkingDayOnOrBeforeIsAWorkingDayWithNoneBetween(@ForAll("days") LocalDate day) {
    LocalDate safe = CHINA.lastWorkingDayOnOrBefore(day);
    assertThat(CHINA.isWorkingDay(safe)).isTrue();
    assertThat(safe).isBeforeOrEqualTo(day);
    assertThat(CHINA.workingDaysBetween(safe, day)).isZero();
  }

  @Property(tries = 50)
  void theOfficialMakeUpDaysAreWorkingDays(@ForAll("makeUpDays") LocalDate day) {
    assertThat(CHINA.isWorkingDay(day)).isTrue();
  }

  /** The make-up days of the reference table (not of the table under test), with 2022's from its notice. */
  @Provide
  Arbitrary<LocalDate> makeUpDays() throws java.io.IOException {
    java.util.List<LocalDate> days = new java.util.ArrayList<>(java.util.List.of(
        LocalDate.of(2022, 1, 29), LocalDate.of(2022, 1, 30), LocalDate.of(2022, 4, 2), LocalDate.of(2022, 4, 24),
        LocalDate.of(2022, 5, 7), LocalDate.of(2022, 10, 8), LocalDate.of(2022, 10, 9)));
    try (java.io.InputStream in = getClass().getResourceAsStream("/oracle/cn-public-holidays-2023-2026.csv")) {
      for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
        String[] cells = line.split(",");
        if (cells.length > 1 && cells[1].equals("WORK")) {
          days.add(LocalDate.parse(cells[0]));
        }
      }
    }
    return Arbitraries.of(days);
  }
}

package dev.responsibility.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.responsibility.core.calendar.WorkingDayCalendar.DayKind;
import dev.responsibility.core.model.MissingScheduleException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

  private static final WorkingDayCalendar CHINA = WorkingDayCalendar.china();

  /** The State Council schedules of 2023–2026 as tabulated in the project's reference data. */
  private static Map<LocalDate, DayKind> oracle() throws IOException {
    Map<LocalDate, DayKind> days = new TreeMap<>();
    try (InputStream in = WorkingDayCalendarTest.class.getResourceAsStream("/oracle/cn-public-holidays-2023-2026.csv")) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (int i = 1; i < lines.length; i++) {
        String[] cells = lines[i].split(",");
        days.put(LocalDate.parse(cells[0]), DayKind.valueOf(cells[1]));
      }
    }
    return days;
  }

  @Test
  void agreesWithTheReferenceScheduleOnEveryListedDay() throws IOException {
    Map<LocalDate, DayKind> oracle = oracle();
    assertThat(oracle).hasSizeGreaterThan(100);
    oracle.forEach((day, kind) -> assertThat(CHINA.isWorkingDay(day)).as("%s %s", day, kind).isEqualTo(kind == DayKind.WORK));
    assertThat(CHINA.adjustments().tailMap(LocalDate.of(2022, 12, 31))).isEqualTo(oracle);
  }

  @Test
  void knows2022FromItsNotice() {
    // 国办发明电〔2021〕11号: 春节 1月31日至2月6日, 1月29日、30日上班; 国庆 10月1日至7日, 10月8日、9日上班.
    assertThat(CHINA.isWorkingDay(LocalDate.of(2022, 1, 29))).isTrue();
    assertThat(CHINA.isWorkingDay(LocalDate.of(2022, 1, 30))).isTrue();
    assertThat(CHINA.isWorkingDay(LocalDate.of(2022, 2, 4))).isFalse();
    assertThat(CHINA.isWorkingDay(LocalDate.of(2022, 4, 2))).isTrue();
    assertThat(CHINA.isWorkingDay(LocalDate.of(2022, 5, 4))).isFalse();
    assertThat(CHINA.isWorkingDay(LocalDate.of(2022, 5, 7))).isTrue();
    assertThat(CHINA.isWorkingDay(LocalDate.of(2022, 9, 12))).isFalse();
    assertThat(CHINA.isWorkingDay(LocalDate.of(2022, 10, 9))).isTrue();
    assertThat(CHINA.adjustments().headMap(LocalDate.of(2022, 12, 31)).values().stream()
        .filter(k -> k == DayKind.OFF).count()).isEqualTo(3 + 7 + 3 + 5 + 3 + 3 + 7);
  }

  @Test
  void ordinaryWeekdaysWorkAndWeekendsRest() {
    assertThat(CHINA.isWorkingDay(LocalDate.of(2023, 3, 15))).isTrue();
    assertThat(CHINA.isWorkingDay(LocalDate.of(2023, 3, 18))).isFalse();
  }

  @Test
  void aYearWithoutAScheduleFailsLoudly() {
    assertThatThrownBy(() -> CHINA.isWorkingDay(LocalDate.of(2027, 3, 1)))
        .isInstanceOfSatisfying(MissingScheduleException.class, e -> assertThat(e.year()).isEqualTo(2027))
        .hasMessageContaining("withSchedule");
    assertThatThrownBy(() -> CHINA.plusWorkingDays(LocalDate.of(2026, 12, 25), 10))
        .isInstanceOf(MissingScheduleException.class);
  }

  @Test
  void anEmbedderSuppliesAYearAndLocalOverrides() {
    WorkingDayCalendar with2027 = CHINA.withSchedule(2027, Map.of(LocalDate.of(2027, 1, 1), DayKind.OFF));
    assertThat(with2027.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
    assertThat(with2027.isWorkingDay(LocalDate.of(2027, 1, 4))).isTrue();
    WorkingDayCalendar local = CHINA.withOverride(LocalDate.of(2023, 3, 15), DayKind.OFF);
    assertThat(local.isWorkingDay(LocalDate.of(2023, 3, 15))).isFalse();
    assertThat(CHINA.isWorkingDay(LocalDate.of(2023, 3, 15))).isTrue();
  }

  @Test
  void countsFifteenWorkingDaysAcrossTheNationalDayHoliday() {
    // 2023-09-29..10-06 off, 10-07 and 10-08 make-up working days (国办发明电〔2022〕16号).
    LocalDate change = LocalDate.of(2023, 9, 27);
    assertThat(CHINA.plusWorkingDays(change, 1)).isEqualTo(LocalDate.of(2023, 9, 28));
    assertThat(CHINA.plusWorkingDays(change, 2)).isEqualTo(LocalDate.of(2023, 10, 7));
    assertThat(CHINA.plusWorkingDays(change, 3)).isEqualTo(LocalDate.of(2023, 10, 8));
    assertThat(CHINA.plusWorkingDays(change, 15)).isEqualTo(LocalDate.of(2023, 10, 24));
    assertThat(CHINA.plusWorkingDays(change, 0)).isEqualTo(change);
  }

  @Test
  void theLastSafeDayOfTheSeedsThirdQuarterIsBeforeTheHoliday() {
    // The Q3 entry deadline, 2023-09-30, is a day off; the last working day before it is 09-28.
    assertThat(CHINA.lastWorkingDayOnOrBefore(LocalDate.of(2023, 9, 30))).isEqualTo(LocalDate.of(2023, 9, 28));
    assertThat(CHINA.lastWorkingDayOnOrBefore(LocalDate.of(2023, 3, 31))).isEqualTo(LocalDate.of(2023, 3, 31));
  }
}

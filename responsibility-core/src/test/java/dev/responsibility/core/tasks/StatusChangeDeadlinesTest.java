package dev.responsibility.core.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responsibility.core.Township;
import dev.responsibility.core.calendar.WorkingDayCalendar;
import dev.responsibility.core.model.OperatingStatus;
import dev.responsibility.core.policy.Policy;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StatusChangeDeadlinesTest {

  @Test
  void countsFifteenThenSevenWorkingDaysAcrossTheNationalDayHoliday() {
    var change = Township.status("b1", OperatingStatus.SUSPENDED, LocalDate.of(2023, 9, 27));
    StatusChangeDeadlines d = StatusChangeDeadlines.of(change, Policy.defaults(), WorkingDayCalendar.china());
    assertThat(d.reportBy()).isEqualTo(LocalDate.of(2023, 10, 24));
    assertThat(d.rebindBy()).isEqualTo(LocalDate.of(2023, 11, 2));
    assertThat(StatusChangeDeadlines.rebindDue(LocalDate.of(2023, 9, 28), Policy.defaults(), WorkingDayCalendar.china()))
        .isEqualTo(LocalDate.of(2023, 10, 13));
  }

  @Test
  void aLocalRuleChangesTheLimits() {
    var change = Township.status("b1", OperatingStatus.CLOSED, LocalDate.of(2023, 3, 1));
    Policy local = Policy.builder().statusReportWorkingDays(5).rebindWorkingDays(3).build();
    StatusChangeDeadlines d = StatusChangeDeadlines.of(change, local, WorkingDayCalendar.china());
    assertThat(d.reportBy()).isEqualTo(LocalDate.of(2023, 3, 8));
    assertThat(d.rebindBy()).isEqualTo(LocalDate.of(2023, 3, 13));
  }
}

package dev.responsibility.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.responsibility.core.Township;
import dev.responsibility.core.model.BusinessId;
import dev.responsibility.core.model.Category;
import dev.responsibility.core.model.LicenseNumber;
import dev.responsibility.core.model.OperatingStatus;
import dev.responsibility.core.model.SelfCheck;
import dev.responsibility.core.model.SelfCheckKind;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SelfChecksTest {

  private final Township t = new Township();
  private static final LocalDate MON = LocalDate.of(2023, 5, 1);

  private void check(SelfCheckKind kind, LocalDate day) {
    t.extra.add(SelfCheck.builder().business(BusinessId.of("b1")).kind(kind).date(day).build());
  }

  @Test
  void countsDaysWeeksAndMonthsKeptOverThoseOwed() {
    for (int i = 0; i < 10; i++) {
      check(SelfCheckKind.DAILY, MON.plusDays(i));
    }
    check(SelfCheckKind.DAILY, MON.plusDays(3));
    check(SelfCheckKind.WEEKLY, MON.plusDays(6));
    check(SelfCheckKind.MONTHLY, MON.plusDays(20));
    var result = SelfChecks.of(t.dataSet()).completeness(BusinessId.of("b1"), MON, LocalDate.of(2023, 5, 31));
    assertThat(result).extracting(SelfCheckCompleteness::value).containsExactly(
        new MetricValue(10, 31), new MetricValue(1, 5), new MetricValue(1, 1));
  }

  @Test
  void daysOutOfTheBaseAreNotOwedAndChecksOnThemDoNotCount() {
    t.extra.add(Township.status("b1", OperatingStatus.SUSPENDED, MON.plusDays(7)));
    check(SelfCheckKind.DAILY, MON);
    check(SelfCheckKind.DAILY, MON.plusDays(8));
    check(SelfCheckKind.WEEKLY, MON.plusDays(8));
    var result = SelfChecks.of(t.dataSet()).completeness(BusinessId.of("b1"), MON, MON.plusDays(13));
    assertThat(result).extracting(SelfCheckCompleteness::value).containsExactly(
        new MetricValue(1, 7), new MetricValue(0, 1), new MetricValue(0, 1));
  }

  @Test
  void smallOperatorsOweNoSelfChecks() {
    t.business = t.business.withCategory(Category.VENDOR).withLicenseNumber(LicenseNumber.of("摊贩-1"));
    var overall = SelfChecks.of(t.dataSet()).overall(MON, MON.plusDays(6), Optional.empty());
    assertThat(overall.values()).containsOnly(MetricValue.ZERO);
  }

  @Test
  void sumsOverAScopeAndRefusesBadRanges() {
    check(SelfCheckKind.MONTHLY, MON);
    SelfChecks selfChecks = SelfChecks.of(t.dataSet());
    assertThat(selfChecks.overall(MON, MON, Optional.of(Township.COUNTY)).get(SelfCheckKind.MONTHLY)).isEqualTo(new MetricValue(1, 1));
    assertThat(selfChecks.overall(MON, MON, Optional.of(Township.OTHER_TOWNSHIP)).get(SelfCheckKind.MONTHLY)).isEqualTo(MetricValue.ZERO);
    assertThatThrownBy(() -> selfChecks.completeness(BusinessId.of("b1"), MON, MON.minusDays(1))).isInstanceOf(IllegalArgumentException.class);
    assertThat(selfChecks.completeness(BusinessId.of("nobody"), MON, MON)).isEmpty();
  }
}

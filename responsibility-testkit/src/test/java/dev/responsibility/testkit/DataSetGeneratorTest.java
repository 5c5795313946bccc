package dev.responsibility.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.responsibility.core.Responsibility;
import dev.responsibility.core.dataset.DataSet;
import dev.responsibility.core.model.Category;
import dev.responsibility.core.model.DivisionLevel;
import dev.responsibility.core.rules.CheckCode;
import dev.responsibility.core.rules.CheckReport;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DataSetGeneratorTest {

  @Test
  void theSameSeedAndSizeGiveTheSameRecords() {
    DataSet a = DataSetGenerator.of(42, 300).generate().dataSet();
    DataSet b = DataSetGenerator.of(42, 300).generate().dataSet();
    assertThat(a.businesses()).isEqualTo(b.businesses());
    assertThat(a.supervisions()).isEqualTo(b.supervisions());
    assertThat(a.cadres()).isEqualTo(b.cadres());
    assertThat(DataSetGenerator.of(43, 300).generate().dataSet().businesses()).isNotEqualTo(a.businesses());
  }

  @Test
  void aCountyOfTenThousandIsRealisticAndClean() {
    GeneratedDataSet county = DataSetGenerator.of(7, 10_000).generate();
    DataSet ds = county.dataSet();
    assertThat(ds.businesses()).hasSize(10_000);
    assertThat(ds.divisions().stream().filter(d -> d.level() == DivisionLevel.TOWNSHIP).count()).isEqualTo(67);
    assertThat(ds.divisions()).allMatch(d -> d.code().isStatistical());
    assertThat(ds.businesses().stream().map(b -> b.category()).distinct()).containsExactlyInAnyOrder(Category.values());
    assertThat(ds.cadres().size()).isBetween(1_000, 3_000);
    assertThat(ds.supervisions().size()).isGreaterThan(10_000);
    assertThat(ds.problems()).isNotEmpty();
    assertThat(Responsibility.of(ds).check(county.asOf()).violations()).isEmpty();
  }

  @Test
  void aFaultRateMixesInFaultsOfManyKinds() {
    GeneratedDataSet township = DataSetGenerator.of(3, 600).faultRate(0.2).generate();
    CheckReport report = Responsibility.of(township.dataSet()).check(township.asOf());
    long kinds = Arrays.stream(CheckCode.values()).filter(c -> report.count(c) > 0).count();
    assertThat(kinds).isGreaterThanOrEqualTo(12);
  }

  @Test
  void aDayLateInTheSeedsFourthQuarterIsStillClean() {
    GeneratedDataSet late = DataSetGenerator.of(9, 200).asOf(LocalDate.of(2023, 12, 20)).generate();
    assertThat(Responsibility.of(late.dataSet()).check(late.asOf()).violations()).isEmpty();
  }

  @Test
  void refusesNonsense() {
    assertThatThrownBy(() -> DataSetGenerator.of(1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DataSetGenerator.of(1, 10).faultRate(1.5)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void thereIsOneFaultPerCheck() {
    assertThat(Arrays.stream(Fault.values()).map(Fault::code)).containsExactly(CheckCode.values());
  }
}

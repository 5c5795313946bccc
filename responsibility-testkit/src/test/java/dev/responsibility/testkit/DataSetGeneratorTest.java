package dev.responsibility.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.responsibility.core.dataset.DataSet;
import dev.responsibility.core.model.Business;
import dev.responsibility.core.model.Cadre;
import dev.responsibility.core.model.CadreLevel;
import dev.responsibility.core.model.Category;
import dev.responsibility.core.model.DivisionLevel;
import dev.responsibility.core.model.GuaranteeRelation;
import dev.responsibility.core.model.OperatingStatus;
import dev.responsibility.core.rules.CheckCode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DataSetGeneratorTest {

  @Test
  void theSameSettingsGiveTheSameRecordsInTheSameOrder() {
    DataSetGenerator generator = DataSetGenerator.of(42, 300).asOf(LocalDate.of(2024, 8, 9)).faultRate(0.1);

    assertThat(stream(generator)).isEqualTo(stream(generator));
    assertThat(Records.of(generator.generate().dataSet()).all).isEqualTo(Records.of(generator.generate().dataSet()).all);
  }

  @Test
  void aCadreLoadSpreadsTheBusinessesOverMoreCadresAndStaysConsistent() {
    DataSetGenerator spread = DataSetGenerator.builder().seed(3).businesses(200).cadreLoad(3).build();
    GeneratedDataSet generated = spread.generate();

    Map<String, Long> load = generated.dataSet().relations().stream()
        .collect(Collectors.groupingBy(r -> r.cadre().value(), Collectors.counting()));
    assertThat(load.values()).allMatch(n -> n <= 3);
    assertThat(generated.dataSet().cadres().size())
        .isGreaterThan(2 * DataSetGenerator.of(3, 200).generate().dataSet().cadres().size());
    assertThat(generated.isConsistent()).isTrue();
    assertThat(generated.check().violations()).isEmpty();
    assertThat(spread.toString()).endsWith("at most 3 businesses a cadre");
    assertThatThrownBy(() -> DataSetGenerator.builder().cadreLoad(0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cadreLoad");
  }

  @Test
  void anotherSeedGivesAnotherDataSet() {
    assertThat(DataSetGenerator.generate(1, 50).dataSet().businesses())
        .isNotEqualTo(DataSetGenerator.generate(2, 50).dataSet().businesses());
  }

  @Test
  void streamingAndBuildingInMemoryGiveTheSameDataSet() {
    DataSetGenerator generator = DataSetGenerator.of(5, 200);

    DataSet streamed = Records.replay(stream(generator));

    assertThat(Records.of(streamed).all).isEqualTo(Records.of(generator.generate().dataSet()).all);
  }

  @Test
  void everyRecordArrivesAfterTheDivisionsBusinessesAndCadresItNames() {
    Set<String> seen = new HashSet<>();
    for (Object r : stream(DataSetGenerator.of(8, 500).faultRate(0.2))) {
      if (r instanceof dev.responsibility.core.model.Division d) {
        d.parentCode().ifPresent(p -> assertThat(seen).contains(p.value()));
        seen.add(d.code().value());
      } else if (r instanceof Business b) {
        seen.add(b.id().value());
      } else if (r instanceof Cadre c) {
        assertThat(seen).contains(c.division().value());
        seen.add(c.id().value());
      } else if (r instanceof GuaranteeRelation g) {
        assertThat(seen).contains(g.business().value());
        // A dangling relation names a cadre struck from the register, which never arrives.
        assertThat(seen.contains(g.cadre().value()) || g.cadre().value().startsWith("CX")).isTrue();
      }
    }
  }

  @Test
  void aCountyOfTenThousandIsRealisticAndConsistent() {
    GeneratedDataSet county = DataSetGenerator.builder().seed(7).businesses(10_000).year(2024).build().generate();
    DataSet ds = county.dataSet();

    assertThat(county.asOf()).isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(ds.businesses()).hasSize(10_000);
    assertThat(count(ds, DivisionLevel.TOWNSHIP)).isEqualTo(67);
    assertThat(count(ds, DivisionLevel.VILLAGE)).isBetween(67 * 10L, 67 * 20L);
    assertThat(ds.businesses().stream().map(Business::category).distinct()).containsExactlyInAnyOrder(Category.values());
    assertThat(ds.cadres().stream().map(Cadre::level).distinct()).containsExactlyInAnyOrder(CadreLevel.values());
    assertThat(ds.cadres().size()).isBetween(700, 2_000);
    assertThat(ds.supervisions().size()).isBetween(30_000, 50_000);
    assertThat(ds.problems()).isNotEmpty();
    assertThat(ds.selfChecks()).isNotEmpty();
    assertThat(ds.statusChanges()).extracting(s -> s.status()).contains(OperatingStatus.CLOSED, OperatingStatus.SUSPENDED);
    assertThat(ds.businesses()).filteredOn(Business::highRisk).hasSizeBetween(200, 2_000);
    assertThat(county.check().violations()).isEmpty();
  }

  @Test
  void aFaultRateMakesFaultsOfEveryKindAndEachYieldsItsViolations() {
    GeneratedDataSet township = DataSetGenerator.of(3, 2_000).asOf(LocalDate.of(2025, 5, 20)).faultRate(0.2).generate();

    assertThat(township.faults()).containsOnlyKeys(Fault.values());
    assertThat(township.faults().values().stream().mapToInt(Integer::intValue).sum()).isBetween(300, 500);
    assertThat(township.check().counts()).isEqualTo(township.expectedViolations());
    assertThat(township.isConsistent()).isFalse();
  }

  @Test
  void aWholeRunOfFaultsStillBuilds() {
    GeneratedDataSet all = DataSetGenerator.of(4, 300).faultRate(1).generate();

    Map<CheckCode, Integer> expected = all.expectedViolations();
    assertThat(all.check().counts()).isEqualTo(expected);
  }

  @Test
  void aYearAloneMeansItsLastDayAndADayAloneItsYear() {
    assertThat(DataSetGenerator.builder().build().asOf()).isEqualTo(LocalDate.of(DataSetGenerator.DEFAULT_YEAR, 12, 31));
    assertThat(DataSetGenerator.builder().year(2026).build().asOf()).isEqualTo(LocalDate.of(2026, 12, 31));
    DataSetGenerator onADay = DataSetGenerator.builder().asOf(LocalDate.of(2025, 4, 15)).build();
    assertThat(onADay.year()).isEqualTo(2025);
    assertThat(onADay.generate().year()).isEqualTo(2025);
    assertThat(DataSetGenerator.builder().year(2025).asOf(LocalDate.of(2025, 1, 1)).build().asOf())
        .isEqualTo(LocalDate.of(2025, 1, 1));
  }

  @Test
  void refusesSettingsOutOfRange() {
    assertThatThrownBy(() -> DataSetGenerator.of(1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DataSetGenerator.of(1, DataSetGenerator.MAX_BUSINESSES + 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DataSetGenerator.of(1, 10).faultRate(1.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DataSetGenerator.of(1, 10).faultRate(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DataSetGenerator.builder().year(2024).asOf(LocalDate.of(2025, 1, 1)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2025-01-01");
  }

  @Test
  void aHundredBusinessesAreConsistentOnEveryDayOfAYear() {
    // Every day of the seed township's plan year, each quarter's window and deadline included.
    Map<CheckCode, Integer> found = new EnumMap<>(CheckCode.class);
    for (LocalDate day = LocalDate.of(2023, 1, 1); day.getYear() == 2023; day = day.plusDays(1)) {
      DataSetGenerator.of(day.getDayOfYear(), 100).asOf(day).generate().check().violations()
          .forEach(v -> found.merge(v.code(), 1, Integer::sum));
    }
    assertThat(found).isEmpty();
  }

  private static java.util.List<Object> stream(DataSetGenerator generator) {
    Records records = new Records();
    generator.writeTo(records);
    return records.all;
  }

  private static long count(DataSet ds, DivisionLevel level) {
    return ds.divisions().stream().filter(d -> d.level() == level).collect(Collectors.counting());
  }
}

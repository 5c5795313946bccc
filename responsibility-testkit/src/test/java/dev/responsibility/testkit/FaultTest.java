package dev.responsibility.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.responsibility.core.dataset.DataSet;
import dev.responsibility.core.rules.CheckCode;
import dev.responsibility.core.rules.Violation;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class FaultTest {

  private static final LocalDate[] DAYS = {
      LocalDate.of(2023, 1, 1), LocalDate.of(2023, 3, 31), LocalDate.of(2023, 4, 1), LocalDate.of(2023, 11, 30),
      LocalDate.of(2023, 12, 1), LocalDate.of(2024, 2, 29), LocalDate.of(2025, 4, 15), LocalDate.of(2026, 12, 31)};

  @ParameterizedTest
  @EnumSource(Fault.class)
  void yieldsExactlyItsViolationsOnDaysAroundDeadlines(Fault fault) {
    for (LocalDate day : DAYS) {
      GeneratedDataSet township = DataSetGenerator.of(day.toEpochDay(), 40).asOf(day).generate();

      GeneratedDataSet faulty = fault.injectInto(township, 17);

      assertThat(faulty.check().violations()).as("%s", faulty).extracting(Violation::code)
          .containsOnly(fault.code()).hasSize(fault.expectedViolations());
      assertThat(faulty.origin()).endsWith("+ " + fault + " (seed 17)");
    }
  }

  @Test
  void thereIsOneFaultForEachCheck() {
    assertThat(Arrays.stream(Fault.values()).map(Fault::code)).containsExactly(CheckCode.values());
    for (CheckCode code : CheckCode.values()) {
      assertThat(Fault.of(code).code()).isEqualTo(code);
    }
  }

  @Test
  void onlyASharedCreditCodeCountsTwice() {
    assertThat(Arrays.stream(Fault.values()).filter(f -> f.expectedViolations() != 1))
        .containsExactly(Fault.DUPLICATE_CREDIT_CODE);
    assertThat(Fault.DUPLICATE_CREDIT_CODE.expectedViolations()).isEqualTo(2);
  }

  @Test
  void noFaultCanBeMadeInAnEmptyDataSet() {
    GeneratedDataSet empty = new GeneratedDataSet(DataSet.empty(), LocalDate.of(2024, 6, 1), Map.of(), "empty");

    for (Fault fault : Fault.values()) {
      assertThat(fault.canInjectInto(empty)).as("%s", fault).isFalse();
      assertThatThrownBy(() -> fault.injectInto(empty, 1)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(fault.name());
    }
  }

  @Test
  void injectionsAccumulateInTheCountOfFaults() {
    GeneratedDataSet township = DataSetGenerator.generate(9, 50);

    GeneratedDataSet twice = Fault.DANGLING_RELATION.injectInto(Fault.DANGLING_RELATION.injectInto(township, 1), 2);

    assertThat(twice.faults()).containsExactly(Map.entry(Fault.DANGLING_RELATION, 2));
    assertThat(twice.check().count(CheckCode.DANGLING_RELATION)).isEqualTo(2);
    assertThat(twice.expectedViolations()).containsEntry(CheckCode.DANGLING_RELATION, 2);
  }
}

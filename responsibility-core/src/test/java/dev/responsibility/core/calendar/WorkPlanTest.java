package dev.responsibility.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.responsibility.core.model.InvalidRecordException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkPlanTest {

  @Test
  void theShippedDefaultIsTheSeedPlan() {
    WorkPlan plan = WorkPlans.defaults().forYear(2023);
    assertThat(plan.quarters()).extracting(QuarterPlan::due, QuarterPlan::entryDeadline).containsExactly(
        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2023, 3, 30), LocalDate.of(2023, 3, 31)),
        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2023, 6, 30), LocalDate.of(2023, 6, 30)),
        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2023, 9, 30), LocalDate.of(2023, 9, 30)),
        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2023, 11, 30), LocalDate.of(2023, 11, 30)));
    assertThat(plan.commitmentRenewalDue()).contains(LocalDate.of(2023, 10, 30));
    assertThat(plan.milestones()).extracting(Milestone::due).contains(LocalDate.of(2023, 3, 15), LocalDate.of(2023, 12, 15));
  }

  @Test
  void theFourthQuarterWindowOfTheSeedEndsOn30November() {
    EntryWindow q4 = WorkPlans.defaults().forYear(2023).window(4);
    assertThat(q4.first()).isEqualTo(LocalDate.of(2023, 10, 1));
    assertThat(q4.last()).isEqualTo(LocalDate.of(2023, 11, 30));
    assertThat(q4.contains(LocalDate.of(2023, 12, 1))).isFalse();
  }

  @Test
  void aWindowEndsAtTheQuarterEndWhenTheDeadlineIsLater() {
    WorkPlan plan = WorkPlan.quarterEnds(2024).withQuarters(
        new QuarterPlan(1, LocalDate.of(2024, 3, 31), LocalDate.of(2024, 4, 5)),
        new QuarterPlan(2, LocalDate.of(2024, 6, 30), LocalDate.of(2024, 6, 30)),
        new QuarterPlan(3, LocalDate.of(2024, 9, 30), LocalDate.of(2024, 9, 30)),
        new QuarterPlan(4, LocalDate.of(2024, 12, 31), LocalDate.of(2024, 12, 31)));
    assertThat(plan.window(1).last()).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(plan.window(1).entryDeadline()).isEqualTo(LocalDate.of(2024, 4, 5));
  }

  @Test
  void aYearWithoutAPlanUsesQuarterEnds() {
    WorkPlans plans = WorkPlans.defaults();
    assertThat(plans.hasPlanFor(2024)).isFalse();
    assertThat(plans.entryDeadlineOf(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(plans.entryDeadlineOf(LocalDate.of(2024, 11, 2))).isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(plans.entryDeadlineOf(LocalDate.of(2023, 12, 31))).isEqualTo(LocalDate.of(2023, 11, 30));
  }

  @Test
  void aPlanOfTheDataSetReplacesTheDefaultForItsYear() {
    WorkPlans plans = WorkPlans.defaults().with(WorkPlan.quarterEnds(2023));
    assertThat(plans.entryDeadlineOf(LocalDate.of(2023, 2, 1))).isEqualTo(LocalDate.of(2023, 3, 31));
    assertThat(plans.entryDeadlineOf(LocalDate.of(2023, 10, 1))).isEqualTo(LocalDate.of(2023, 12, 31));
  }

  @Test
  void malformedPlansAreRefused() {
    assertThatThrownBy(() -> new QuarterPlan(1, LocalDate.of(2023, 3, 31), LocalDate.of(2023, 3, 30)))
        .isInstanceOf(InvalidRecordException.class).hasMessageContaining("entryDeadline");
    assertThatThrownBy(() -> new QuarterPlan(5, LocalDate.of(2023, 3, 31), LocalDate.of(2023, 3, 31)))
        .isInstanceOf(InvalidRecordException.class);
    assertThatThrownBy(() -> WorkPlan.builder().year(2023)
            .addQuarters(new QuarterPlan(1, LocalDate.of(2023, 3, 31), LocalDate.of(2023, 3, 31))).build())
        .isInstanceOf(InvalidRecordException.class).hasMessageContaining("four quarters");
    QuarterPlan q = new QuarterPlan(2, LocalDate.of(2023, 6, 30), LocalDate.of(2023, 6, 30));
    assertThatThrownBy(() -> WorkPlan.builder().year(2023).addQuarters(q, q, q, q).build())
        .isInstanceOf(InvalidRecordException.class).hasMessageContaining("in order");
  }
}

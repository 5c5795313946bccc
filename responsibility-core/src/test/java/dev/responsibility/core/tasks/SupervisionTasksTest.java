package dev.responsibility.core.tasks;

import static dev.responsibility.core.Township.DAY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.responsibility.core.Responsibility;
import dev.responsibility.core.Township;
import dev.responsibility.core.model.BusinessId;
import dev.responsibility.core.model.CadreId;
import dev.responsibility.core.model.Problem;
import dev.responsibility.core.model.ProblemId;
import dev.responsibility.core.model.RelationId;
import dev.responsibility.core.model.SupervisionId;
import dev.responsibility.core.policy.Policy;
import dev.responsibility.core.model.Grade;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SupervisionTasksTest {

  private final Township t = new Township();

  private SupervisionTask onlyTask(LocalDate asOf, int quarter) {
    var tasks = Responsibility.of(t.dataSet()).tasks().owed(asOf, quarter, Optional.empty());
    assertThat(tasks).hasSize(1);
    return tasks.get(0);
  }

  @Test
  void aTaskWithAnEntryIsDone() {
    SupervisionTask task = onlyTask(DAY, 2);
    assertThat(task.state()).isEqualTo(TaskState.DONE);
    assertThat(task.relation()).isEqualTo(RelationId.of("r1"));
    assertThat(task.done()).isEqualTo(1);
    assertThat(task.required()).isEqualTo(1);
    assertThat(task.window().entryDeadline()).isEqualTo(LocalDate.of(2023, 6, 30));
  }

  @Test
  void anUndoneTaskIsOpenThenAtRiskThenMissed() {
    t.supervision = null;
    // 2023-06-30 (Friday) is Q2's deadline: 06-22..24 are the Dragon Boat holiday and 06-25 a make-up working day.
    assertThat(onlyTask(LocalDate.of(2023, 6, 1), 2).state()).isEqualTo(TaskState.OPEN);
    assertThat(onlyTask(LocalDate.of(2023, 6, 21), 2).state()).isEqualTo(TaskState.OPEN);
    assertThat(onlyTask(LocalDate.of(2023, 6, 25), 2).state()).isEqualTo(TaskState.AT_RISK);
    assertThat(onlyTask(LocalDate.of(2023, 6, 30), 2).state()).isEqualTo(TaskState.AT_RISK);
    assertThat(onlyTask(LocalDate.of(2023, 7, 1), 2).state()).isEqualTo(TaskState.MISSED);
  }

  @Test
  void theLastSafeDayOfTheSeedsThirdQuarterIsTheWorkingDayBeforeTheHoliday() {
    t.supervision = null;
    assertThat(onlyTask(LocalDate.of(2023, 9, 1), 3).lastSafeDay()).isEqualTo(LocalDate.of(2023, 9, 28));
  }

  @Test
  void tasksAgreeWithTheSupervisionCompletionMetric() {
    t.extra.add(t.relation.withId(RelationId.of("r2")).withCadre(CadreId.of("c2")));
    var r = Responsibility.of(t.dataSet());
    var tasks = r.tasks().owed(DAY, 2, Optional.empty());
    var metric = r.metrics().evaluate(dev.responsibility.core.metrics.MetricQuery.asOf(DAY).withQuarter(2))
        .value(dev.responsibility.core.metrics.Metric.SUPERVISION_COMPLETION).orElseThrow();
    assertThat(tasks).hasSize((int) metric.denominator());
    assertThat(tasks.stream().filter(x -> x.state() == TaskState.DONE).count()).isEqualTo(metric.numerator());
  }

  @Test
  void aPolicyOfTwoVisitsAQuarterForGradeCNeedsTwo() {
    EnumMap<Grade, Integer> perQuarter = new EnumMap<>(Grade.class);
    for (Grade g : Grade.values()) {
      perQuarter.put(g, g == Grade.C ? 2 : 1);
    }
    t.extra.add(t.supervision.withId(SupervisionId.of("v2")).withVisitDate(LocalDate.of(2023, 6, 1))
        .withEnteredAt(OffsetDateTime.of(2023, 6, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8))));
    var strict = Responsibility.of(t.dataSet()).withPolicy(Policy.builder().supervisionsPerQuarter(perQuarter).build());
    assertThat(strict.tasks().owed(LocalDate.of(2023, 5, 31), 2, Optional.empty()).get(0).state()).isEqualTo(TaskState.OPEN);
    SupervisionTask done = strict.tasks().owed(LocalDate.of(2023, 6, 1), 2, Optional.empty()).get(0);
    assertThat(done.state()).isEqualTo(TaskState.DONE);
    assertThat(done.done()).isEqualTo(2);
  }

  @Test
  void aCadreKnowsWhomTheyGuaranteeWhatTheyOweAndWhatIsOpen() {
    t.supervision = null;
    CadreDuties duties = Responsibility.of(t.dataSet()).tasks().dutiesOf(CadreId.of("c1"), DAY).orElseThrow();
    assertThat(duties.businesses()).extracting(b -> b.id().value()).containsExactly("b1");
    assertThat(duties.duties()).containsExactly(GuarantorDuty.values());
    assertThat(duties.openTasks()).extracting(SupervisionTask::state).containsExactly(TaskState.OPEN);
    assertThat(Responsibility.of(t.dataSet()).tasks().dutiesOf(CadreId.of("nobody"), DAY)).isEmpty();
  }

  @Test
  void aBusinessKnowsItsCadreItsVisitsAndItsOpenProblems() {
    t.extra.add(Problem.builder().id(ProblemId.of("p1")).business(BusinessId.of("b1")).foundOn(LocalDate.of(2023, 5, 10)).build());
    t.extra.add(Problem.builder().id(ProblemId.of("p2")).business(BusinessId.of("b1")).foundOn(LocalDate.of(2023, 5, 10))
        .closedOn(LocalDate.of(2023, 5, 20)).build());
    t.extra.add(t.supervision.withId(SupervisionId.of("v0")).withVisitDate(LocalDate.of(2023, 2, 1))
        .withEnteredAt(OffsetDateTime.of(2023, 2, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8))));
    t.extra.add(t.supervision.withId(SupervisionId.of("v9")).withVisitDate(LocalDate.of(2023, 7, 1))
        .withEnteredAt(OffsetDateTime.of(2023, 7, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8))));
    BusinessFollowUp followUp = Responsibility.of(t.dataSet()).tasks().followUpOf(BusinessId.of("b1"), DAY).orElseThrow();
    assertThat(followUp.guarantors()).containsExactly(CadreId.of("c1"));
    assertThat(followUp.visits()).extracting(s -> s.id().value()).containsExactly("v0", "v1");
    assertThat(followUp.openProblems()).extracting(p -> p.id().value()).containsExactly("p1");
  }

  @Test
  void tasksAreScopedByTheBusinessesDivision() {
    var board = Responsibility.of(t.dataSet()).tasks();
    assertThat(board.owed(DAY, 2, Optional.of(Township.TOWNSHIP))).hasSize(1);
    assertThat(board.owed(DAY, 2, Optional.of(Township.OTHER_TOWNSHIP))).isEmpty();
    assertThat(board.ofBusiness(BusinessId.of("b1"), DAY, 2)).hasSize(1);
    assertThat(board.ofCadre(CadreId.of("nobody"), DAY, 2)).isEmpty();
  }
}

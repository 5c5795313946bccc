package dev.responsibility.core.chain;

import static dev.responsibility.core.Township.DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.responsibility.core.Responsibility;
import dev.responsibility.core.Township;
import dev.responsibility.core.model.BusinessId;
import dev.responsibility.core.model.CadreId;
import dev.responsibility.core.model.DivisionCode;
import dev.responsibility.core.model.InvalidTransitionException;
import dev.responsibility.core.model.ProblemId;
import dev.responsibility.core.model.SupervisionId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProblemCaseTest {

  private final Township t = new Township();

  private ResponsibilityChain chain() {
    return Responsibility.of(t.dataSet()).chainOf(BusinessId.of("b1"), DAY).orElseThrow();
  }

  private ProblemCase found() {
    return ProblemCase.found(ProblemId.of("p1"), BusinessId.of("b1"), Optional.of(SupervisionId.of("v1")), CadreId.of("c1"), DAY);
  }

  @Test
  void runsFromFoundToClosedWithADatedPartyAtEachStep() {
    ProblemCase closed = found().referTo(chain(), DAY).rectified(DAY.plusDays(5)).closedOut(DAY.plusDays(6));
    assertThat(closed.stage()).isEqualTo(ProblemStage.CLOSED);
    assertThat(closed.steps()).extracting(HandOffStep::party).containsExactly(
        PartyKind.TERRITORIAL, PartyKind.REGULATORY, PartyKind.ENTERPRISE, PartyKind.REGULATORY);
    assertThat(closed.steps()).extracting(HandOffStep::responsible).containsExactly(
        "c1", Township.TOWNSHIP.value(), "b1", Township.TOWNSHIP.value());
    var problem = closed.toProblem();
    assertThat(problem.referredOn()).contains(DAY);
    assertThat(problem.closedOn()).contains(DAY.plusDays(6));
    assertThat(problem.supervision()).contains(SupervisionId.of("v1"));
  }

  @Test
  void refusesSkippedStepsAndBackwardDaysAndKeepsTheCaseAsItWas() {
    ProblemCase found = found();
    assertThatThrownBy(() -> found.closedOut(DAY)).isInstanceOf(InvalidTransitionException.class)
        .hasMessageContaining("FOUND").hasMessageContaining("CLOSED");
    assertThatThrownBy(() -> found.rectified(DAY)).isInstanceOf(InvalidTransitionException.class);
    ProblemCase referred = found.referTo(chain(), DAY.plusDays(1));
    assertThatThrownBy(() -> referred.rectified(DAY)).isInstanceOf(InvalidTransitionException.class)
        .hasMessageContaining("before REFERRED");
    assertThatThrownBy(() -> referred.referTo(chain(), DAY.plusDays(2))).isInstanceOf(InvalidTransitionException.class);
    assertThat(found.steps()).hasSize(1);
    assertThat(referred.steps()).hasSize(2);
  }

  @Test
  void aStoredProblemContinuesItsHandOffAndOneThatSkippedAStepCannot() {
    var stored = dev.responsibility.core.model.Problem.builder().id(ProblemId.of("p9")).business(BusinessId.of("b1"))
        .foundOn(DAY).referredOn(DAY.plusDays(1)).build();
    ProblemCase resumed = ProblemCase.from(stored, CadreId.of("c1"), chain());
    assertThat(resumed.stage()).isEqualTo(ProblemStage.REFERRED);
    assertThat(resumed.rectified(DAY.plusDays(3)).closedOut(DAY.plusDays(4)).toProblem().closedOn()).contains(DAY.plusDays(4));
    var skipped = stored.withReferredOn(java.util.Optional.empty()).withClosedOn(DAY.plusDays(2));
    assertThatThrownBy(() -> ProblemCase.from(skipped, CadreId.of("c1"), chain())).isInstanceOf(InvalidTransitionException.class);
  }

  @Test
  void aBusinessWithoutAKnownTownshipCannotBeReferred() {
    t.business = t.business.withDivision(DivisionCode.of("999999999999"));
    assertThatThrownBy(() -> found().referTo(chain(), DAY)).isInstanceOf(InvalidTransitionException.class)
        .hasMessageContaining("no township regulator");
  }

  @Test
  void aProblemIsReferredOnlyAlongItsOwnBusinesssChain() {
    ProblemCase other = ProblemCase.found(ProblemId.of("p2"), BusinessId.of("b2"), Optional.empty(), CadreId.of("c1"), DAY);
    assertThatThrownBy(() -> other.referTo(chain(), DAY)).isInstanceOf(InvalidTransitionException.class);
  }
}

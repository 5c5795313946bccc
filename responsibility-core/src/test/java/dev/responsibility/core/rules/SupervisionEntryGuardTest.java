package dev.responsibility.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responsibility.core.Township;
import dev.responsibility.core.calendar.WorkPlans;
import dev.responsibility.core.model.CadreId;
import dev.responsibility.core.model.ImmutableSupervision;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SupervisionEntryGuardTest {

  private static final ZoneOffset CST = ZoneOffset.ofHours(8);
  private final Township t = new Township();

  private SupervisionEntryGuard guard(OffsetDateTime now, SupervisionEntryGuard.OnProblem onProblem) {
    return SupervisionEntryGuard.of(t.dataSet(), WorkPlans.defaults(), onProblem, Clock.fixed(now.toInstant(), CST));
  }

  private ImmutableSupervision enteredAt(LocalDate visit, OffsetDateTime entered) {
    return t.supervision.withVisitDate(visit).withEnteredAt(entered);
  }

  @Test
  void acceptsAnEntryMadeNowInsideItsWindow() {
    OffsetDateTime now = OffsetDateTime.of(2023, 3, 31, 20, 0, 0, 0, CST);
    assertThat(guard(now, SupervisionEntryGuard.OnProblem.REFUSE).checkNew(enteredAt(LocalDate.of(2023, 3, 28), now)))
        .isInstanceOf(EntryDecision.Accepted.class);
  }

  @Test
  void refusesOrFlagsAnEntryAfterTheQuartersDeadline() {
    OffsetDateTime now = OffsetDateTime.of(2023, 4, 1, 8, 0, 0, 0, CST);
    var late = enteredAt(LocalDate.of(2023, 3, 28), now);
    assertThat(guard(now, SupervisionEntryGuard.OnProblem.REFUSE).checkNew(late))
        .isEqualTo(new EntryDecision.Refused(java.util.List.of(EntryProblem.LATE_ENTRY)));
    assertThat(guard(now, SupervisionEntryGuard.OnProblem.FLAG).checkNew(late))
        .isEqualTo(new EntryDecision.Flagged(java.util.List.of(EntryProblem.LATE_ENTRY)));
  }

  @Test
  void aBackDatedEntryTimeIsCaught() {
    OffsetDateTime now = OffsetDateTime.of(2023, 4, 2, 9, 0, 0, 0, CST);
    var backDated = enteredAt(LocalDate.of(2023, 3, 28), OffsetDateTime.of(2023, 3, 31, 9, 0, 0, 0, CST));
    assertThat(guard(now, SupervisionEntryGuard.OnProblem.REFUSE).checkNew(backDated).problems())
        .containsExactly(EntryProblem.LATE_ENTRY, EntryProblem.ENTRY_TIME_MISMATCH);
  }

  @Test
  void catchesEntriesBeforeTheVisitAndOffTheRelation() {
    OffsetDateTime now = OffsetDateTime.of(2023, 5, 9, 9, 0, 0, 0, CST);
    var early = enteredAt(LocalDate.of(2023, 5, 10), now).withCadre(CadreId.of("c9"));
    assertThat(guard(now, SupervisionEntryGuard.OnProblem.REFUSE).checkNew(early).problems())
        .containsExactly(EntryProblem.ENTERED_BEFORE_VISIT, EntryProblem.OUT_OF_PERIOD);
  }

  @Test
  void aChangeToAClosedQuarterIsRefused() {
    OffsetDateTime now = OffsetDateTime.of(2023, 7, 3, 9, 0, 0, 0, CST);
    var stored = t.supervision;
    var changed = stored.withMode(dev.responsibility.core.model.SupervisionMode.VIDEO).withEnteredAt(now);
    assertThat(guard(now, SupervisionEntryGuard.OnProblem.REFUSE).checkChange(stored, changed).problems())
        .contains(EntryProblem.QUARTER_CLOSED);
    OffsetDateTime inQuarter = OffsetDateTime.of(2023, 6, 1, 9, 0, 0, 0, CST);
    assertThat(guard(inQuarter, SupervisionEntryGuard.OnProblem.REFUSE).checkChange(stored, changed.withEnteredAt(inQuarter)))
        .isInstanceOf(EntryDecision.Accepted.class);
  }
}

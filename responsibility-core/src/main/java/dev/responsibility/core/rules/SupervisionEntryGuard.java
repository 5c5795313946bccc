package dev.responsibility.core.rules;

import dev.responsibility.core.calendar.WorkPlans;
import dev.responsibility.core.dataset.DataSet;
import dev.responsibility.core.model.ChinaTime;
import dev.responsibility.core.model.Supervision;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Guards live writes of supervision records (R14, R15): a write after its quarter's deadline, one
 * dated before its visit or outside its relation, one whose entry time does not fall on the day
 * it is written (UTC+8), or a change to a closed quarter is refused or flagged by policy, never
 * silently accepted. A change is a new entry: it must carry {@code enteredAt} of the moment it is
 * written. Imports store facts as given and do not pass through here. Immutable and thread-safe.
 */
public final class SupervisionEntryGuard {

  /** What to do with a write that has a problem. */
  public enum OnProblem {
    /** Refuse it. */
    REFUSE,
    /** Store it, flagged for review. */
    FLAG
  }

  private final DataSet dataSet;
  private final WorkPlans workPlans;
  private final OnProblem onProblem;
  private final Clock clock;

  private SupervisionEntryGuard(DataSet dataSet, WorkPlans workPlans, OnProblem onProblem, Clock clock) {
    this.dataSet = Objects.requireNonNull(dataSet, "dataSet");
    this.workPlans = Objects.requireNonNull(workPlans, "workPlans");
    this.onProblem = Objects.requireNonNull(onProblem, "onProblem");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * @param dataSet the data set the write goes into (for the relations), not null
   * @param workPlans the work plans (entry deadlines), not null
   * @param onProblem refuse or flag, not null
   * @param clock the clock that says when "now" is, not null
   * @return the guard
   */
  public static SupervisionEntryGuard of(DataSet dataSet, WorkPlans workPlans, OnProblem onProblem, Clock clock) {
    return new SupervisionEntryGuard(dataSet, workPlans, onProblem, clock);
  }

  /**
   * A new supervision record, written now.
   *
   * @param entry the record, not null
   * @return the decision
   */
  public EntryDecision checkNew(Supervision entry) {
    Set<EntryProblem> problems = EnumSet.noneOf(EntryProblem.class);
    LocalDate today = ChinaTime.dayOf(OffsetDateTime.now(clock));
    if (!entry.entryDay().equals(today)) {
      problems.add(EntryProblem.ENTRY_TIME_MISMATCH);
    }
    if (today.isAfter(workPlans.entryDeadlineOf(entry.visitDate()))) {
      problems.add(EntryProblem.LATE_ENTRY);
    }
    if (entry.entryDay().isBefore(entry.visitDate())) {
      problems.add(EntryProblem.ENTERED_BEFORE_VISIT);
    }
    boolean onRelation = dataSet.relationsOf(entry.business()).stream()
        .anyMatch(r -> r.cadre().equals(entry.cadre()) && r.isActiveOn(entry.visitDate()));
    if (!onRelation) {
      problems.add(EntryProblem.OUT_OF_PERIOD);
    }
    return decide(problems);
  }

  /**
   * A change to a stored supervision record, written now: refused or flagged once the quarter of
   * the stored visit has closed, and checked as a new entry otherwise.
   *
   * @param stored the record as stored, not null
   * @param changed the record as changed, not null
   * @return the decision
   */
  public EntryDecision checkChange(Supervision stored, Supervision changed) {
    LocalDate today = ChinaTime.dayOf(OffsetDateTime.now(clock));
    if (today.isAfter(workPlans.entryDeadlineOf(stored.visitDate()))) {
      Set<EntryProblem> problems = EnumSet.of(EntryProblem.QUARTER_CLOSED);
      problems.addAll(checkNew(changed).problems());
      return decide(problems);
    }
    return checkNew(changed);
  }

  private EntryDecision decide(Set<EntryProblem> problems) {
    if (problems.isEmpty()) {
      return new EntryDecision.Accepted();
    }
    List<EntryProblem> found = List.copyOf(problems);
    return onProblem == OnProblem.REFUSE ? new EntryDecision.Refused(found) : new EntryDecision.Flagged(found);
  }
}

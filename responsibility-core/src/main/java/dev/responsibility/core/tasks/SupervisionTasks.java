package dev.responsibility.core.tasks;

import dev.responsibility.core.calendar.EntryWindow;
import dev.responsibility.core.calendar.WorkPlans;
import dev.responsibility.core.calendar.WorkingDayCalendar;
import dev.responsibility.core.dataset.DataSet;
import dev.responsibility.core.internal.Index;
import dev.responsibility.core.internal.TaskRule;
import dev.responsibility.core.model.BusinessId;
import dev.responsibility.core.model.CadreId;
import dev.responsibility.core.model.DivisionCode;
import dev.responsibility.core.model.GuaranteeRelation;
import dev.responsibility.core.model.MissingScheduleException;
import dev.responsibility.core.model.Supervision;
import dev.responsibility.core.policy.Policy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * The supervision tasks of a quarter as of a day: owed and done exactly as the
 * {@code supervision-completion} metric counts them, with a state for each. Immutable and
 * thread-safe.
 */
public final class SupervisionTasks {

  private final DataSet dataSet;
  private final Index ix;
  private final Policy policy;
  private final WorkPlans workPlans;
  private final WorkingDayCalendar calendar;

  private SupervisionTasks(DataSet dataSet, Policy policy, WorkPlans workPlans, WorkingDayCalendar calendar) {
    this.dataSet = Objects.requireNonNull(dataSet, "dataSet");
    this.ix = dataSet.index();
    this.policy = Objects.requireNonNull(policy, "policy");
    this.workPlans = Objects.requireNonNull(workPlans, "workPlans");
    this.calendar = Objects.requireNonNull(calendar, "calendar");
  }

  /**
   * @param dataSet the data set, not null
   * @param policy the policy (frequency per grade, on-site rule, at-risk margin), not null
   * @param workPlans the work plans, not null
   * @param calendar the working-day calendar (for "at risk" and the last safe day), not null
   * @return the task board
   */
  public static SupervisionTasks of(DataSet dataSet, Policy policy, WorkPlans workPlans, WorkingDayCalendar calendar) {
    return new SupervisionTasks(dataSet, policy, workPlans, calendar);
  }

  /**
   * @param asOf the day, not null
   * @param quarter 1 to 4, of {@code asOf}'s year
   * @param scope a division (the tasks of businesses at or below it), or empty for all
   * @return every task owed, by relation id
   * @throws dev.responsibility.core.model.UnknownScopeException if the scope is not a division of the data set
   * @throws MissingScheduleException if the calendar has no schedule for the deadline's year
   */
  public List<SupervisionTask> owed(LocalDate asOf, int quarter, Optional<DivisionCode> scope) {
    IntPredicate inScope = scope.map(code -> {
      int s = ix.scopeKey(code.value());
      return (IntPredicate) r -> ix.isAtOrBelow(ix.businessDivision[ix.relationBusiness[r]], s);
    }).orElse(r -> true);
    return collect(asOf, quarter, inScope, allRelations());
  }

  /**
   * @param cadre a cadre id, not null
   * @param asOf the day, not null
   * @param quarter 1 to 4, of {@code asOf}'s year
   * @return the tasks the cadre's relations owe, by relation id
   */
  public List<SupervisionTask> ofCadre(CadreId cadre, LocalDate asOf, int quarter) {
    int c = ix.cadres.keyOf(cadre.value());
    return c < 0 ? List.of() : collect(asOf, quarter, r -> true, rows(ix.relationsByCadre, c));
  }

  /**
   * @param business a business id, not null
   * @param asOf the day, not null
   * @param quarter 1 to 4, of {@code asOf}'s year
   * @return the tasks the business's relations owe, by relation id
   */
  public List<SupervisionTask> ofBusiness(BusinessId business, LocalDate asOf, int quarter) {
    int b = ix.businesses.keyOf(business.value());
    return b < 0 ? List.of() : collect(asOf, quarter, r -> true, rows(ix.relationsByBusiness, b));
  }

  /**
   * "双四知" for a cadre: whom they guarantee, what they owe, what is still open this quarter.
   *
   * @param cadre a cadre id, not null
   * @param asOf the day, not null
   * @return the answer, empty when the data set has no such cadre
   */
  public Optional<CadreDuties> dutiesOf(CadreId cadre, LocalDate asOf) {
    return dataSet.cadre(cadre).map(c -> new CadreDuties(c, asOf,
        dataSet.relationsOf(cadre).stream()
            .filter(r -> r.isActiveOn(asOf))
            .map(r -> dataSet.business(r.business()))
            .flatMap(Optional::stream)
            .toList(),
        List.of(GuarantorDuty.values()),
        ofCadre(cadre, asOf, quarterOf(asOf)).stream().filter(t -> t.state() != TaskState.DONE).toList()));
  }

  /**
   * "一跟进" for a business: its cadre, every visit entered so far, its open problems.
   *
   * @param business a business id, not null
   * @param asOf the day, not null
   * @return the answer, empty when the data set has no such business
   */
  public Optional<BusinessFollowUp> followUpOf(BusinessId business, LocalDate asOf) {
    return dataSet.business(business).map(b -> new BusinessFollowUp(b, asOf,
        dataSet.relationsOf(business).stream().filter(r -> r.isActiveOn(asOf)).map(GuaranteeRelation::cadre).toList(),
        dataSet.supervisionsOf(business).stream()
            .filter(s -> !s.entryDay().isAfter(asOf))
            .sorted(java.util.Comparator.comparing(Supervision::visitDate).thenComparing(Supervision::id))
            .toList(),
        dataSet.problemsOf(business).stream()
            .filter(p -> !p.foundOn().isAfter(asOf) && !p.isClosedBy(asOf))
            .toList()));
  }

  private static int quarterOf(LocalDate day) {
    return (day.getMonthValue() + 2) / 3;
  }

  private int[] allRelations() {
    return java.util.stream.IntStream.range(0, ix.relationBusiness.length).toArray();
  }

  private static int[] rows(dev.responsibility.core.internal.Rows rows, int owner) {
    int[] items = new int[rows.count(owner)];
    for (int p = rows.from(owner); p < rows.to(owner); p++) {
      items[p - rows.from(owner)] = rows.item(p);
    }
    return items;
  }

  private List<SupervisionTask> collect(LocalDate asOf, int quarter, IntPredicate inScope, int[] relations) {
    TaskRule rule = TaskRule.of(workPlans, policy, asOf, quarter);
    EntryWindow window = rule.window();
    LocalDate lastSafeDay = calendar.lastWorkingDayOnOrBefore(window.entryDeadline());
    // Every task of the call shares the day and the deadline: the undone state is computed once.
    TaskState undone = state(false, asOf, window.entryDeadline());
    List<SupervisionTask> tasks = new ArrayList<>();
    for (int r : relations) {
      int b = ix.relationBusiness[r];
      if (!ix.businesses.isKnown(b) || !rule.isOwed(ix.relationFrom[r], ix.relationTo[r]) || !inScope.test(r)) {
        continue;
      }
      int required = rule.needed(ix.grade[b]);
      int done = rule.doneCount(ix, r);
      GuaranteeRelation relation = dataSet.relations().get(r);
      tasks.add(new SupervisionTask(relation.id(), relation.cadre(), relation.business(), window, lastSafeDay,
          required, done, done >= required ? TaskState.DONE : undone));
    }
    return tasks;
  }

  private TaskState state(boolean done, LocalDate asOf, LocalDate deadline) {
    if (done) {
      return TaskState.DONE;
    }
    if (asOf.isAfter(deadline)) {
      return TaskState.MISSED;
    }
    return calendar.workingDaysBetween(asOf, deadline) <= policy.atRiskWorkingDays() ? TaskState.AT_RISK : TaskState.OPEN;
  }
}

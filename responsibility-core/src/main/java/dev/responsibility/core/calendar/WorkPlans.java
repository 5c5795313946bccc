package dev.responsibility.core.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The work plans in force, by year. A year without a plan of its own falls back to {@link
 * WorkPlan#quarterEnds(int)}. Immutable and thread-safe; {@link #with(WorkPlan)} returns a new
 * registry.
 */
public final class WorkPlans {

  private static final WorkPlans DEFAULTS = new WorkPlans(Map.of()).with(seed2023());

  private final Map<Integer, WorkPlan> byYear;

  private WorkPlans(Map<Integer, WorkPlan> byYear) {
    this.byYear = Map.copyOf(byYear);
  }

  /** @return the shipped registry: the seed township's 2023 plan, quarter ends elsewhere */
  public static WorkPlans defaults() {
    return DEFAULTS;
  }

  /** @return a registry with no plans: quarter ends for every year */
  public static WorkPlans none() {
    return new WorkPlans(Map.of());
  }

  /**
   * @param plan a plan, not null; it replaces any plan of the same year
   * @return a new registry with the plan
   */
  public WorkPlans with(WorkPlan plan) {
    Map<Integer, WorkPlan> next = new TreeMap<>(byYear);
    next.put(plan.year(), Objects.requireNonNull(plan, "plan"));
    return new WorkPlans(next);
  }

  /**
   * @param plans plans, not null; each replaces any plan of the same year
   * @return a new registry with the plans
   */
  public WorkPlans withAll(Collection<WorkPlan> plans) {
    WorkPlans result = this;
    for (WorkPlan plan : plans) {
      result = result.with(plan);
    }
    return result;
  }

  /**
   * @param year a year
   * @return the year's own plan, or quarter ends when it has none
   */
  public WorkPlan forYear(int year) {
    WorkPlan plan = byYear.get(year);
    return plan != null ? plan : WorkPlan.quarterEnds(year);
  }

  /**
   * @param year a year
   * @return whether the year has a plan of its own
   */
  public boolean hasPlanFor(int year) {
    return byYear.containsKey(year);
  }

  /**
   * The entry deadline of the quarter of a day (R14).
   *
   * @param day a day, not null
   * @return the entry deadline of its calendar quarter in its year's plan
   */
  public LocalDate entryDeadlineOf(LocalDate day) {
    return forYear(day.getYear()).quarterOf(day).entryDeadline();
  }

  /**
   * The seed township's 2023 plan: Q1 due 30 March with entry closing 31 March, Q2 30 June, Q3
   * 30 September, Q4 30 November, commitment letters renewed by 30 October.
   *
   * @return the plan
   */
  public static ImmutableWorkPlan seed2023() {
    return WorkPlan.builder()
        .year(2023)
        .addQuarters(new QuarterPlan(1, LocalDate.of(2023, 3, 30), LocalDate.of(2023, 3, 31)))
        .addQuarters(new QuarterPlan(2, LocalDate.of(2023, 6, 30), LocalDate.of(2023, 6, 30)))
        .addQuarters(new QuarterPlan(3, LocalDate.of(2023, 9, 30), LocalDate.of(2023, 9, 30)))
        .addQuarters(new QuarterPlan(4, LocalDate.of(2023, 11, 30), LocalDate.of(2023, 11, 30)))
        .commitmentRenewalDue(LocalDate.of(2023, 10, 30))
        .addMilestones(
            new Milestone("mobilisation", LocalDate.of(2023, 3, 15), "动员部署，包保干部全部会用包保系统"),
            new Milestone("relations-adjusted", LocalDate.of(2023, 3, 25), "调整包保关系，上传承诺书和清单"),
            new Milestone("q1-supervision", LocalDate.of(2023, 3, 30), "第一季度督导录入（3月31日截止）"),
            new Milestone("platform-training", LocalDate.of(2023, 4, 30), "开展一次包保系统培训"),
            new Milestone("q2-supervision", LocalDate.of(2023, 6, 30), "第二季度督导录入"),
            new Milestone("q3-supervision", LocalDate.of(2023, 9, 30), "第三季度督导录入"),
            new Milestone("commitment-renewal", LocalDate.of(2023, 10, 30), "签订并上传本年度承诺书"),
            new Milestone("q4-supervision", LocalDate.of(2023, 11, 30), "第四季度督导录入"),
            new Milestone("special-inspection", LocalDate.of(2023, 11, 30), "开展专项督查"),
            new Milestone("annual-summary", LocalDate.of(2023, 12, 15), "向县食安办报送年度工作总结"))
        .build();
  }

  @Override
  public String toString() {
    return "WorkPlans" + byYear.keySet();
  }
}

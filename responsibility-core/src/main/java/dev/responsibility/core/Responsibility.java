package dev.responsibility.core;

import dev.responsibility.core.calendar.WorkPlans;
import dev.responsibility.core.calendar.WorkingDayCalendar;
import dev.responsibility.core.chain.ResponsibilityChain;
import dev.responsibility.core.dataset.DataSet;
import dev.responsibility.core.metrics.InMemoryMetrics;
import dev.responsibility.core.metrics.LiveMetrics;
import dev.responsibility.core.metrics.MetricsEvaluator;
import dev.responsibility.core.model.BusinessId;
import dev.responsibility.core.policy.Policy;
import dev.responsibility.core.rules.CheckReport;
import dev.responsibility.core.rules.Checks;
import dev.responsibility.core.tasks.SupervisionTasks;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The entry point: a data set with the policy, work plans and checks that judge it. Ask it for
 * the violations as of a day, or for the responsibility chain of a business. Immutable and
 * thread-safe; {@code with…} methods return a new instance over the same data set.
 *
 * <pre>{@code
 * Responsibility township = Responsibility.of(dataSet);
 * CheckReport report = township.check(LocalDate.of(2023, 6, 30));
 * report.violations().forEach(v -> System.out.println(v.message(Locale.CHINESE)));
 * }</pre>
 */
public final class Responsibility {

  private final DataSet dataSet;
  private final Policy policy;
  private final WorkPlans workPlans;
  private final Checks checks;
  private final WorkingDayCalendar calendar;

  private Responsibility(DataSet dataSet, Policy policy, WorkPlans workPlans, Checks checks, WorkingDayCalendar calendar) {
    this.dataSet = Objects.requireNonNull(dataSet, "dataSet");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.workPlans = Objects.requireNonNull(workPlans, "workPlans");
    this.checks = Objects.requireNonNull(checks, "checks");
    this.calendar = Objects.requireNonNull(calendar, "calendar");
  }

  /**
   * @param dataSet the data set, not null
   * @return the data set under the default policy, the seed's 2023 plan and every check at ERROR
   */
  public static Responsibility of(DataSet dataSet) {
    return new Responsibility(dataSet, Policy.defaults(), WorkPlans.defaults(), Checks.defaults(), WorkingDayCalendar.china());
  }

  /**
   * @param policy the policy, not null
   * @return the same data set under that policy
   */
  public Responsibility withPolicy(Policy policy) {
    return new Responsibility(dataSet, policy, workPlans, checks, calendar);
  }

  /**
   * @param workPlans the work plans, not null
   * @return the same data set under those plans
   */
  public Responsibility withWorkPlans(WorkPlans workPlans) {
    return new Responsibility(dataSet, policy, workPlans, checks, calendar);
  }

  /**
   * @param checks the checks and their severities, not null
   * @return the same data set judged by those checks
   */
  public Responsibility withChecks(Checks checks) {
    return new Responsibility(dataSet, policy, workPlans, checks, calendar);
  }

  /**
   * @param calendar the working-day calendar, not null (the State Council schedules by default)
   * @return the same data set with that calendar
   */
  public Responsibility withCalendar(WorkingDayCalendar calendar) {
    return new Responsibility(dataSet, policy, workPlans, checks, calendar);
  }

  /** @return the working-day calendar */
  public WorkingDayCalendar calendar() {
    return calendar;
  }

  /** @return the data set */
  public DataSet dataSet() {
    return dataSet;
  }

  /** @return the policy */
  public Policy policy() {
    return policy;
  }

  /** @return the work plans */
  public WorkPlans workPlans() {
    return workPlans;
  }

  /** @return the checks */
  public Checks checks() {
    return checks;
  }

  /**
   * Runs every check of FORMAT.md as of a day. Only supervisions entered on or before the day
   * are seen.
   *
   * @param asOf the day, not null
   * @return the violations, in report order, with a count per code
   */
  public CheckReport check(LocalDate asOf) {
    return checks.run(dataSet, asOf, policy, workPlans);
  }

  /**
   * The metrics of FORMAT.md over this data set, under this policy and these plans.
   *
   * @return the in-memory evaluator
   */
  public MetricsEvaluator metrics() {
    return InMemoryMetrics.of(dataSet, policy, workPlans);
  }

  /**
   * Metrics kept current under changes, for a dashboard that must not re-scan a province on each
   * entry.
   *
   * @param asOf the day the metrics are kept for, not null
   * @param quarter the quarter of {@code asOf}'s year for supervision-completion, or empty
   * @return the live metrics, evaluated in full once
   */
  public LiveMetrics liveMetrics(LocalDate asOf, java.util.OptionalInt quarter) {
    return LiveMetrics.of(dataSet, policy, workPlans, asOf, quarter);
  }

  /**
   * The supervision tasks, and the "双四知，一跟进" questions of a cadre and of a business.
   *
   * @return the task board
   */
  public SupervisionTasks tasks() {
    return SupervisionTasks.of(dataSet, policy, workPlans, calendar);
  }

  /**
   * @param business a business id, not null
   * @param day a day, not null
   * @return who answers for the business on that day; empty when the data set has no such business
   */
  public Optional<ResponsibilityChain> chainOf(BusinessId business, LocalDate day) {
    return ResponsibilityChain.of(dataSet, policy, business, day);
  }
}

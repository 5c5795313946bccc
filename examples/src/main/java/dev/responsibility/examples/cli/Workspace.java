package dev.responsibility.examples.cli;

import dev.responsibility.adapters.files.ReadResult;
import dev.responsibility.adapters.jdbc.SqlChecks;
import dev.responsibility.adapters.jdbc.SqlMetrics;
import dev.responsibility.core.Responsibility;
import dev.responsibility.core.calendar.WorkPlan;
import dev.responsibility.core.calendar.WorkPlans;
import dev.responsibility.core.metrics.MetricsEvaluator;
import dev.responsibility.core.policy.Policy;
import dev.responsibility.core.rules.Checks;
import dev.responsibility.core.rules.CheckReport;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An open data set and the way to ask it: in memory for files, by SQL pushdown for a database
 * (checks and metrics run where the data is; tasks, reports and exports load it).
 */
final class Workspace implements AutoCloseable {

  private final Optional<Database> database;
  private final WorkPlans workPlans;
  private final List<WorkPlan> ownPlans;
  private Responsibility loaded;

  private Workspace(Optional<Database> database, WorkPlans workPlans, List<WorkPlan> ownPlans, Responsibility loaded) {
    this.database = database;
    this.workPlans = workPlans;
    this.ownPlans = List.copyOf(ownPlans);
    this.loaded = loaded;
  }

  static Workspace ofFiles(ReadResult read) {
    WorkPlans plans = read.plansWithDefaults();
    return new Workspace(Optional.empty(), plans, read.workPlans(),
        Responsibility.of(read.dataSet()).withWorkPlans(plans));
  }

  static Workspace ofDatabase(Database database) {
    // The database keeps records, not work plans: the shipped plans apply.
    return new Workspace(Optional.of(database), WorkPlans.defaults(), List.of(), null);
  }

  CheckReport check(LocalDate asOf) {
    if (database.isPresent()) {
      return SqlChecks.of(database.get().store(), Policy.defaults(), workPlans, Checks.defaults()).check(asOf);
    }
    return loaded.check(asOf);
  }

  MetricsEvaluator metrics() {
    if (database.isPresent()) {
      return SqlMetrics.of(database.get().store(), Policy.defaults(), workPlans);
    }
    return loaded.metrics();
  }

  /** @return the whole data set in memory, loaded from the database on first use */
  Responsibility responsibility() {
    if (loaded == null) {
      loaded = Responsibility.of(database.orElseThrow().store().load()).withWorkPlans(workPlans);
    }
    return loaded;
  }

  WorkPlans workPlans() {
    return workPlans;
  }

  /** @return the plans the data set brought with it ({@code workplan.json}), to be exported with it */
  List<WorkPlan> ownPlans() {
    return ownPlans;
  }

  @Override
  public void close() {
    database.ifPresent(Database::close);
  }
}

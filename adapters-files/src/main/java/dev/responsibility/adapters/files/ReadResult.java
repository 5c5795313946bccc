package dev.responsibility.adapters.files;

import dev.responsibility.core.calendar.WorkPlan;
import dev.responsibility.core.calendar.WorkPlans;
import dev.responsibility.core.dataset.DataSet;
import java.util.List;
import java.util.Objects;

/**
 * What {@link DataSetReader} read: the data set, the work plans of {@code workplan.json} and, in
 * {@link ReadMode#SKIP_BAD_ROWS}, the rows left out. Immutable and thread-safe.
 *
 * @param dataSet the data set, not null
 * @param workPlans the plans found, in file order; empty when there is no {@code workplan.json}
 * @param skippedRows the rows left out, by file in FORMAT.md's order then by line; always empty in
 *     {@link ReadMode#ALL_OR_NOTHING}
 */
public record ReadResult(DataSet dataSet, List<WorkPlan> workPlans, List<SkippedRow> skippedRows) {

  /**
   * @param dataSet as in the record description
   * @param workPlans as in the record description
   * @param skippedRows as in the record description
   * @throws NullPointerException if an argument is null
   */
  public ReadResult {
    Objects.requireNonNull(dataSet, "dataSet");
    workPlans = List.copyOf(workPlans);
    skippedRows = List.copyOf(skippedRows);
  }

  /**
   * The plans in force as FORMAT.md says: the shipped defaults, each replaced by the data set's
   * plan of the same year.
   *
   * @return {@link WorkPlans#defaults()} with this data set's plans
   */
  public WorkPlans plansWithDefaults() {
    return WorkPlans.defaults().withAll(workPlans);
  }

  /** @return whether no row was left out */
  public boolean isComplete() {
    return skippedRows.isEmpty();
  }
}

package dev.responsibility.core.metrics;

import dev.responsibility.core.model.DivisionLevel;
import dev.responsibility.core.rules.RecordRef;
import java.util.List;

/**
 * Evaluates the metrics of {@link Metric} over a data set. The in-memory evaluator ({@link
 * InMemoryMetrics}) is the reference; another implementation (SQL pushdown) must give identical
 * answers. Implementations are thread-safe.
 */
public interface MetricsEvaluator {

  /**
   * @param query the day, quarter and scope, not null
   * @return every day metric, and supervision-completion when the query names a quarter
   * @throws dev.responsibility.core.model.UnknownScopeException if the scope names a division the data set does not have
   */
  MetricsReport evaluate(MetricQuery query);

  /**
   * The roll-up along the division tree: a row for each division of a level inside the query's
   * scope, in code order, each with its own row and its total.
   *
   * @param query the day, quarter and scope, not null
   * @param level the level whose divisions make the rows, not null
   * @return the rows
   * @throws dev.responsibility.core.model.UnknownScopeException if the scope names a division the data set does not have
   */
  List<RollUpRow> rollUp(MetricQuery query, DivisionLevel level);

  /**
   * Explains a metric: the records counted in its denominator but not in its numerator, by id.
   *
   * @param metric the metric, not null
   * @param query the day, quarter (needed for supervision-completion) and scope, not null
   * @param offset the first record wanted, ≥ 0
   * @param limit how many at most, ≥ 0
   * @return a page of the missing records (relations for supervision-completion)
   * @throws dev.responsibility.core.model.UnknownScopeException if the scope is unknown
   * @throws IllegalArgumentException if a quarterly metric is asked without a quarter
   */
  Page<RecordRef> missing(Metric metric, MetricQuery query, long offset, int limit);

  /**
   * The argument checks every implementation of {@link #missing} makes, stated once.
   *
   * @param metric the metric, not null
   * @param query the query, not null
   * @param offset the first record wanted
   * @param limit how many at most
   * @throws IllegalArgumentException if offset or limit is negative, or a quarterly metric is asked without a quarter
   */
  static void requireExplainable(Metric metric, MetricQuery query, long offset, int limit) {
    if (offset < 0 || limit < 0) {
      throw new IllegalArgumentException("offset and limit must be >= 0: " + offset + ", " + limit);
    }
    if (metric.isQuarterly() && query.quarter().isEmpty()) {
      throw new IllegalArgumentException(metric.key() + " is a quarter metric: the query needs a quarter");
    }
  }
}

package dev.responsibility.core.metrics;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The metrics asked by a query: every day metric, and supervision-completion when the query
 * names a quarter. Immutable and thread-safe.
 */
public final class MetricsReport {

  private final MetricQuery query;
  private final Map<Metric, MetricValue> values;

  /**
   * @param query the query answered, not null
   * @param values the values, in {@link Metric} order, not null
   */
  public MetricsReport(MetricQuery query, Map<Metric, MetricValue> values) {
    this.query = Objects.requireNonNull(query, "query");
    Map<Metric, MetricValue> copy = new EnumMap<>(Metric.class);
    copy.putAll(values);
    this.values = Collections.unmodifiableMap(copy);
  }

  /** @return the query answered */
  public MetricQuery query() {
    return query;
  }

  /** @return the values, in {@link Metric} order */
  public Map<Metric, MetricValue> values() {
    return values;
  }

  /**
   * @param metric a metric, not null
   * @return its value, empty for supervision-completion when no quarter was asked
   */
  public Optional<MetricValue> value(Metric metric) {
    return Optional.ofNullable(values.get(metric));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MetricsReport r && r.query.equals(query) && r.values.equals(values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(query, values);
  }

  @Override
  public String toString() {
    return "MetricsReport" + values;
  }
}

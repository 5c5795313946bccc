package dev.responsibility.core.metrics;

import dev.responsibility.core.model.DivisionCode;
import dev.responsibility.core.model.DivisionLevel;
import java.util.Map;
import java.util.Objects;

/**
 * One division's line of a roll-up: its own row (records coded to the division itself, such as a
 * county's own cadres) and its total (its own row plus the totals of its children). Immutable and
 * thread-safe.
 *
 * @param division the division, not null
 * @param name its name, not null
 * @param level its level, not null
 * @param own the values of records coded to the division itself, not null
 * @param total own plus the children's totals, not null
 */
public record RollUpRow(DivisionCode division, String name, DivisionLevel level,
    Map<Metric, MetricValue> own, Map<Metric, MetricValue> total) {

  /**
   * @param division as in the record description
   * @param name as in the record description
   * @param level as in the record description
   * @param own as in the record description
   * @param total as in the record description
   */
  public RollUpRow {
    Objects.requireNonNull(division, "division");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(level, "level");
    own = ordered(own);
    total = ordered(total);
  }

  private static Map<Metric, MetricValue> ordered(Map<Metric, MetricValue> values) {
    java.util.EnumMap<Metric, MetricValue> copy = new java.util.EnumMap<>(Metric.class);
    copy.putAll(values);
    return java.util.Collections.unmodifiableMap(copy);
  }
}

package dev.responsibility.core.metrics;

import dev.responsibility.core.model.DivisionCode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What metrics are asked for: a day, optionally a quarter of that day's year (for
 * supervision-completion) and optionally a scope (a division and everything under it; none means
 * everything). Immutable and thread-safe.
 *
 * @param asOf the day, not null
 * @param quarter 1 to 4, or empty for the day metrics only
 * @param scope the division, or empty for the whole data set
 */
public record MetricQuery(LocalDate asOf, OptionalInt quarter, Optional<DivisionCode> scope) {

  /**
   * @param asOf as in the record description
   * @param quarter as in the record description
   * @param scope as in the record description
   * @throws IllegalArgumentException if the quarter is not 1–4
   */
  public MetricQuery {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(quarter, "quarter");
    Objects.requireNonNull(scope, "scope");
    quarter.ifPresent(q -> {
      if (q < 1 || q > 4) {
        throw new IllegalArgumentException("quarter must be 1-4: " + q);
      }
    });
  }

  /**
   * @param asOf the day, not null
   * @return the day metrics over the whole data set
   */
  public static MetricQuery asOf(LocalDate asOf) {
    return new MetricQuery(asOf, OptionalInt.empty(), Optional.empty());
  }

  /**
   * @param quarter 1 to 4
   * @return the same query, with supervision-completion for that quarter of the day's year
   */
  public MetricQuery withQuarter(int quarter) {
    return new MetricQuery(asOf, OptionalInt.of(quarter), scope);
  }

  /**
   * @param division the scope, not null
   * @return the same query, in that scope
   */
  public MetricQuery inScope(DivisionCode division) {
    return new MetricQuery(asOf, quarter, Optional.of(division));
  }
}

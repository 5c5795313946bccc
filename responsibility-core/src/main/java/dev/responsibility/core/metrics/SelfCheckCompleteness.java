package dev.responsibility.core.metrics;

import dev.responsibility.core.model.BusinessId;
import dev.responsibility.core.model.SelfCheckKind;
import java.util.Objects;

/**
 * How completely a business kept one kind of self-check over a period (R18–R20): periods owed
 * and periods kept, defined in docs/metrics.md. Immutable and thread-safe.
 *
 * @param business the business, not null
 * @param kind daily, weekly or monthly, not null
 * @param value periods kept ÷ periods owed, not null
 */
public record SelfCheckCompleteness(BusinessId business, SelfCheckKind kind, MetricValue value) {

  /**
   * @param business as in the record description
   * @param kind as in the record description
   * @param value as in the record description
   */
  public SelfCheckCompleteness {
    Objects.requireNonNull(business, "business");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
  }
}

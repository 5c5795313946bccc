package dev.responsibility.core.metrics;

import dev.responsibility.core.dataset.DataSet;
import dev.responsibility.core.internal.Index;
import dev.responsibility.core.model.Business;
import dev.responsibility.core.model.BusinessId;
import dev.responsibility.core.model.DivisionCode;
import dev.responsibility.core.model.SelfCheck;
import dev.responsibility.core.model.SelfCheckKind;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The enterprise's own checks (日管控、周排查、月调度, R18–R20) measured over a period. A business owes
 * them on each day it is in the base, unless it is a small operator (which has no officer). It
 * owes a DAILY check for each such day, a WEEKLY check for each ISO week (Monday to Sunday) with
 * such a day, and a MONTHLY check for each calendar month with such a day; a period is kept when
 * a check of the kind is dated on a day of the period inside the asked range. Immutable and
 * thread-safe.
 */
public final class SelfChecks {

  private final DataSet dataSet;
  private final Index ix;
  private final Map<BusinessId, List<SelfCheck>> byBusiness = new HashMap<>();

  private SelfChecks(DataSet dataSet) {
    this.dataSet = Objects.requireNonNull(dataSet, "dataSet");
    this.ix = dataSet.index();
    for (SelfCheck check : dataSet.selfChecks()) {
      byBusiness.computeIfAbsent(check.business(), b -> new ArrayList<>()).add(check);
    }
  }

  /**
   * @param dataSet the data set, not null
   * @return the self-check evaluator
   */
  public static SelfChecks of(DataSet dataSet) {
    return new SelfChecks(dataSet);
  }

  /**
   * @param business a business id, not null
   * @param from the first day of the period, not null
   * @param to the last day of the period, not before {@code from}
   * @return the completeness of each kind, in {@link SelfCheckKind} order; empty for an unknown business
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public List<SelfCheckCompleteness> completeness(BusinessId business, LocalDate from, LocalDate to) {
    requireRange(from, to);
    int b = ix.businesses.keyOf(business.value());
    if (!ix.businesses.isKnown(b)) {
      return List.of();
    }
    Map<SelfCheckKind, MetricValue> values = measure(b, from, to);
    List<SelfCheckCompleteness> out = new ArrayList<>();
    values.forEach((kind, value) -> out.add(new SelfCheckCompleteness(business, kind, value)));
    return out;
  }

  /**
   * @param from the first day of the period, not null
   * @param to the last day of the period, not before {@code from}
   * @param scope a division (businesses at or below it), or empty for all
   * @return each kind's periods kept and owed, summed over the businesses in scope
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   * @throws dev.responsibility.core.model.UnknownScopeException if the scope is unknown
   */
  public Map<SelfCheckKind, MetricValue> overall(LocalDate from, LocalDate to, Optional<DivisionCode> scope) {
    requireRange(from, to);
    int s = scope.map(code -> ix.scopeKey(code.value())).orElse(-1);
    Map<SelfCheckKind, MetricValue> sum = new EnumMap<>(SelfCheckKind.class);
    for (SelfCheckKind kind : SelfCheckKind.values()) {
      sum.put(kind, MetricValue.ZERO);
    }
    for (int b = 0; b < ix.businesses.knownCount(); b++) {
      if (s < 0 || ix.isAtOrBelow(ix.businessDivision[b], s)) {
        measure(b, from, to).forEach((kind, value) -> sum.merge(kind, value, MetricValue::plus));
      }
    }
    return sum;
  }

  private static void requireRange(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("period ends " + to + " before it starts " + from);
    }
  }

  private Map<SelfCheckKind, MetricValue> measure(int b, LocalDate from, LocalDate to) {
    Business business = dataSet.businesses().get(b);
    Set<LocalDate> owedDays = new HashSet<>();
    Set<LocalDate> owedWeeks = new HashSet<>();
    Set<LocalDate> owedMonths = new HashSet<>();
    if (!business.category().isSmallOperator()) {
      for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
        if (ix.isInBase(b, Index.day(d))) {
          owedDays.add(d);
          owedWeeks.add(weekOf(d));
          owedMonths.add(d.withDayOfMonth(1));
        }
      }
    }
    Set<LocalDate> keptDays = new HashSet<>();
    Set<LocalDate> keptWeeks = new HashSet<>();
    Set<LocalDate> keptMonths = new HashSet<>();
    for (SelfCheck check : byBusiness.getOrDefault(business.id(), List.of())) {
      LocalDate d = check.date();
      if (d.isBefore(from) || d.isAfter(to)) {
        continue;
      }
      switch (check.kind()) {
        case DAILY -> keep(owedDays, keptDays, d);
        case WEEKLY -> keep(owedWeeks, keptWeeks, weekOf(d));
        case MONTHLY -> keep(owedMonths, keptMonths, d.withDayOfMonth(1));
        default -> throw new IllegalStateException("unknown kind " + check.kind());
      }
    }
    Map<SelfCheckKind, MetricValue> values = new EnumMap<>(SelfCheckKind.class);
    values.put(SelfCheckKind.DAILY, new MetricValue(keptDays.size(), owedDays.size()));
    values.put(SelfCheckKind.WEEKLY, new MetricValue(keptWeeks.size(), owedWeeks.size()));
    values.put(SelfCheckKind.MONTHLY, new MetricValue(keptMonths.size(), owedMonths.size()));
    return values;
  }

  private static void keep(Set<LocalDate> owed, Set<LocalDate> kept, LocalDate period) {
    // A check in a period that was not owed (the business was out of the base) counts for nothing.
    if (owed.contains(period)) {
      kept.add(period);
    }
  }

  private static LocalDate weekOf(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }
}

package dev.responsibility.examples.report;

import dev.responsibility.core.Responsibility;
import dev.responsibility.core.dataset.DataSet;
import dev.responsibility.core.metrics.Metric;
import dev.responsibility.core.metrics.MetricQuery;
import dev.responsibility.core.metrics.MetricValue;
import dev.responsibility.core.metrics.MetricsEvaluator;
import dev.responsibility.core.metrics.MetricsReport;
import dev.responsibility.core.metrics.Page;
import dev.responsibility.core.metrics.RollUpRow;
import dev.responsibility.core.model.Business;
import dev.responsibility.core.model.BusinessId;
import dev.responsibility.core.model.Category;
import dev.responsibility.core.model.DivisionCode;
import dev.responsibility.core.model.DivisionLevel;
import dev.responsibility.core.policy.DirectorMandate;
import dev.responsibility.core.rules.RecordRef;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every number the report shows, computed once from the evaluator so that the HTML and the
 * charts cannot disagree. Immutable and thread-safe.
 */
final class ReportFigures {

  /** The four rates of the mechanism's scoring, shown first; the others follow in {@link Metric} order. */
  static final List<Metric> HEADLINE = Metric.headline();

  /** The metrics whose denominator is the director-mandatory businesses, split by category. */
  static final List<Metric> STAFFING_METRICS = List.of(Metric.STAFFING, Metric.STAFFING_DIRECTOR, Metric.STAFFING_OFFICER);

  private static final int PAGE = 1_000;

  /**
   * @param division the township
   * @param name its name as the data gives it
   * @param coverage its coverage total (its own row and everything under it)
   */
  record Township(DivisionCode division, String name, MetricValue coverage) {}

  /**
   * @param quarter 1 to 4
   * @param completion supervision-completion for that quarter, as of the report's day
   */
  record Quarter(int quarter, MetricValue completion) {}

  /**
   * @param category the category
   * @param values the staffing metrics of the category's director-mandatory businesses, keyed by
   *     {@link #STAFFING_METRICS}; every one has the same denominator
   */
  record CategoryStaffing(Category category, Map<Metric, MetricValue> values) {
    CategoryStaffing {
      values = Collections.unmodifiableMap(new EnumMap<>(values));
    }

    long mandatory() {
      return values.get(Metric.STAFFING).denominator();
    }
  }

  private final LocalDate asOf;
  private final int quarter;
  private final Optional<DivisionCode> scope;
  private final Optional<String> scopeName;
  private final Map<Metric, MetricValue> headline;
  private final List<Township> townships;
  private final List<Quarter> quarters;
  private final List<CategoryStaffing> categories;

  private ReportFigures(LocalDate asOf, Optional<DivisionCode> scope, Optional<String> scopeName,
      Map<Metric, MetricValue> headline, List<Township> townships, List<Quarter> quarters,
      List<CategoryStaffing> categories) {
    this.asOf = asOf;
    this.quarter = quarterOf(asOf);
    this.scope = scope;
    this.scopeName = scopeName;
    this.headline = Collections.unmodifiableMap(new EnumMap<>(headline));
    this.townships = List.copyOf(townships);
    this.quarters = List.copyOf(quarters);
    this.categories = List.copyOf(categories);
  }

  /**
   * Asks the evaluator for everything the report shows.
   *
   * @throws dev.responsibility.core.model.UnknownScopeException if the scope is not a division of the data set
   * @throws IllegalStateException if the split by category does not add up to the evaluator's staffing figures
   */
  static ReportFigures compute(Responsibility responsibility, LocalDate asOf, Optional<DivisionCode> scope) {
    Objects.requireNonNull(responsibility, "responsibility");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(scope, "scope");
    MetricsEvaluator metrics = responsibility.metrics();
    MetricQuery day = scope.map(MetricQuery.asOf(asOf)::inScope).orElse(MetricQuery.asOf(asOf));
    int quarter = quarterOf(asOf);

    MetricsReport report = metrics.evaluate(day.withQuarter(quarter));
    Map<Metric, MetricValue> headline = new EnumMap<>(report.values());

    List<Township> townships = new ArrayList<>();
    for (RollUpRow row : metrics.rollUp(day, DivisionLevel.TOWNSHIP)) {
      townships.add(new Township(row.division(), row.name(), row.total().get(Metric.COVERAGE)));
    }

    List<Quarter> quarters = new ArrayList<>();
    for (int q = 1; q <= quarter; q++) {
      MetricValue completion = q == quarter ? headline.get(Metric.SUPERVISION_COMPLETION)
          : metrics.evaluate(day.withQuarter(q)).value(Metric.SUPERVISION_COMPLETION).orElseThrow();
      quarters.add(new Quarter(q, completion));
    }

    List<CategoryStaffing> categories = staffingByCategory(responsibility, day, headline);
    Optional<String> scopeName = scope.flatMap(code -> responsibility.dataSet().division(code)).map(d -> d.name());
    return new ReportFigures(asOf, scope, scopeName, headline, townships, quarters, categories);
  }

  /**
   * The staffing metrics split by category: the denominator counted here from the same public
   * facts the evaluator states (in the base, director-mandatory, in scope), the numerator as the
   * denominator less the businesses the evaluator lists as missing. The evaluator stays the one
   * judge of who is staffed; the check that the split adds up catches any drift in who is counted.
   */
  private static List<CategoryStaffing> staffingByCategory(Responsibility responsibility, MetricQuery day,
      Map<Metric, MetricValue> headline) {
    DataSet dataSet = responsibility.dataSet();
    DirectorMandate mandate = responsibility.policy().directorMandate();
    LocalDate asOf = day.asOf();
    Map<Category, Long> mandatory = new EnumMap<>(Category.class);
    for (Category c : Category.values()) {
      mandatory.put(c, 0L);
    }
    // No scope means every known business, also those coded to a division the data set lacks.
    List<Business> inScope = day.scope().map(dataSet::businessesIn).orElse(dataSet.businesses());
    for (Business b : inScope) {
      if (dataSet.isInBase(b.id(), asOf) && mandate.isMandatory(b, asOf)) {
        mandatory.merge(b.category(), 1L, Long::sum);
      }
    }

    Map<Metric, Map<Category, Long>> missing = new EnumMap<>(Metric.class);
    for (Metric metric : STAFFING_METRICS) {
      Map<Category, Long> byCategory = new EnumMap<>(Category.class);
      missingBusinesses(responsibility.metrics(), metric, day).forEach(id -> {
        Business b = dataSet.business(id).orElseThrow(() -> new IllegalStateException(
            "the evaluator lists " + id.value() + " as missing from " + metric.key() + " but the data set has no such business"));
        byCategory.merge(b.category(), 1L, Long::sum);
      });
      missing.put(metric, byCategory);
    }

    List<CategoryStaffing> rows = new ArrayList<>();
    for (Category c : Category.values()) {
      Map<Metric, MetricValue> values = new EnumMap<>(Metric.class);
      long denominator = mandatory.get(c);
      for (Metric metric : STAFFING_METRICS) {
        long notMet = missing.get(metric).getOrDefault(c, 0L);
        if (notMet > denominator) {
          throw new IllegalStateException(metric.key() + ": the evaluator lists " + notMet + " " + c
              + " businesses as missing, but only " + denominator + " are director-mandatory in the base and in scope");
        }
        values.put(metric, new MetricValue(denominator - notMet, denominator));
      }
      rows.add(new CategoryStaffing(c, values));
    }
    for (Metric metric : STAFFING_METRICS) {
      MetricValue sum = rows.stream().map(r -> r.values().get(metric)).reduce(MetricValue.ZERO, MetricValue::plus);
      if (!sum.equals(headline.get(metric))) {
        throw new IllegalStateException(metric.key() + ": the categories add up to " + sum
            + " but the evaluator counts " + headline.get(metric) + "; the report would contradict itself");
      }
    }
    return rows;
  }

  private static Stream<BusinessId> missingBusinesses(MetricsEvaluator metrics, Metric metric, MetricQuery query) {
    List<BusinessId> ids = new ArrayList<>();
    Page<RecordRef> page;
    do {
      page = metrics.missing(metric, query, ids.size(), PAGE);
      page.items().forEach(ref -> ids.add(BusinessId.of(ref.id())));
    } while (page.hasMore() && !page.items().isEmpty());
    return ids.stream();
  }

  static int quarterOf(LocalDate day) {
    return day.get(IsoFields.QUARTER_OF_YEAR);
  }

  LocalDate asOf() {
    return asOf;
  }

  /** @return the quarter containing the day, whose supervision-completion the headline shows */
  int quarter() {
    return quarter;
  }

  Optional<DivisionCode> scope() {
    return scope;
  }

  /** @return the scope division's name, empty for the whole data set */
  Optional<String> scopeName() {
    return scopeName;
  }

  /** @return every metric, the headline four first */
  List<Metric> metricsInOrder() {
    List<Metric> order = new ArrayList<>(HEADLINE);
    for (Metric m : Metric.values()) {
      if (!order.contains(m)) {
        order.add(m);
      }
    }
    return order;
  }

  MetricValue headline(Metric metric) {
    return headline.get(metric);
  }

  List<Township> townships() {
    return townships;
  }

  /** @return coverage of the records in scope but in no township: coded above township level or to an unknown division */
  MetricValue coverageOutsideTownships() {
    MetricValue inTownships = townships.stream().map(Township::coverage).reduce(MetricValue.ZERO, MetricValue::plus);
    MetricValue total = headline.get(Metric.COVERAGE);
    return new MetricValue(total.numerator() - inTownships.numerator(), total.denominator() - inTownships.denominator());
  }

  List<Quarter> quarters() {
    return quarters;
  }

  List<CategoryStaffing> categories() {
    return categories;
  }
}

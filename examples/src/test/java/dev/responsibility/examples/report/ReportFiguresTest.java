package dev.responsibility.examples.report;

import static dev.responsibility.examples.report.ReportFixtures.GENERATED;
import static dev.responsibility.examples.report.ReportFixtures.RESPONSIBILITY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.responsibility.core.metrics.Metric;
import dev.responsibility.core.metrics.MetricQuery;
import dev.responsibility.core.metrics.MetricValue;
import dev.responsibility.core.metrics.MetricsReport;
import dev.responsibility.core.metrics.RollUpRow;
import dev.responsibility.core.model.Category;
import dev.responsibility.core.model.Division;
import dev.responsibility.core.model.DivisionCode;
import dev.responsibility.core.model.DivisionLevel;
import dev.responsibility.core.model.UnknownScopeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportFiguresTest {

  private static final LocalDate AUGUST = LocalDate.of(2023, 8, 15);

  @Test
  void headlineIsTheEvaluatorsReportWithTheQuarterOfTheDay() {
    ReportFigures figures = ReportFigures.compute(RESPONSIBILITY, AUGUST, Optional.empty());

    MetricsReport expected = RESPONSIBILITY.metrics().evaluate(MetricQuery.asOf(AUGUST).withQuarter(3));
    assertThat(figures.quarter()).isEqualTo(3);
    for (Metric metric : Metric.values()) {
      assertThat(figures.headline(metric)).as(metric.key()).isEqualTo(expected.value(metric).orElseThrow());
    }
    assertThat(figures.metricsInOrder()).startsWith(
        Metric.COVERAGE, Metric.STAFFING, Metric.DATA_COLLECTION, Metric.SUPERVISION_COMPLETION).containsOnlyOnce(Metric.values());
    assertThat(figures.headline(Metric.COVERAGE).denominator()).isPositive();
  }

  @Test
  void townshipsAreTheRollUpTotalsInCodeOrder() {
    ReportFigures figures = ReportFigures.compute(RESPONSIBILITY, AUGUST, Optional.empty());

    List<RollUpRow> rows = RESPONSIBILITY.metrics().rollUp(MetricQuery.asOf(AUGUST), DivisionLevel.TOWNSHIP);
    assertThat(rows).isNotEmpty();
    assertThat(figures.townships()).extracting(ReportFigures.Township::division)
        .containsExactlyElementsOf(rows.stream().map(RollUpRow::division).toList());
    for (int i = 0; i < rows.size(); i++) {
      assertThat(figures.townships().get(i).coverage()).isEqualTo(rows.get(i).total().get(Metric.COVERAGE));
      assertThat(figures.townships().get(i).name()).isEqualTo(rows.get(i).name());
    }
  }

  @Test
  void quartersRunFromTheFirstToTheQuarterOfTheDay() {
    ReportFigures figures = ReportFigures.compute(RESPONSIBILITY, AUGUST, Optional.empty());

    assertThat(figures.quarters()).extracting(ReportFigures.Quarter::quarter).containsExactly(1, 2, 3);
    for (ReportFigures.Quarter q : figures.quarters()) {
      MetricValue expected = RESPONSIBILITY.metrics().evaluate(MetricQuery.asOf(AUGUST).withQuarter(q.quarter()))
          .value(Metric.SUPERVISION_COMPLETION).orElseThrow();
      assertThat(q.completion()).as("Q" + q.quarter()).isEqualTo(expected);
    }
  }

  @Test
  void categoriesAddUpToTheStaffingMetrics() {
    for (LocalDate day : List.of(AUGUST, GENERATED.asOf())) {
      ReportFigures figures = ReportFigures.compute(RESPONSIBILITY, day, Optional.empty());

      assertThat(figures.categories()).extracting(ReportFigures.CategoryStaffing::category)
          .containsExactly(Category.values());
      for (Metric metric : ReportFigures.STAFFING_METRICS) {
        MetricValue sum = figures.categories().stream().map(c -> c.values().get(metric))
            .reduce(MetricValue.ZERO, MetricValue::plus);
        assertThat(sum.denominator()).as(metric.key() + " denominator on " + day)
            .isEqualTo(figures.headline(metric).denominator()).isPositive();
        assertThat(sum.numerator()).as(metric.key() + " numerator on " + day)
            .isEqualTo(figures.headline(metric).numerator());
      }
      // With faults some mandatory business lacks a director or an officer: the split is not all-or-nothing.
      assertThat(figures.headline(Metric.STAFFING).numerator())
          .isLessThan(figures.headline(Metric.STAFFING).denominator());
    }
  }

  @Test
  void aScopedReportCountsOnlyItsSubtree() {
    Division county = GENERATED.dataSet().divisions().stream()
        .filter(d -> d.level() == DivisionLevel.COUNTY).findFirst().orElseThrow();
    ReportFigures figures = ReportFigures.compute(RESPONSIBILITY, AUGUST, Optional.of(county.code()));

    MetricQuery query = MetricQuery.asOf(AUGUST).inScope(county.code());
    assertThat(figures.headline(Metric.COVERAGE))
        .isEqualTo(RESPONSIBILITY.metrics().evaluate(query).value(Metric.COVERAGE).orElseThrow());
    assertThat(figures.townships()).extracting(ReportFigures.Township::division)
        .containsExactlyElementsOf(RESPONSIBILITY.metrics().rollUp(query, DivisionLevel.TOWNSHIP).stream()
            .map(RollUpRow::division).toList());
    for (Metric metric : ReportFigures.STAFFING_METRICS) {
      assertThat(figures.categories().stream().mapToLong(c -> c.values().get(metric).denominator()).sum())
          .isEqualTo(figures.headline(metric).denominator());
    }
    assertThat(figures.scopeName()).contains(county.name());
  }

  @Test
  void refusesAnUnknownScope() {
    assertThatThrownBy(() -> ReportFigures.compute(RESPONSIBILITY, AUGUST, Optional.of(DivisionCode.of("999999999999"))))
        .isInstanceOf(UnknownScopeException.class);
  }
}

package dev.responsibility.core.metrics;

import static dev.responsibility.core.Township.DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.responsibility.core.Responsibility;
import dev.responsibility.core.Township;
import dev.responsibility.core.model.BusinessId;
import dev.responsibility.core.model.BusinessSize;
import dev.responsibility.core.model.CadreId;
import dev.responsibility.core.model.CreditCode;
import dev.responsibility.core.model.DivisionCode;
import dev.responsibility.core.model.DivisionLevel;
import dev.responsibility.core.model.DocumentKind;
import dev.responsibility.core.model.OperatingStatus;
import dev.responsibility.core.model.Problem;
import dev.responsibility.core.model.ProblemId;
import dev.responsibility.core.model.RelationId;
import dev.responsibility.core.model.StaffRole;
import dev.responsibility.core.model.SupervisionId;
import dev.responsibility.core.model.SupervisionMode;
import dev.responsibility.core.rules.RecordRef;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryMetricsTest {

  private final Township t = new Township();

  private MetricsReport metrics(MetricQuery query) {
    return Responsibility.of(t.dataSet()).metrics().evaluate(query);
  }

  private MetricValue value(Metric metric, MetricQuery query) {
    return metrics(query).value(metric).orElseThrow();
  }

  @Test
  void aCleanTownshipIsAtOneHundredPercentAndUndefinedWhereNothingIsCounted() {
    MetricsReport report = metrics(MetricQuery.asOf(DAY).withQuarter(2));
    assertThat(report.values().get(Metric.COVERAGE)).isEqualTo(new MetricValue(1, 1));
    assertThat(report.values().get(Metric.DATA_COLLECTION)).isEqualTo(new MetricValue(1, 1));
    assertThat(report.values().get(Metric.DOCUMENTS)).isEqualTo(new MetricValue(1, 1));
    assertThat(report.values().get(Metric.SUPERVISION_COMPLETION)).isEqualTo(new MetricValue(1, 1));
    assertThat(report.values().get(Metric.STAFFING)).isEqualTo(MetricValue.ZERO);
    assertThat(report.values().get(Metric.STAFFING).rate()).isEmpty();
    assertThat(report.values().get(Metric.PROBLEM_DISPOSAL).rate()).isEmpty();
    assertThat(report.values().keySet()).containsExactly(Metric.values());
  }

  @Test
  void withoutAQuarterThereIsNoSupervisionCompletion() {
    assertThat(metrics(MetricQuery.asOf(DAY)).value(Metric.SUPERVISION_COMPLETION)).isEmpty();
  }

  @Test
  void aRelationToAnInactiveCadreIsNotCoverageButIsDataCollection() {
    t.cadre = t.cadre.withActiveTo(DAY.minusDays(1));
    assertThat(value(Metric.COVERAGE, MetricQuery.asOf(DAY))).isEqualTo(new MetricValue(0, 1));
    assertThat(value(Metric.DATA_COLLECTION, MetricQuery.asOf(DAY))).isEqualTo(new MetricValue(1, 1));
    assertThat(value(Metric.DOCUMENTS, MetricQuery.asOf(DAY))).isEqualTo(MetricValue.ZERO);
  }

  @Test
  void aRelationToAnUnknownCadreCountsForNeither() {
    t.relation = t.relation.withCadre(CadreId.of("ghost"));
    assertThat(value(Metric.COVERAGE, MetricQuery.asOf(DAY))).isEqualTo(new MetricValue(0, 1));
    assertThat(value(Metric.DATA_COLLECTION, MetricQuery.asOf(DAY))).isEqualTo(new MetricValue(0, 1));
  }

  @Test
  void anInvalidCreditCodeLowersDataCollectionOnly() {
    t.business = t.business.withCreditCode(CreditCode.of("91330100799655058C"));
    assertThat(value(Metric.DATA_COLLECTION, MetricQuery.asOf(DAY))).isEqualTo(new MetricValue(0, 1));
    assertThat(value(Metric.COVERAGE, MetricQuery.asOf(DAY))).isEqualTo(new MetricValue(1, 1));
  }

  @Test
  void staffingCountsDirectorAndOfficerTogetherAndApart() {
    t.business = t.business.withSize(BusinessSize.LARGE);
    MetricQuery q = MetricQuery.asOf(DAY);
    assertThat(value(Metric.STAFFING, q)).isEqualTo(new MetricValue(0, 1));
    assertThat(value(Metric.STAFFING_DIRECTOR, q)).isEqualTo(new MetricValue(0, 1));
    assertThat(value(Metric.STAFFING_OFFICER, q)).isEqualTo(new MetricValue(1, 1));
    t.extra.add(Township.staff("s2", StaffRole.DIRECTOR, DAY));
    assertThat(value(Metric.STAFFING, q)).isEqualTo(new MetricValue(1, 1));
  }

  @Test
  void aMissingDocumentLowersTheDocumentsRate() {
    t.documents.remove(DocumentKind.TASK_LIST);
    assertThat(value(Metric.DOCUMENTS, MetricQuery.asOf(DAY))).isEqualTo(new MetricValue(0, 1));
  }

  @Test
  void problemsCountFromTheDayFoundAndCloseOnTheDayClosed() {
    t.extra.add(Problem.builder().id(ProblemId.of("p1")).business(BusinessId.of("b1")).foundOn(DAY)
        .closedOn(DAY.plusDays(3)).build());
    t.extra.add(Problem.builder().id(ProblemId.of("p2")).business(BusinessId.of("nobody")).foundOn(DAY).build());
    assertThat(value(Metric.PROBLEM_DISPOSAL, MetricQuery.asOf(DAY.minusDays(1)))).isEqualTo(MetricValue.ZERO);
    assertThat(value(Metric.PROBLEM_DISPOSAL, MetricQuery.asOf(DAY))).isEqualTo(new MetricValue(0, 1));
    assertThat(value(Metric.PROBLEM_DISPOSAL, MetricQuery.asOf(DAY.plusDays(3)))).isEqualTo(new MetricValue(1, 1));
  }

  @Test
  void aTaskIsOwedByARelationActiveOnAnyDayOfTheWindow() {
    t.relation = t.relation.withValidTo(LocalDate.of(2023, 4, 1));
    t.supervision = null;
    assertThat(value(Metric.SUPERVISION_COMPLETION, MetricQuery.asOf(DAY).withQuarter(2))).isEqualTo(new MetricValue(0, 1));
    t.relation = t.relation.withValidFrom(LocalDate.of(2023, 1, 1)).withValidTo(LocalDate.of(2023, 3, 31));
    assertThat(value(Metric.SUPERVISION_COMPLETION, MetricQuery.asOf(DAY).withQuarter(2))).isEqualTo(MetricValue.ZERO);
  }

  @Test
  void theSeedsFirstQuarterCountsAnEntryOn31MarchAndNotOn1April() {
    MetricQuery q1 = MetricQuery.asOf(DAY).withQuarter(1);
    t.supervision = t.supervision.withVisitDate(LocalDate.of(2023, 3, 30))
        .withEnteredAt(OffsetDateTime.of(2023, 3, 31, 20, 0, 0, 0, ZoneOffset.ofHours(8)));
    assertThat(value(Metric.SUPERVISION_COMPLETION, q1)).isEqualTo(new MetricValue(1, 1));
    t.supervision = t.supervision.withEnteredAt(OffsetDateTime.of(2023, 4, 1, 8, 0, 0, 0, ZoneOffset.ofHours(8)));
    assertThat(value(Metric.SUPERVISION_COMPLETION, q1)).isEqualTo(new MetricValue(0, 1));
  }

  @Test
  void theSeedsFirstQuarterWindowEndsOnItsLastDayAlthoughTheDeadlineIs31March() {
    // Q1 due 03-30 but window = first day .. min(last day 03-31, deadline 03-31): a 31 March visit counts.
    t.supervision = t.supervision.withVisitDate(LocalDate.of(2023, 3, 31))
        .withEnteredAt(OffsetDateTime.of(2023, 3, 31, 20, 0, 0, 0, ZoneOffset.ofHours(8)));
    assertThat(value(Metric.SUPERVISION_COMPLETION, MetricQuery.asOf(DAY).withQuarter(1))).isEqualTo(new MetricValue(1, 1));
  }

  @Test
  void theFourthQuarterWindowOfTheSeedEndsOn30November() {
    t.supervision = t.supervision.withVisitDate(LocalDate.of(2023, 12, 1))
        .withEnteredAt(OffsetDateTime.of(2023, 12, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8)));
    t.documents.replaceAll((k, d) -> d.withSignedOn(LocalDate.of(2023, 10, 30)));
    MetricQuery q4 = MetricQuery.asOf(LocalDate.of(2023, 12, 31)).withQuarter(4);
    assertThat(value(Metric.SUPERVISION_COMPLETION, q4)).isEqualTo(new MetricValue(0, 1));
    t.supervision = t.supervision.withVisitDate(LocalDate.of(2023, 11, 30))
        .withEnteredAt(OffsetDateTime.of(2023, 11, 30, 9, 0, 0, 0, ZoneOffset.ofHours(8)));
    assertThat(value(Metric.SUPERVISION_COMPLETION, q4)).isEqualTo(new MetricValue(1, 1));
  }

  @Test
  void asOfADayInsideTheWindowTheRateShowsProgress() {
    t.supervision = t.supervision.withVisitDate(LocalDate.of(2023, 5, 10));
    assertThat(value(Metric.SUPERVISION_COMPLETION, MetricQuery.asOf(LocalDate.of(2023, 5, 9)).withQuarter(2)))
        .isEqualTo(new MetricValue(0, 1));
    assertThat(value(Metric.SUPERVISION_COMPLETION, MetricQuery.asOf(LocalDate.of(2023, 5, 10)).withQuarter(2)))
        .isEqualTo(new MetricValue(1, 1));
  }

  @Test
  void aHighRiskBusinessNeedsAnOnSiteVisit() {
    t.business = t.business.withHighRisk(true);
    t.supervision = t.supervision.withMode(SupervisionMode.VIDEO);
    assertThat(value(Metric.SUPERVISION_COMPLETION, MetricQuery.asOf(DAY).withQuarter(2))).isEqualTo(new MetricValue(0, 1));
    t.business = t.business.withHighRisk(false);
    assertThat(value(Metric.SUPERVISION_COMPLETION, MetricQuery.asOf(DAY).withQuarter(2))).isEqualTo(new MetricValue(1, 1));
  }

  @Test
  void aVisitOutsideTheRelationsOwnPeriodDoesNotCount() {
    t.relation = t.relation.withValidFrom(LocalDate.of(2023, 5, 11));
    assertThat(value(Metric.SUPERVISION_COMPLETION, MetricQuery.asOf(DAY).withQuarter(2))).isEqualTo(new MetricValue(0, 1));
  }

  @Test
  void rollUpsGiveEachDivisionsOwnRowAndItsTotal() {
    // b2 in the other village, b3 coded to the county itself, b4 to a division missing from the data set.
    t.extra.add(t.business.withId(BusinessId.of("b2")).withDivision(Township.OTHER_VILLAGE)
        .withCreditCode(CreditCode.of("91110000600037341L")));
    t.extra.add(t.business.withId(BusinessId.of("b3")).withDivision(Township.COUNTY)
        .withCreditCode(CreditCode.of("91350100M000100Y43")));
    t.extra.add(t.business.withId(BusinessId.of("b4")).withDivision(DivisionCode.of("999999999999"))
        .withCreditCode(CreditCode.of("91440300708461136T")));
    t.extra.add(t.relation.withId(RelationId.of("r3")).withBusiness(BusinessId.of("b3")));
    var metrics = Responsibility.of(t.dataSet()).metrics();
    MetricQuery q = MetricQuery.asOf(DAY);
    assertThat(metrics.evaluate(q).value(Metric.COVERAGE)).contains(new MetricValue(2, 4));
    assertThat(metrics.evaluate(q.inScope(Township.COUNTY)).value(Metric.COVERAGE)).contains(new MetricValue(2, 3));
    assertThat(metrics.evaluate(q.inScope(Township.OTHER_TOWNSHIP)).value(Metric.COVERAGE)).contains(new MetricValue(0, 1));
    List<RollUpRow> townships = metrics.rollUp(q, DivisionLevel.TOWNSHIP);
    assertThat(townships).extracting(RollUpRow::division).containsExactly(Township.TOWNSHIP, Township.OTHER_TOWNSHIP);
    assertThat(townships.get(0).total().get(Metric.COVERAGE)).isEqualTo(new MetricValue(1, 1));
    assertThat(townships.get(0).own().get(Metric.COVERAGE)).isEqualTo(MetricValue.ZERO);
    RollUpRow county = metrics.rollUp(q, DivisionLevel.COUNTY).get(0);
    assertThat(county.own().get(Metric.COVERAGE)).isEqualTo(new MetricValue(1, 1));
    assertThat(county.total().get(Metric.COVERAGE)).isEqualTo(new MetricValue(2, 3));
    assertThat(metrics.rollUp(q.inScope(Township.OTHER_TOWNSHIP), DivisionLevel.TOWNSHIP)).hasSize(1);
  }

  @Test
  void explainsWhoIsMissingFromANumeratorPageByPage() {
    for (int i = 2; i <= 6; i++) {
      t.extra.add(t.business.withId(BusinessId.of("b" + i)).withCreditCode(CreditCode.NONE));
    }
    var metrics = Responsibility.of(t.dataSet()).metrics();
    MetricQuery q = MetricQuery.asOf(DAY);
    Page<RecordRef> first = metrics.missing(Metric.COVERAGE, q, 0, 2);
    assertThat(first.total()).isEqualTo(5);
    assertThat(first.items()).extracting(RecordRef::id).containsExactly("b2", "b3");
    assertThat(first.hasMore()).isTrue();
    Page<RecordRef> last = metrics.missing(Metric.COVERAGE, q, 4, 2);
    assertThat(last.items()).extracting(RecordRef::id).containsExactly("b6");
    assertThat(last.hasMore()).isFalse();
    assertThat(metrics.missing(Metric.DATA_COLLECTION, q, 0, 10).total()).isEqualTo(5);
    assertThat(metrics.missing(Metric.COVERAGE, q.inScope(Township.OTHER_TOWNSHIP), 0, 10).total()).isZero();
  }

  @Test
  void aBusinessOutOfTheBaseLeavesTheDenominators() {
    t.extra.add(Township.status("b1", OperatingStatus.SUSPENDED, DAY));
    assertThat(value(Metric.COVERAGE, MetricQuery.asOf(DAY))).isEqualTo(MetricValue.ZERO);
    assertThat(value(Metric.DATA_COLLECTION, MetricQuery.asOf(DAY))).isEqualTo(MetricValue.ZERO);
  }

  @Test
  void refusesAnUnknownScopeAndAQuarterlyExplanationWithoutAQuarter() {
    var metrics = Responsibility.of(t.dataSet()).metrics();
    assertThatThrownBy(() -> metrics.evaluate(MetricQuery.asOf(DAY).inScope(DivisionCode.of("999999999999"))))
        .isInstanceOf(dev.responsibility.core.model.UnknownScopeException.class).hasMessageContaining("999999999999");
    assertThatThrownBy(() -> metrics.missing(Metric.SUPERVISION_COMPLETION, MetricQuery.asOf(DAY), 0, 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quarter");
    assertThat(metrics.missing(Metric.SUPERVISION_COMPLETION, MetricQuery.asOf(DAY).withQuarter(3), 0, 10).items())
        .extracting(RecordRef::id).containsExactly("r1");
  }

  @Test
  void aWindowWithNoDayOwesNoTask() {
    // A plan whose second-quarter deadline was typed before the quarter starts: the window is empty.
    var plan = dev.responsibility.core.calendar.WorkPlans.seed2023().withQuarters(
        dev.responsibility.core.calendar.WorkPlans.seed2023().quarter(1),
        new dev.responsibility.core.calendar.QuarterPlan(2, LocalDate.of(2023, 3, 30), LocalDate.of(2023, 3, 31)),
        dev.responsibility.core.calendar.WorkPlans.seed2023().quarter(3),
        dev.responsibility.core.calendar.WorkPlans.seed2023().quarter(4));
    var r = Responsibility.of(t.dataSet()).withWorkPlans(dev.responsibility.core.calendar.WorkPlans.none().with(plan));
    assertThat(r.metrics().evaluate(MetricQuery.asOf(DAY).withQuarter(2)).value(Metric.SUPERVISION_COMPLETION))
        .contains(MetricValue.ZERO);
    assertThat(r.tasks().owed(DAY, 2, java.util.Optional.empty())).isEmpty();
  }

  @Test
  void aLicenceNotValidInFormLowersDataCollection() {
    t.business = t.business.withLicenseNumber(dev.responsibility.core.model.LicenseNumber.of("bad"));
    assertThat(value(Metric.DATA_COLLECTION, MetricQuery.asOf(DAY))).isEqualTo(new MetricValue(0, 1));
    assertThat(value(Metric.COVERAGE, MetricQuery.asOf(DAY))).isEqualTo(new MetricValue(1, 1));
  }

  @Test
  void metricsAreKeyedAsFormatNamesThem() {
    assertThat(Metric.ofKey("supervision-completion")).contains(Metric.SUPERVISION_COMPLETION);
    assertThat(Metric.ofKey("staffing-officer")).contains(Metric.STAFFING_OFFICER);
    assertThat(Metric.ofKey("nope")).isEmpty();
    assertThatThrownBy(() -> new MetricValue(2, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void supervisionIdsDoNotMatter() {
    t.extra.add(t.supervision.withId(SupervisionId.of("v2")));
    assertThat(value(Metric.SUPERVISION_COMPLETION, MetricQuery.asOf(DAY).withQuarter(2))).isEqualTo(new MetricValue(1, 1));
  }
}

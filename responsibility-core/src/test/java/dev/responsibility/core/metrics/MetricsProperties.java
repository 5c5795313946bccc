package dev.responsibility.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responsibility.core.MessyTownships;
import dev.responsibility.core.MessyTownships.Messy;
import dev.responsibility.core.calendar.EntryWindow;
import dev.responsibility.core.calendar.WorkPlans;
import dev.responsibility.core.dataset.DataSet;
import dev.responsibility.core.model.Business;
import dev.responsibility.core.model.DivisionCode;
import dev.responsibility.core.model.DivisionLevel;
import dev.responsibility.core.model.GuaranteeRelation;
import dev.responsibility.core.model.StatusChange;
import dev.responsibility.core.model.Supervision;
import dev.responsibility.core.model.SupervisionMode;
import dev.responsibility.core.policy.Policy;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;

@Domain(MessyTownships.class)
@Domain(DomainContext.Global.class)
class MetricsProperties {

  private static InMemoryMetrics metrics(DataSet ds) {
    return InMemoryMetrics.of(ds, Policy.defaults(), WorkPlans.defaults());
  }

  private static MetricQuery query(Messy m, int quarter) {
    return MetricQuery.asOf(m.day()).withQuarter(quarter);
  }

  @Property
  void everyRateIsBetweenZeroAndOneOrUndefined(@ForAll Messy m, @ForAll @IntRange(min = 1, max = 4) int quarter) {
    for (Optional<DivisionCode> scope : MessyTownships.scopes(m.dataSet())) {
      MetricQuery q = scope.map(s -> query(m, quarter).inScope(s)).orElse(query(m, quarter));
      metrics(m.dataSet()).evaluate(q).values().values().forEach(v -> {
        assertThat(v.numerator()).isBetween(0L, v.denominator());
        v.rate().ifPresentOrElse(r -> assertThat(r).isBetween(0.0, 1.0), () -> assertThat(v.denominator()).isZero());
      });
    }
  }

  @Property
  void rollUpTotalsAreTheirOwnRowPlusTheirChildrensTotals(@ForAll Messy m, @ForAll @IntRange(min = 1, max = 4) int quarter) {
    InMemoryMetrics metrics = metrics(m.dataSet());
    MetricQuery q = query(m, quarter);
    var county = metrics.rollUp(q, DivisionLevel.COUNTY).get(0);
    var townships = metrics.rollUp(q, DivisionLevel.TOWNSHIP);
    for (Metric metric : county.total().keySet()) {
      MetricValue sum = county.own().get(metric);
      for (RollUpRow t : townships) {
        sum = sum.plus(t.total().get(metric));
      }
      assertThat(county.total().get(metric)).as(metric.key()).isEqualTo(sum);
      assertThat(metrics.evaluate(q.inScope(county.division())).value(metric)).contains(county.total().get(metric));
    }
  }

  @Property
  void addingARelationNeverLowersCoverage(@ForAll Messy m, @ForAll long seed) {
    Random rnd = new Random(seed);
    int businesses = m.dataSet().businesses().size();
    int cadres = m.dataSet().cadres().size();
    GuaranteeRelation added = MessyTownships.relation(rnd, "added", businesses, cadres);
    DataSet more = DataSet.builder().addAll(m.dataSet()).add(added).build();
    MetricValue before = metrics(m.dataSet()).evaluate(MetricQuery.asOf(m.day())).value(Metric.COVERAGE).orElseThrow();
    MetricValue after = metrics(more).evaluate(MetricQuery.asOf(m.day())).value(Metric.COVERAGE).orElseThrow();
    assertThat(after.denominator()).isEqualTo(before.denominator());
    assertThat(after.numerator()).isGreaterThanOrEqualTo(before.numerator());
  }

  /** FORMAT.md's supervision-completion, derived again from the record objects, sentence by sentence. */
  @Property
  void taskCompletionEqualsABruteForceReadingOfFormat(@ForAll Messy m, @ForAll @IntRange(min = 1, max = 4) int quarter) {
    DataSet ds = m.dataSet();
    EntryWindow w = WorkPlans.defaults().forYear(m.day().getYear()).window(quarter);
    long owed = 0;
    long done = 0;
    for (GuaranteeRelation r : ds.relations()) {
      Optional<Business> business = ds.business(r.business());
      boolean activeInWindow = w.first().datesUntil(w.last().plusDays(1)).anyMatch(r::isActiveOn);
      if (business.isEmpty() || !activeInWindow) {
        continue;
      }
      owed++;
      boolean isDone = false;
      for (Supervision s : ds.supervisions()) {
        isDone |= s.cadre().equals(r.cadre()) && s.business().equals(r.business())
            && w.contains(s.visitDate()) && r.isActiveOn(s.visitDate())
            && !s.entryDay().isAfter(w.entryDeadline()) && !s.entryDay().isAfter(m.day())
            && (!business.get().highRisk() || s.mode() == SupervisionMode.ON_SITE);
      }
      done += isDone ? 1 : 0;
    }
    assertThat(metrics(ds).evaluate(query(m, quarter)).value(Metric.SUPERVISION_COMPLETION))
        .contains(new MetricValue(done, owed));
  }

  /** Random change sequences applied one by one equal a full re-evaluation with the changes added. */
  @Property(tries = 300)
  void liveMetricsEqualAFullReEvaluation(@ForAll Messy m, @ForAll long seed, @ForAll @IntRange(min = 0, max = 4) int quarter) {
    Random rnd = new Random(seed);
    OptionalInt q = quarter == 0 ? OptionalInt.empty() : OptionalInt.of(quarter);
    LiveMetrics live = LiveMetrics.of(m.dataSet(), Policy.defaults(), WorkPlans.defaults(), m.day(), q);
    DataSet.Builder changed = DataSet.builder().addAll(m.dataSet());
    int businesses = m.dataSet().businesses().size();
    int cadres = m.dataSet().cadres().size();
    for (int i = 0; i < 1 + rnd.nextInt(12); i++) {
      switch (rnd.nextInt(3)) {
        case 0 -> {
          Supervision s = MessyTownships.supervision(rnd, "new-v" + i, businesses, cadres);
          live.record(s);
          changed.add(s);
        }
        case 1 -> {
          GuaranteeRelation r = MessyTownships.relation(rnd, "new-r" + i, businesses, cadres);
          live.bind(r);
          changed.add(r);
        }
        default -> {
          StatusChange sc = new StatusChange(dev.responsibility.core.model.BusinessId.of("b" + rnd.nextInt(businesses)),
              MessyTownships.pick(rnd, dev.responsibility.core.model.OperatingStatus.values()), MessyTownships.day(rnd));
          try {
            DataSet.builder().addAll(changed.build()).add(sc).build();
          } catch (dev.responsibility.core.model.InvalidRecordException sameDay) {
            continue;
          }
          live.change(sc);
          changed.add(sc);
        }
      }
    }
    DataSet after = changed.build();
    InMemoryMetrics full = metrics(after);
    for (Optional<DivisionCode> scope : MessyTownships.scopes(after)) {
      MetricQuery fq = new MetricQuery(m.day(), q, scope);
      assertThat(live.report(scope).values()).as("scope %s", scope).isEqualTo(full.evaluate(fq).values());
    }
    for (DivisionLevel level : DivisionLevel.values()) {
      assertThat(live.rollUp(level)).isEqualTo(full.rollUp(new MetricQuery(m.day(), q, Optional.empty()), level));
    }
  }
}

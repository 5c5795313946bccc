package dev.responsibility.core.metrics;

import dev.responsibility.core.calendar.WorkPlans;
import dev.responsibility.core.dataset.DataSet;
import dev.responsibility.core.internal.Facts;
import dev.responsibility.core.internal.Index;
import dev.responsibility.core.internal.TaskRule;
import dev.responsibility.core.model.BusinessSize;
import dev.responsibility.core.model.Category;
import dev.responsibility.core.model.Division;
import dev.responsibility.core.model.DivisionCode;
import dev.responsibility.core.model.DivisionLevel;
import dev.responsibility.core.model.StaffRole;
import dev.responsibility.core.policy.DirectorMandateVersion;
import dev.responsibility.core.policy.Policy;
import dev.responsibility.core.rules.RecordRef;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The reference evaluator of {@link Metric}s: one pass per metric over the data set's compact
 * index, each counted record credited to its division's own row; totals are summed up the
 * division tree in one pass from the leaves. Immutable and thread-safe.
 */
public final class InMemoryMetrics implements MetricsEvaluator {

  private static final Category[] CATEGORIES = Category.values();
  private static final BusinessSize[] SIZES = BusinessSize.values();

  private final DataSet dataSet;
  private final Index ix;
  private final Policy policy;
  private final WorkPlans workPlans;

  private InMemoryMetrics(DataSet dataSet, Policy policy, WorkPlans workPlans) {
    this.dataSet = Objects.requireNonNull(dataSet, "dataSet");
    this.ix = dataSet.index();
    this.policy = Objects.requireNonNull(policy, "policy");
    this.workPlans = Objects.requireNonNull(workPlans, "workPlans");
  }

  /**
   * @param dataSet the data set, not null
   * @param policy the policy (director mandate, on-site rule, frequency per grade), not null
   * @param workPlans the work plans (entry windows), not null
   * @return the evaluator
   */
  public static InMemoryMetrics of(DataSet dataSet, Policy policy, WorkPlans workPlans) {
    return new InMemoryMetrics(dataSet, policy, workPlans);
  }

  /** Receives each record counted in a denominator: its index, its division key, and whether it meets the numerator. */
  @FunctionalInterface
  private interface Counted {
    void accept(int subject, int division, boolean met);
  }

  @Override
  public MetricsReport evaluate(MetricQuery query) {
    int scope = scopeKey(query);
    Map<Metric, MetricValue> values = new EnumMap<>(Metric.class);
    for (Metric metric : metricsOf(query)) {
      long[][] own = ownRows(metric, query);
      values.put(metric, scope < 0 ? sumAll(own) : totals(own)[scope]);
    }
    return new MetricsReport(query, values);
  }

  @Override
  public List<RollUpRow> rollUp(MetricQuery query, DivisionLevel level) {
    Objects.requireNonNull(level, "level");
    int scope = scopeKey(query);
    List<Metric> metrics = metricsOf(query);
    Map<Metric, MetricValue[]> totals = new EnumMap<>(Metric.class);
    Map<Metric, long[][]> owns = new EnumMap<>(Metric.class);
    for (Metric metric : metrics) {
      long[][] own = ownRows(metric, query);
      owns.put(metric, own);
      totals.put(metric, totals(own));
    }
    List<RollUpRow> rows = new ArrayList<>();
    List<Division> divisions = dataSet.divisions();
    for (int d = 0; d < divisions.size(); d++) {
      Division division = divisions.get(d);
      if (division.level() != level || (scope >= 0 && !ix.isAtOrBelow(d, scope))) {
        continue;
      }
      Map<Metric, MetricValue> own = new EnumMap<>(Metric.class);
      Map<Metric, MetricValue> total = new EnumMap<>(Metric.class);
      for (Metric metric : metrics) {
        long[][] o = owns.get(metric);
        own.put(metric, new MetricValue(o[0][d], o[1][d]));
        total.put(metric, totals.get(metric)[d]);
      }
      rows.add(new RollUpRow(division.code(), division.name(), division.level(), own, total));
    }
    return rows;
  }

  @Override
  public Page<RecordRef> missing(Metric metric, MetricQuery query, long offset, int limit) {
    MetricsEvaluator.requireExplainable(metric, query, offset, limit);
    int scope = scopeKey(query);
    List<RecordRef> page = new ArrayList<>(Math.min(limit, 1024));
    long[] seen = {0};
    count(metric, query, (subject, division, met) -> {
      if (met || (scope >= 0 && !ix.isAtOrBelow(division, scope))) {
        return;
      }
      if (seen[0] >= offset && page.size() < limit) {
        page.add(ref(metric, subject));
      }
      seen[0]++;
    });
    return new Page<>(page, seen[0], offset);
  }

  private List<Metric> metricsOf(MetricQuery query) {
    List<Metric> metrics = new ArrayList<>();
    for (Metric m : Metric.values()) {
      if (!m.isQuarterly() || query.quarter().isPresent()) {
        metrics.add(m);
      }
    }
    return metrics;
  }

  private int scopeKey(MetricQuery query) {
    if (query.scope().isEmpty()) {
      return -1;
    }
    return ix.scopeKey(query.scope().get().value());
  }

  /** Numerators ([0]) and denominators ([1]) of the records coded to each division key itself. */
  private long[][] ownRows(Metric metric, MetricQuery query) {
    long[][] own = new long[2][ix.divisions.size() + 1];
    int nowhere = ix.divisions.size();
    count(metric, query, (subject, division, met) -> {
      // A record whose division names no key at all (cannot happen for known records) goes to a spare slot.
      int slot = division < 0 ? nowhere : division;
      own[1][slot]++;
      if (met) {
        own[0][slot]++;
      }
    });
    return own;
  }

  private static MetricValue sumAll(long[][] own) {
    long n = 0;
    long d = 0;
    for (int k = 0; k < own[0].length; k++) {
      n += own[0][k];
      d += own[1][k];
    }
    return new MetricValue(n, d);
  }

  /** Totals of the known divisions: own row plus the children's totals, summed from the leaves up. */
  private MetricValue[] totals(long[][] own) {
    int known = ix.divisions.knownCount();
    long[] num = new long[known];
    long[] den = new long[known];
    System.arraycopy(own[0], 0, num, 0, known);
    System.arraycopy(own[1], 0, den, 0, known);
    int[] preorder = ix.divisionsInPreorder();
    for (int i = preorder.length - 1; i >= 0; i--) {
      int d = preorder[i];
      int parent = ix.divisionParent[d];
      if (parent >= 0) {
        num[parent] += num[d];
        den[parent] += den[d];
      }
    }
    MetricValue[] totals = new MetricValue[known];
    for (int d = 0; d < known; d++) {
      totals[d] = new MetricValue(num[d], den[d]);
    }
    return totals;
  }

  private RecordRef ref(Metric metric, int subject) {
    switch (metric.subject()) {
      case BUSINESS:
        return new RecordRef(RecordRef.Kind.BUSINESS, ix.businesses.id(subject));
      case CADRE:
        return new RecordRef(RecordRef.Kind.CADRE, ix.cadres.id(subject));
      case PROBLEM:
        return new RecordRef(RecordRef.Kind.PROBLEM, dataSet.problems().get(subject).id().value());
      default:
        return new RecordRef(RecordRef.Kind.RELATION, dataSet.relations().get(subject).id().value());
    }
  }

  /** Visits every record in the metric's denominator, in id order, saying whether it meets the numerator. */
  private void count(Metric metric, MetricQuery query, Counted out) {
    int day = Index.day(query.asOf());
    switch (metric) {
      case COVERAGE:
        forBase(day, b -> out.accept(b, ix.businessDivision[b], Facts.hasActiveRelationToActiveCadre(ix, b, day)));
        break;
      case DATA_COLLECTION:
        forBase(day, b -> out.accept(b, ix.businessDivision[b],
            ix.creditCodeValid[b] && ix.licenseNumberValid[b] && Facts.hasActiveRelationToKnownCadre(ix, b, day)));
        break;
      case STAFFING:
      case STAFFING_DIRECTOR:
      case STAFFING_OFFICER:
        DirectorMandateVersion mandate = policy.directorMandate().versionOn(query.asOf());
        forBase(day, b -> {
          if (mandate.isMandatory(CATEGORIES[ix.category[b]], SIZES[ix.size[b]], ix.diners[b])) {
            boolean director = metric != Metric.STAFFING_OFFICER && Facts.hasActiveStaff(ix, b, StaffRole.DIRECTOR, day);
            boolean officer = metric != Metric.STAFFING_DIRECTOR && Facts.hasActiveStaff(ix, b, StaffRole.OFFICER, day);
            boolean met = metric == Metric.STAFFING ? director && officer
                : metric == Metric.STAFFING_DIRECTOR ? director : officer;
            out.accept(b, ix.businessDivision[b], met);
          }
        });
        break;
      case DOCUMENTS:
        for (int c = 0; c < ix.cadres.knownCount(); c++) {
          if (ix.isCadreActive(c, day) && Facts.holdsActiveRelation(ix, c, day)) {
            out.accept(c, ix.cadreDivision[c], Facts.holdsAllValidDocuments(ix, c, day));
          }
        }
        break;
      case PROBLEM_DISPOSAL:
        for (int p = 0; p < ix.problemBusiness.length; p++) {
          int b = ix.problemBusiness[p];
          if (ix.businesses.isKnown(b) && ix.problemFound[p] <= day) {
            out.accept(p, ix.businessDivision[b], ix.problemClosed[p] <= day);
          }
        }
        break;
      case SUPERVISION_COMPLETION:
        countTasks(query, out);
        break;
      default:
        throw new IllegalStateException("no evaluation for " + metric);
    }
  }

  private void forBase(int day, java.util.function.IntConsumer business) {
    for (int b = 0; b < ix.businesses.knownCount(); b++) {
      if (ix.isInBase(b, day)) {
        business.accept(b);
      }
    }
  }

  private void countTasks(MetricQuery query, Counted out) {
    TaskRule rule = TaskRule.of(workPlans, policy, query.asOf(), query.quarter().orElseThrow());
    for (int r = 0; r < ix.relationBusiness.length; r++) {
      int b = ix.relationBusiness[r];
      if (ix.businesses.isKnown(b) && rule.isOwed(ix.relationFrom[r], ix.relationTo[r])) {
        out.accept(r, ix.businessDivision[b], rule.doneCount(ix, r) >= rule.needed(ix.grade[b]));
      }
    }
  }
}

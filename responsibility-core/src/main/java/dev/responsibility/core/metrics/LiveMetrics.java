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
import dev.responsibility.core.model.GuaranteeRelation;
import dev.responsibility.core.model.InvalidRecordException;
import dev.responsibility.core.model.OperatingStatus;
import dev.responsibility.core.model.StaffRole;
import dev.responsibility.core.model.StatusChange;
import dev.responsibility.core.model.Supervision;
import dev.responsibility.core.policy.DirectorMandateVersion;
import dev.responsibility.core.policy.Policy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The metrics of one day (and, when asked, one quarter) kept current as the data changes:
 * recording a supervision, binding a relation or changing a status re-evaluates only the records
 * it touches (a business, a cadre, the tasks of a cadre and business) and moves their division's
 * own row and every total above it by the difference. Answers always equal a full {@link
 * InMemoryMetrics} evaluation of the data set with the same changes added. Not thread-safe:
 * serialise changes, or guard the instance with a lock.
 */
public final class LiveMetrics {

  private static final Category[] CATEGORIES = Category.values();
  private static final BusinessSize[] SIZES = BusinessSize.values();
  private static final byte OPERATING = (byte) OperatingStatus.OPERATING.ordinal();
  private static final Metric[] BUSINESS_METRICS = {
      Metric.COVERAGE, Metric.STAFFING, Metric.STAFFING_DIRECTOR, Metric.STAFFING_OFFICER, Metric.DATA_COLLECTION};
  private static final int DEN = 1;
  private static final int NUM = 2;

  private final DataSet dataSet;
  private final Index ix;
  private final LocalDate asOf;
  private final int day;
  private final OptionalInt quarter;
  private final DirectorMandateVersion mandate;
  private final TaskRule taskRule;

  /** Counts per metric: own rows by division key ([1] spare slot for "no division"), totals of known divisions, grand total. */
  private final long[][][] own = new long[Metric.values().length][2][];
  private final long[][][] total = new long[Metric.values().length][2][];
  private final long[][] grand = new long[Metric.values().length][2];

  /** What each record currently contributes: DEN and NUM bits per metric. */
  private final byte[][] businessBits;
  private final byte[] cadreBits;
  private byte[] taskBits;

  // Changes since the data set: relations, supervisions and status changes, by owner key.
  private final Map<String, Integer> newCadreKeys = new HashMap<>();
  private final Set<String> newRelationIds = new HashSet<>();
  private final Set<String> newSupervisionIds = new HashSet<>();
  private int[] relCadre = new int[16];
  private int[] relBusiness = new int[16];
  private int[] relFrom = new int[16];
  private int[] relTo = new int[16];
  private int added;
  private final Map<Integer, List<Integer>> addedRelationsByBusiness = new HashMap<>();
  private final Map<Integer, List<Integer>> addedRelationsByCadre = new HashMap<>();
  private final Map<Integer, List<int[]>> addedSupervisionsByBusiness = new HashMap<>();
  private final Map<Integer, List<int[]>> addedStatusesByBusiness = new HashMap<>();

  private LiveMetrics(DataSet dataSet, Policy policy, WorkPlans workPlans, LocalDate asOf, OptionalInt quarter) {
    this.dataSet = Objects.requireNonNull(dataSet, "dataSet");
    this.ix = dataSet.index();
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.day = Index.day(asOf);
    this.quarter = quarter;
    this.mandate = policy.directorMandate().versionOn(asOf);
    this.taskRule = quarter.isPresent() ? TaskRule.of(workPlans, policy, asOf, quarter.getAsInt()) : null;
    int divisions = ix.divisions.size() + 1;
    for (int m = 0; m < own.length; m++) {
      own[m][0] = new long[divisions];
      own[m][1] = new long[divisions];
      total[m][0] = new long[ix.divisions.knownCount()];
      total[m][1] = new long[ix.divisions.knownCount()];
    }
    businessBits = new byte[BUSINESS_METRICS.length][ix.businesses.knownCount()];
    cadreBits = new byte[ix.cadres.knownCount()];
    taskBits = new byte[ix.relationBusiness.length + 16];
    for (int b = 0; b < ix.businesses.knownCount(); b++) {
      refreshBusiness(b);
    }
    for (int c = 0; c < ix.cadres.knownCount(); c++) {
      refreshCadre(c);
    }
    for (int r = 0; r < ix.relationBusiness.length; r++) {
      refreshTask(r);
    }
    for (int p = 0; p < ix.problemBusiness.length; p++) {
      int b = ix.problemBusiness[p];
      if (ix.businesses.isKnown(b) && ix.problemFound[p] <= day) {
        apply(Metric.PROBLEM_DISPOSAL, ix.businessDivision[b], (byte) 0, bits(true, ix.problemClosed[p] <= day));
      }
    }
  }

  /**
   * @param dataSet the data set as it stands, not null
   * @param policy the policy, not null
   * @param workPlans the work plans, not null
   * @param asOf the day the metrics are kept for, not null
   * @param quarter the quarter of {@code asOf}'s year for supervision-completion, or empty
   * @return the live metrics, evaluated in full once
   */
  public static LiveMetrics of(DataSet dataSet, Policy policy, WorkPlans workPlans, LocalDate asOf, OptionalInt quarter) {
    quarter.ifPresent(q -> {
      if (q < 1 || q > 4) {
        throw new IllegalArgumentException("quarter must be 1-4: " + q);
      }
    });
    return new LiveMetrics(dataSet, policy, workPlans, asOf, quarter);
  }

  // ---- changes ----

  /**
   * Records a supervision: the tasks of its cadre and business are re-evaluated.
   *
   * @param supervision the new record, not null
   * @throws InvalidRecordException if its id is already taken
   */
  public void record(Supervision supervision) {
    String id = supervision.id().value();
    if (dataSet.hasSupervision(supervision.id()) || !newSupervisionIds.add(id)) {
      throw InvalidRecordException.of("Supervision", "id", id, "repeats: two records of the data set have this id");
    }
    int b = ix.businesses.keyOf(supervision.business().value());
    if (b < 0) {
      return; // A business nobody else names: it owes no task and counts in no metric.
    }
    int c = cadreKey(supervision.cadre().value());
    addedSupervisionsByBusiness.computeIfAbsent(b, k -> new ArrayList<>()).add(new int[] {
        c, Index.day(supervision.visitDate()), Index.day(supervision.entryDay()), supervision.mode().ordinal()});
    forEachRelation(b, r -> {
      if (relationCadre(r) == c) {
        refreshTask(r);
      }
    });
  }

  /**
   * Binds a relation: its business, its cadre and its new task are re-evaluated.
   *
   * @param relation the new relation, not null
   * @throws InvalidRecordException if its id is already taken
   */
  public void bind(GuaranteeRelation relation) {
    String id = relation.id().value();
    if (dataSet.hasRelation(relation.id()) || !newRelationIds.add(id)) {
      throw InvalidRecordException.of("GuaranteeRelation", "id", id, "repeats: two records of the data set have this id");
    }
    int b = ix.businesses.keyOf(relation.business().value());
    int c = cadreKey(relation.cadre().value());
    int r = ix.relationBusiness.length + added;
    if (added == relCadre.length) {
      relCadre = Arrays.copyOf(relCadre, added * 2);
      relBusiness = Arrays.copyOf(relBusiness, added * 2);
      relFrom = Arrays.copyOf(relFrom, added * 2);
      relTo = Arrays.copyOf(relTo, added * 2);
    }
    relCadre[added] = c;
    relBusiness[added] = b;
    relFrom[added] = Index.day(relation.validFrom());
    relTo[added] = Index.day(relation.validTo());
    added++;
    if (r >= taskBits.length) {
      taskBits = Arrays.copyOf(taskBits, taskBits.length * 2);
    }
    if (b >= 0) {
      addedRelationsByBusiness.computeIfAbsent(b, k -> new ArrayList<>()).add(r);
    }
    addedRelationsByCadre.computeIfAbsent(c, k -> new ArrayList<>()).add(r);
    if (ix.businesses.isKnown(b)) {
      refreshBusiness(b);
      refreshTask(r);
    }
    if (ix.cadres.isKnown(c)) {
      refreshCadre(c);
    }
  }

  /**
   * Changes a business's status: its base membership and every business metric are re-evaluated.
   *
   * @param change the status change, not null
   * @throws InvalidRecordException if the business already has a status change on that day
   */
  public void change(StatusChange change) {
    int b = ix.businesses.keyOf(change.business().value());
    int from = Index.day(change.effectiveFrom());
    if (b >= 0) {
      boolean sameDay = false;
      for (int p = ix.statusesByBusiness.from(b); p < ix.statusesByBusiness.to(b); p++) {
        sameDay |= ix.statusDay[ix.statusesByBusiness.item(p)] == from;
      }
      for (int[] s : addedStatusesByBusiness.getOrDefault(b, List.of())) {
        sameDay |= s[0] == from;
      }
      if (sameDay) {
        throw InvalidRecordException.of("StatusChange", "effectiveFrom", change.effectiveFrom(),
            "business " + change.business() + " has two status changes on one day");
      }
      addedStatusesByBusiness.computeIfAbsent(b, k -> new ArrayList<>()).add(new int[] {from, change.status().ordinal()});
    }
    if (ix.businesses.isKnown(b)) {
      refreshBusiness(b);
    }
  }

  // ---- answers ----

  /** @return the day the metrics are kept for */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * @param scope a division (everything at or below it), or empty for the whole data set
   * @return the current values, as {@link InMemoryMetrics#evaluate} would give them
   * @throws IllegalArgumentException if the scope is not a division of the data set
   */
  public MetricsReport report(Optional<DivisionCode> scope) {
    int s = scopeKey(scope);
    Map<Metric, MetricValue> values = new EnumMap<>(Metric.class);
    for (Metric m : Metric.values()) {
      if (m.isQuarterly() && quarter.isEmpty()) {
        continue;
      }
      int i = m.ordinal();
      values.put(m, s < 0 ? new MetricValue(grand[i][0], grand[i][1]) : new MetricValue(total[i][0][s], total[i][1][s]));
    }
    return new MetricsReport(new MetricQuery(asOf, quarter, scope), values);
  }

  /**
   * @param level the level whose divisions make the rows, not null
   * @return each division of that level with its own row and total, as {@link InMemoryMetrics#rollUp} gives them
   */
  public List<RollUpRow> rollUp(DivisionLevel level) {
    List<RollUpRow> rows = new ArrayList<>();
    List<Division> divisions = dataSet.divisions();
    for (int d = 0; d < divisions.size(); d++) {
      Division division = divisions.get(d);
      if (division.level() != level) {
        continue;
      }
      Map<Metric, MetricValue> ownRow = new EnumMap<>(Metric.class);
      Map<Metric, MetricValue> totalRow = new EnumMap<>(Metric.class);
      for (Metric m : Metric.values()) {
        if (m.isQuarterly() && quarter.isEmpty()) {
          continue;
        }
        int i = m.ordinal();
        ownRow.put(m, new MetricValue(own[i][0][d], own[i][1][d]));
        totalRow.put(m, new MetricValue(total[i][0][d], total[i][1][d]));
      }
      rows.add(new RollUpRow(division.code(), division.name(), division.level(), ownRow, totalRow));
    }
    return rows;
  }

  // ---- re-evaluation of one record ----

  private void refreshBusiness(int b) {
    boolean inBase = Index.within(day, ix.licenseIssued[b], ix.licenseExpires[b]) && statusOn(b) == OPERATING;
    boolean mandatory = inBase && mandate.isMandatory(CATEGORIES[ix.category[b]], SIZES[ix.size[b]], ix.diners[b]);
    boolean director = mandatory && Facts.hasActiveStaff(ix, b, StaffRole.DIRECTOR, day);
    boolean officer = mandatory && Facts.hasActiveStaff(ix, b, StaffRole.OFFICER, day);
    boolean toActiveCadre = false;
    boolean toKnownCadre = false;
    if (inBase) {
      for (int r : relationsOf(b)) {
        int c = relationCadre(r);
        if (Index.within(day, relationFrom(r), relationTo(r)) && ix.cadres.isKnown(c)) {
          toKnownCadre = true;
          toActiveCadre |= ix.isCadreActive(c, day);
        }
      }
    }
    byte[] next = {
        bits(inBase, toActiveCadre),
        bits(mandatory, director && officer),
        bits(mandatory, director),
        bits(mandatory, officer),
        bits(inBase, ix.creditCodeValid[b] && ix.licenseNumberValid[b] && toKnownCadre)};
    for (int i = 0; i < BUSINESS_METRICS.length; i++) {
      apply(BUSINESS_METRICS[i], ix.businessDivision[b], businessBits[i][b], next[i]);
      businessBits[i][b] = next[i];
    }
  }

  private void refreshCadre(int c) {
    boolean holds = false;
    if (ix.isCadreActive(c, day)) {
      holds = Facts.holdsActiveRelation(ix, c, day);
      for (int r : addedRelationsByCadre.getOrDefault(c, List.of())) {
        holds |= ix.businesses.isKnown(relationBusiness(r)) && Index.within(day, relationFrom(r), relationTo(r));
      }
    }
    byte next = bits(holds, holds && Facts.holdsAllValidDocuments(ix, c, day));
    apply(Metric.DOCUMENTS, ix.cadreDivision[c], cadreBits[c], next);
    cadreBits[c] = next;
  }

  private void refreshTask(int r) {
    if (taskRule == null) {
      return;
    }
    int b = relationBusiness(r);
    if (!ix.businesses.isKnown(b) || !taskRule.isOwed(relationFrom(r), relationTo(r))) {
      return;
    }
    int needed = taskRule.needed(ix.grade[b]);
    int found = r < ix.relationBusiness.length ? taskRule.doneCount(ix, r) : countIndexed(b, r, needed);
    for (int[] s : addedSupervisionsByBusiness.getOrDefault(b, List.of())) {
      if (found < needed && taskRule.qualifies(s[0], s[1], s[2], (byte) s[3], relationCadre(r), relationFrom(r),
          relationTo(r), ix.highRisk[b])) {
        found++;
      }
    }
    byte next = bits(true, found >= needed);
    apply(Metric.SUPERVISION_COMPLETION, ix.businessDivision[b], taskBits[r], next);
    taskBits[r] = next;
  }

  /** The data set's supervisions that count for a relation added since (doneCount covers indexed relations only). */
  private int countIndexed(int b, int r, int needed) {
    int found = 0;
    for (int p = ix.supervisionsByBusiness.from(b); p < ix.supervisionsByBusiness.to(b) && found < needed; p++) {
      int s = ix.supervisionsByBusiness.item(p);
      if (taskRule.qualifies(ix.supervisionCadre[s], ix.visitDay[s], ix.entryDay[s], ix.supervisionMode[s],
          relationCadre(r), relationFrom(r), relationTo(r), ix.highRisk[b])) {
        found++;
      }
    }
    return found;
  }

  /** Moves the counts of one metric at one division (own row, totals up the tree, grand total) from one contribution to another. */
  private void apply(Metric metric, int division, byte before, byte after) {
    if (before == after) {
      return;
    }
    int m = metric.ordinal();
    long dDen = ((after & DEN) != 0 ? 1 : 0) - ((before & DEN) != 0 ? 1 : 0);
    long dNum = ((after & NUM) != 0 ? 1 : 0) - ((before & NUM) != 0 ? 1 : 0);
    int slot = division < 0 ? own[m][0].length - 1 : division;
    own[m][0][slot] += dNum;
    own[m][1][slot] += dDen;
    grand[m][0] += dNum;
    grand[m][1] += dDen;
    for (int d = division; ix.divisions.isKnown(d); d = ix.divisionParent[d]) {
      total[m][0][d] += dNum;
      total[m][1][d] += dDen;
    }
  }

  private static byte bits(boolean counted, boolean met) {
    return (byte) ((counted ? DEN : 0) | (counted && met ? NUM : 0));
  }

  // ---- the data set with the changes ----

  private byte statusOn(int b) {
    int latestDay = Integer.MIN_VALUE;
    byte status = OPERATING;
    for (int p = ix.statusesByBusiness.from(b); p < ix.statusesByBusiness.to(b); p++) {
      int s = ix.statusesByBusiness.item(p);
      if (ix.statusDay[s] <= day && ix.statusDay[s] > latestDay) {
        latestDay = ix.statusDay[s];
        status = ix.statusValue[s];
      }
    }
    for (int[] s : addedStatusesByBusiness.getOrDefault(b, List.of())) {
      if (s[0] <= day && s[0] > latestDay) {
        latestDay = s[0];
        status = (byte) s[1];
      }
    }
    return status;
  }

  private List<Integer> relationsOf(int b) {
    List<Integer> rs = new ArrayList<>();
    for (int p = ix.relationsByBusiness.from(b); p < ix.relationsByBusiness.to(b); p++) {
      rs.add(ix.relationsByBusiness.item(p));
    }
    rs.addAll(addedRelationsByBusiness.getOrDefault(b, List.of()));
    return rs;
  }

  private void forEachRelation(int b, java.util.function.IntConsumer action) {
    relationsOf(b).forEach(action::accept);
  }

  private int relationCadre(int r) {
    return r < ix.relationBusiness.length ? ix.relationCadre[r] : relCadre[r - ix.relationBusiness.length];
  }

  private int relationBusiness(int r) {
    return r < ix.relationBusiness.length ? ix.relationBusiness[r] : relBusiness[r - ix.relationBusiness.length];
  }

  private int relationFrom(int r) {
    return r < ix.relationBusiness.length ? ix.relationFrom[r] : relFrom[r - ix.relationBusiness.length];
  }

  private int relationTo(int r) {
    return r < ix.relationBusiness.length ? ix.relationTo[r] : relTo[r - ix.relationBusiness.length];
  }

  /** The index's key for a cadre id, or a new key past the index's for an id it has never seen (an unknown cadre). */
  private int cadreKey(String id) {
    int k = ix.cadres.keyOf(id);
    return k >= 0 ? k : newCadreKeys.computeIfAbsent(id, x -> ix.cadres.size() + newCadreKeys.size());
  }

  private int scopeKey(Optional<DivisionCode> scope) {
    if (scope.isEmpty()) {
      return -1;
    }
    return ix.scopeKey(scope.get().value());
  }
}

package dev.responsibility.core.rules;

import dev.responsibility.core.calendar.WorkPlan;
import dev.responsibility.core.calendar.WorkPlans;
import dev.responsibility.core.dataset.DataSet;
import dev.responsibility.core.internal.Index;
import dev.responsibility.core.policy.Policy;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a check reads: the data set and its index, the day asked about, the policy and the work
 * plans, and the severity each code reports with. Computes once what several checks need (the
 * base on the day). Not thread-safe: one context per evaluation.
 */
public final class CheckContext implements ViolationFactory {

  private final DataSet dataSet;
  private final Index index;
  private final LocalDate asOf;
  private final int day;
  private final Policy policy;
  private final WorkPlans workPlans;
  private final Map<CheckCode, Severity> severities;
  private final Map<Integer, int[]> deadlinesByYear = new HashMap<>();
  private boolean[] inBase;

  CheckContext(DataSet dataSet, LocalDate asOf, Policy policy, WorkPlans workPlans, Map<CheckCode, Severity> severities) {
    this.dataSet = Objects.requireNonNull(dataSet, "dataSet");
    this.index = dataSet.index();
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.day = Index.day(asOf);
    this.policy = Objects.requireNonNull(policy, "policy");
    this.workPlans = Objects.requireNonNull(workPlans, "workPlans");
    this.severities = severities;
  }

  /** @return the data set */
  public DataSet dataSet() {
    return dataSet;
  }

  /** @return the data set's compact index */
  public Index index() {
    return index;
  }

  /** @return the day asked about */
  public LocalDate asOf() {
    return asOf;
  }

  /** @return the day asked about, as an epoch day */
  public int day() {
    return day;
  }

  /** @return the policy */
  public Policy policy() {
    return policy;
  }

  /** @return the work plans */
  public WorkPlans workPlans() {
    return workPlans;
  }

  /**
   * @param business a known business key
   * @return whether it is in the base on the day (licence valid and OPERATING)
   */
  public boolean inBase(int business) {
    if (inBase == null) {
      inBase = new boolean[index.businesses.knownCount()];
      for (int b = 0; b < inBase.length; b++) {
        inBase[b] = index.isInBase(b, day);
      }
    }
    return inBase[business];
  }

  /**
   * @param visitDay an epoch day
   * @return the entry deadline, as an epoch day, of the quarter of that day in its year's plan
   */
  public int entryDeadlineOf(int visitDay) {
    LocalDate visit = LocalDate.ofEpochDay(visitDay);
    int[] deadlines = deadlinesByYear.computeIfAbsent(visit.getYear(), year -> {
      WorkPlan plan = workPlans.forYear(year);
      int[] d = new int[4];
      for (int q = 1; q <= 4; q++) {
        d[q - 1] = Index.day(plan.quarter(q).entryDeadline());
      }
      return d;
    });
    return deadlines[(visit.getMonthValue() - 1) / 3];
  }

  /**
   * @param code a check code
   * @return a violation builder with the code, its severity and the day filled in
   */
  @Override
  public ImmutableViolation.Builder violation(CheckCode code) {
    return Violation.builder().code(code).severity(severities.getOrDefault(code, Severity.ERROR)).asOf(asOf);
  }

  /** Receives an active relation of a known business and a known cadre: its index and both keys. */
  @FunctionalInterface
  public interface KnownRelation {
    /**
     * @param relation the relation's index
     * @param business its business's key
     * @param cadre its cadre's key
     */
    void accept(int relation, int business, int cadre);
  }

  /**
   * Visits, in relation id order, every relation active on the day whose business and cadre are
   * both known: the subjects of INACTIVE_CADRE, LEVEL_MISMATCH and OUT_OF_JURISDICTION.
   *
   * @param visitor receives each, not null
   */
  public void forEachActiveRelationOfKnownRecords(KnownRelation visitor) {
    for (int r = 0; r < index.relationBusiness.length; r++) {
      int b = index.relationBusiness[r];
      int c = index.relationCadre[r];
      if (index.businesses.isKnown(b) && index.cadres.isKnown(c) && index.isRelationActive(r, day)) {
        visitor.accept(r, b, c);
      }
    }
  }

  /**
   * @param business a business key, known or not
   * @return a reference to that business
   */
  public RecordRef businessRef(int business) {
    return new RecordRef(RecordRef.Kind.BUSINESS, index.businesses.id(business));
  }

  /**
   * @param cadre a cadre key, known or not
   * @return a reference to that cadre
   */
  public RecordRef cadreRef(int cadre) {
    return new RecordRef(RecordRef.Kind.CADRE, index.cadres.id(cadre));
  }

  /**
   * @param relation a relation index
   * @return a reference to that relation
   */
  public RecordRef relationRef(int relation) {
    return new RecordRef(RecordRef.Kind.RELATION, dataSet.relations().get(relation).id().value());
  }

  /**
   * @param supervision a supervision index
   * @return a reference to that supervision
   */
  public RecordRef supervisionRef(int supervision) {
    return new RecordRef(RecordRef.Kind.SUPERVISION, dataSet.supervisions().get(supervision).id().value());
  }

  /**
   * @param business a known business key
   * @return its name
   */
  public String businessName(int business) {
    return dataSet.businesses().get(business).name();
  }

  /**
   * @param cadre a known cadre key
   * @return the cadre's name
   */
  public String cadreName(int cadre) {
    return dataSet.cadres().get(cadre).name();
  }

  /**
   * @param refs record references, not null
   * @return their ids, joined by commas for a message
   */
  public static String ids(List<RecordRef> refs) {
    return refs.stream().map(RecordRef::id).collect(Collectors.joining(", "));
  }
}

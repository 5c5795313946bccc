package dev.responsibility.core.rules;

import dev.responsibility.core.calendar.WorkPlans;
import dev.responsibility.core.dataset.DataSet;
import dev.responsibility.core.policy.Policy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The suite of FORMAT.md's sixteen checks, in report order, with the severity each reports
 * with. Immutable and thread-safe; {@link #withSeverity} returns a new suite.
 */
public final class Checks {

  private static final List<Check> ALL = List.of(
      new EveryBusinessCovered(),
      new OneActiveRelationPerBusiness(),
      new RelationsNameKnownRecords(),
      new NoRelationOutsideTheBase(),
      new RelationsHeldByActiveCadres(),
      new CadreLevelMatchesGrade(),
      new CadreGuaranteesWithinJurisdiction(),
      new CadresHoldValidDocuments(),
      new CreditCodesValid(),
      new CreditCodesUnique(),
      new LicensesValidInForm(),
      new DirectorAppointed(),
      new OfficerAppointed(),
      new EntriesBeforeDeadline(),
      new EntriesNotBeforeVisit(),
      new SupervisionsWithinRelationPeriod());

  private static final Checks DEFAULTS = new Checks(new EnumMap<>(CheckCode.class));

  private final Map<CheckCode, Severity> severities;

  private Checks(Map<CheckCode, Severity> severities) {
    this.severities = severities;
  }

  /** @return every check, each reporting at {@link Severity#ERROR} */
  public static Checks defaults() {
    return DEFAULTS;
  }

  /**
   * @param code a check, not null
   * @param severity its new severity, not null (R6 lets an embedder relax LEVEL_MISMATCH)
   * @return a suite with that severity
   */
  public Checks withSeverity(CheckCode code, Severity severity) {
    Map<CheckCode, Severity> next = new EnumMap<>(CheckCode.class);
    next.putAll(severities);
    next.put(Objects.requireNonNull(code, "code"), Objects.requireNonNull(severity, "severity"));
    return new Checks(next);
  }

  /**
   * @param code a check, not null
   * @return its severity in this suite
   */
  public Severity severityOf(CheckCode code) {
    return severities.getOrDefault(code, Severity.ERROR);
  }

  /** @return the checks, in report order (that of {@link CheckCode}) */
  public List<Check> all() {
    return ALL;
  }

  /**
   * Runs every check as of a day.
   *
   * @param dataSet the data set, not null
   * @param asOf the day, not null
   * @param policy the policy, not null
   * @param workPlans the work plans, not null
   * @return the report: violations by code, then by the ids of the records they name
   */
  public CheckReport run(DataSet dataSet, LocalDate asOf, Policy policy, WorkPlans workPlans) {
    CheckContext context = new CheckContext(dataSet, asOf, policy, workPlans, severities);
    List<Violation> violations = new ArrayList<>();
    for (Check check : ALL) {
      check.evaluate(context, violations::add);
    }
    return new CheckReport(asOf, violations);
  }
}

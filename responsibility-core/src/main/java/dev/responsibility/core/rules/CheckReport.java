package dev.responsibility.core.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The violations of a data set as of a day, in report order (by check code, then by the ids of
 * the records each is counted per), with a count for every code, zeros included. Immutable and
 * thread-safe.
 */
public final class CheckReport {

  /** Report order: by code, then by the id of the record counted, then by variant (a document's kind). */
  private static final Comparator<Violation> REPORT_ORDER = Comparator.comparing(Violation::code)
      .thenComparing(v -> v.subject().id())
      .thenComparing(v -> v.variant().orElse(""));

  private final LocalDate asOf;
  private final List<Violation> violations;
  private final Map<CheckCode, Integer> counts;

  CheckReport(LocalDate asOf, List<Violation> violations) {
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    List<Violation> ordered = new ArrayList<>(violations);
    ordered.sort(REPORT_ORDER);
    this.violations = List.copyOf(ordered);
    Map<CheckCode, Integer> n = new EnumMap<>(CheckCode.class);
    for (CheckCode code : CheckCode.values()) {
      n.put(code, 0);
    }
    violations.forEach(v -> n.merge(v.code(), 1, Integer::sum));
    this.counts = Collections.unmodifiableMap(n);
  }

  /**
   * A report from violations found by another evaluator (SQL), put in report order.
   *
   * @param asOf the day, not null
   * @param violations the violations in any order, not null
   * @return the report
   */
  public static CheckReport of(LocalDate asOf, List<Violation> violations) {
    return new CheckReport(asOf, violations);
  }

  /** @return the day the checks were asked about */
  public LocalDate asOf() {
    return asOf;
  }

  /** @return every violation, in report order */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * @param code a check code, not null
   * @return the violations of that check, in report order
   */
  public List<Violation> violations(CheckCode code) {
    return violations.stream().filter(v -> v.code() == code).toList();
  }

  /**
   * @param code a check code, not null
   * @return how many violations the check found
   */
  public int count(CheckCode code) {
    return counts.get(code);
  }

  /** @return the count of every code, in code order, zeros included */
  public Map<CheckCode, Integer> counts() {
    return counts;
  }

  /** @return whether no check found anything */
  public boolean isClean() {
    return violations.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CheckReport r && r.asOf.equals(asOf) && r.violations.equals(violations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(asOf, violations);
  }

  @Override
  public String toString() {
    return "CheckReport[asOf=" + asOf + ", " + violations.size() + " violations]";
  }
}

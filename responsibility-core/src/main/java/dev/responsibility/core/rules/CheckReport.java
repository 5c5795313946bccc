package dev.responsibility.core.rules;

import java.time.LocalDate;
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

  private final LocalDate asOf;
  private final List<Violation> violations;
  private final Map<CheckCode, Integer> counts;

  CheckReport(LocalDate asOf, List<Violation> violations) {
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.violations = List.copyOf(violations);
    Map<CheckCode, Integer> n = new EnumMap<>(CheckCode.class);
    for (CheckCode code : CheckCode.values()) {
      n.put(code, 0);
    }
    violations.forEach(v -> n.merge(v.code(), 1, Integer::sum));
    this.counts = Collections.unmodifiableMap(n);
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
  public String toString() {
    return "CheckReport[asOf=" + asOf + ", " + violations.size() + " violations]";
  }
}

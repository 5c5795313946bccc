package dev.responsibility.testkit;

import dev.responsibility.core.Responsibility;
import dev.responsibility.core.dataset.DataSet;
import dev.responsibility.core.rules.CheckCode;
import dev.responsibility.core.rules.CheckReport;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A generated data set and the day it was made for: with no faults, no check finds anything as
 * of {@link #asOf()}; with faults, the checks find exactly {@link #expectedViolations()}.
 * Immutable and thread-safe.
 *
 * @param dataSet the data set, not null
 * @param asOf the day it was made for, not null
 * @param faults how many faults of each kind it carries, not null; none for a consistent one
 * @param origin how it was made, for reports: the generator's settings and the faults injected since
 */
public record GeneratedDataSet(DataSet dataSet, LocalDate asOf, Map<Fault, Integer> faults, String origin) {

  /**
   * @param dataSet as in the record description
   * @param asOf as in the record description
   * @param faults as in the record description; kinds counted 0 are dropped, the rest kept in
   *     {@link Fault} order
   * @param origin as in the record description
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a count is negative
   */
  public GeneratedDataSet {
    Objects.requireNonNull(dataSet, "dataSet");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(origin, "origin");
    Map<Fault, Integer> counted = new EnumMap<>(Fault.class);
    Objects.requireNonNull(faults, "faults").forEach((fault, n) -> {
      if (n < 0) {
        throw new IllegalArgumentException("negative count of " + fault + ": " + n);
      }
      if (n > 0) {
        counted.put(fault, n);
      }
    });
    faults = Collections.unmodifiableMap(counted);
  }

  /** @return the year whose quarters were supervised: that of {@link #asOf()} */
  public int year() {
    return asOf.getYear();
  }

  /** @return whether no fault was made: no check finds anything as of {@link #asOf()} */
  public boolean isConsistent() {
    return faults.isEmpty();
  }

  /** @return for every check code, in code order, how many violations the faults make */
  public Map<CheckCode, Integer> expectedViolations() {
    Map<CheckCode, Integer> expected = new EnumMap<>(CheckCode.class);
    for (CheckCode code : CheckCode.values()) {
      expected.put(code, 0);
    }
    faults.forEach((fault, n) -> expected.merge(fault.code(), n * fault.expectedViolations(), Integer::sum));
    return expected;
  }

  /** @return the checks as of {@link #asOf()} with the default policy and work plans */
  public CheckReport check() {
    return Responsibility.of(dataSet).check(asOf);
  }

  /** @return the origin, the day and the size, such as {@code GeneratedDataSet[seed 7, 40 businesses, …]} */
  @Override
  public String toString() {
    return "GeneratedDataSet[" + origin + "; " + dataSet + "]";
  }
}

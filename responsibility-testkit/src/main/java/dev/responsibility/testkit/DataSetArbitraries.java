package dev.responsibility.testkit;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries of generated data sets: consistent townships (1 to 60 businesses, any seed,
 * any day of 2023 to 2026), and the same with one fault of a kind. Shrinking goes towards fewer
 * businesses and earlier days.
 */
public final class DataSetArbitraries {

  private DataSetArbitraries() {}

  /** @return consistent townships: no check reports anything on their day */
  public static Arbitrary<GeneratedDataSet> consistent() {
    return consistent(1, 60);
  }

  /**
   * @param minBusinesses the fewest businesses, ≥ 1
   * @param maxBusinesses the most businesses
   * @return consistent data sets of that size
   */
  public static Arbitrary<GeneratedDataSet> consistent(int minBusinesses, int maxBusinesses) {
    Arbitrary<LocalDate> days = Arbitraries.integers().between(0, (int) (LocalDate.of(2026, 12, 31).toEpochDay()
        - LocalDate.of(2023, 1, 1).toEpochDay())).map(n -> LocalDate.of(2023, 1, 1).plusDays(n));
    return Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(minBusinesses, maxBusinesses), days)
        .as((seed, size, day) -> DataSetGenerator.of(seed, size).asOf(day).generate());
  }

  /** @return any fault */
  public static Arbitrary<Fault> faults() {
    return Arbitraries.of(Fault.class);
  }

  /**
   * @param fault the fault, not null
   * @return consistent townships of 20 to 60 businesses with that fault injected
   */
  public static Arbitrary<GeneratedDataSet> withFault(Fault fault) {
    return consistent(20, 60).map(fault::injectInto);
  }
}

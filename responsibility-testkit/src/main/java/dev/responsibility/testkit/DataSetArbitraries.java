package dev.responsibility.testkit;

import java.time.LocalDate;
import java.time.Year;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries of generated data sets: consistent townships (no check finds anything on
 * their day) and the same with one fault of a kind. A township is drawn from a seed, a size and a
 * day of 2023 to 2026 — the seed township's plan year, leap 2024, and 2025 when the director
 * mandate changes on 15 April; quarter ends, entry deadlines and that day come up as edge cases.
 * Shrinking goes towards fewer businesses, seed 0 and earlier days.
 */
public final class DataSetArbitraries {

  /** The fewest businesses of a drawn township. */
  public static final int MIN_BUSINESSES = 1;
  /** The most businesses of a drawn township. */
  public static final int MAX_BUSINESSES = 60;
  private static final int FIRST_YEAR = 2023;
  private static final int LAST_YEAR = 2026;

  private DataSetArbitraries() {}

  /** @return consistent townships of 1 to 60 businesses, any seed, any day of 2023 to 2026 */
  public static Arbitrary<GeneratedDataSet> consistent() {
    return consistent(MIN_BUSINESSES, MAX_BUSINESSES);
  }

  /**
   * @param minBusinesses the fewest businesses, ≥ 1
   * @param maxBusinesses the most businesses, ≥ {@code minBusinesses}
   * @return consistent data sets of that many businesses, any seed, any day of 2023 to 2026
   * @throws IllegalArgumentException if the bounds are out of order or below 1
   */
  public static Arbitrary<GeneratedDataSet> consistent(int minBusinesses, int maxBusinesses) {
    if (minBusinesses < 1 || maxBusinesses < minBusinesses) {
      throw new IllegalArgumentException("need 1 <= min <= max: " + minBusinesses + ", " + maxBusinesses);
    }
    return Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(minBusinesses, maxBusinesses), days())
        .as((seed, size, day) -> DataSetGenerator.of(seed, size).asOf(day).generate());
  }

  /**
   * @param fault the fault, not null
   * @return consistent townships, among those the fault can be made in, with the fault injected
   *     by any seed
   */
  public static Arbitrary<GeneratedDataSet> withFault(Fault fault) {
    return Combinators.combine(consistent().filter(fault::canInjectInto), Arbitraries.longs())
        .as(fault::injectInto);
  }

  /** @return any fault, one for each check */
  public static Arbitrary<Fault> faults() {
    return Arbitraries.of(Fault.class);
  }

  /**
   * @return any day of 2023 to 2026, with the days around quarter ends, the seed plan's entry
   *     deadlines, 29 February 2024 and 15 April 2025 as edge cases
   */
  public static Arbitrary<LocalDate> days() {
    LocalDate first = LocalDate.of(FIRST_YEAR, 1, 1);
    int span = (int) (LocalDate.of(LAST_YEAR, 12, 31).toEpochDay() - first.toEpochDay());
    return Arbitraries.integers().between(0, span).map(first::plusDays).edgeCases(config -> {
      for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
        for (int month = 3; month <= 12; month += 3) {
          LocalDate end = Year.of(year).atMonth(month).atEndOfMonth();
          config.add(end, end.plusDays(1));
        }
      }
      config.add(LocalDate.of(2023, 11, 30), LocalDate.of(2023, 12, 1), LocalDate.of(2024, 2, 29),
          LocalDate.of(2025, 4, 14), LocalDate.of(2025, 4, 15));
    });
  }
}

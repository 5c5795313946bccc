package dev.responsibility.core.metrics;

import java.util.OptionalDouble;

/**
 * A metric's numerator and denominator. The rate is their quotient, undefined (empty, JSON
 * {@code null}) when the denominator is 0, never 100%. Immutable and thread-safe.
 *
 * @param numerator the count that meets the metric, 0 ≤ numerator ≤ denominator
 * @param denominator the count the metric is asked of, ≥ 0
 */
public record MetricValue(long numerator, long denominator) {

  /** The value with nothing counted. */
  public static final MetricValue ZERO = new MetricValue(0, 0);

  /**
   * @param numerator as in the record description
   * @param denominator as in the record description
   * @throws IllegalArgumentException if the counts are negative or the numerator exceeds the denominator
   */
  public MetricValue {
    if (numerator < 0 || denominator < 0 || numerator > denominator) {
      throw new IllegalArgumentException("need 0 <= numerator <= denominator: " + numerator + "/" + denominator);
    }
  }

  /** @return numerator ÷ denominator, empty when the denominator is 0 */
  public OptionalDouble rate() {
    return denominator == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) numerator / denominator);
  }

  /**
   * @param other another value, not null
   * @return the sum of both numerators over the sum of both denominators
   */
  public MetricValue plus(MetricValue other) {
    return new MetricValue(numerator + other.numerator, denominator + other.denominator);
  }

  @Override
  public String toString() {
    return numerator + "/" + denominator;
  }
}

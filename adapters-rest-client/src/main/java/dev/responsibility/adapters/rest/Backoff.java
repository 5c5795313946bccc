package dev.responsibility.adapters.rest;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with jitter: the wait after the n-th failure is drawn uniformly from the
 * upper half of {@code min(max, initial × 2^(n-1))} ("equal jitter"). The doubling spaces out
 * attempts at a platform in trouble; the jitter keeps many clients that failed together from
 * coming back together; keeping the lower half out guarantees that the waits still grow.
 * Immutable and thread-safe.
 *
 * @param initial the ceiling of the first wait, positive
 * @param max the largest ceiling, not less than {@code initial}
 */
public record Backoff(Duration initial, Duration max) {

  /**
   * @param initial as in the record description
   * @param max as in the record description
   * @throws IllegalArgumentException if {@code initial} is not positive or {@code max} is less
   */
  public Backoff {
    Objects.requireNonNull(initial, "initial");
    Objects.requireNonNull(max, "max");
    if (initial.isZero() || initial.isNegative() || max.compareTo(initial) < 0) {
      throw new IllegalArgumentException("need 0 < initial <= max, got " + initial + " and " + max);
    }
  }

  /**
   * @param failures how many attempts have failed so far, ≥ 1
   * @param random the source of jitter, not null
   * @return how long to wait before the next attempt
   * @throws IllegalArgumentException if {@code failures} &lt; 1
   */
  public Duration delay(int failures, RandomGenerator random) {
    if (failures < 1) {
      throw new IllegalArgumentException("failures must be >= 1: " + failures);
    }
    long ceiling = ceilingNanos(failures);
    long half = ceiling / 2;
    return Duration.ofNanos(half + random.nextLong(ceiling - half + 1));
  }

  private long ceilingNanos(int failures) {
    long ceiling = initial.toNanos();
    long cap = max.toNanos();
    // Doubling stops at the cap, which also keeps the shift from overflowing.
    for (int i = 1; i < failures && ceiling < cap; i++) {
      ceiling = ceiling > cap / 2 ? cap : ceiling * 2;
    }
    return Math.min(ceiling, cap);
  }
}

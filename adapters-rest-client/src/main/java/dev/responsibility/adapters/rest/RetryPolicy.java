package dev.responsibility.adapters.rest;

import java.time.Duration;
import java.util.Objects;

/**
 * How one call to the platform retries before it gives up and leaves the records to the outbox:
 * at most {@code maxAttempts} requests, spaced by {@code backoff}, or by the platform's
 * {@code Retry-After} when it gives one and that is no longer than {@code maxRetryAfter} (a longer
 * one ends the call at once: the outbox waits, not the caller's thread). Only connection errors,
 * timeouts, 5xx and 429 are retried; other 4xx never are. Immutable and thread-safe.
 *
 * @param maxAttempts the most requests per call, ≥ 1 (1 = no retry)
 * @param backoff the waits between attempts, not null
 * @param maxRetryAfter the longest {@code Retry-After} the call waits for itself, not negative
 */
public record RetryPolicy(int maxAttempts, Backoff backoff, Duration maxRetryAfter) {

  /**
   * @param maxAttempts as in the record description
   * @param backoff as in the record description
   * @param maxRetryAfter as in the record description
   * @throws IllegalArgumentException if {@code maxAttempts} &lt; 1 or {@code maxRetryAfter} is negative
   */
  public RetryPolicy {
    Objects.requireNonNull(backoff, "backoff");
    Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be >= 1: " + maxAttempts);
    }
    if (maxRetryAfter.isNegative()) {
      throw new IllegalArgumentException("maxRetryAfter must not be negative: " + maxRetryAfter);
    }
  }

  /** @return 4 attempts, waits from 200 ms doubling to at most 5 s, Retry-After honoured up to 30 s */
  public static RetryPolicy defaults() {
    return new RetryPolicy(4, new Backoff(Duration.ofMillis(200), Duration.ofSeconds(5)), Duration.ofSeconds(30));
  }

  /** @return a policy that sends each request once */
  public static RetryPolicy none() {
    return new RetryPolicy(1, new Backoff(Duration.ofMillis(1), Duration.ofMillis(1)), Duration.ZERO);
  }
}

package dev.responsibility.adapters.rest;

import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The attempts of one call under a {@link RetryPolicy}: after each failure it waits (backoff with
 * jitter, or the platform's {@code Retry-After}) and says whether another attempt may go. Not
 * thread-safe: one per call.
 */
final class Attempts {

  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final RandomGenerator random;
  private int failures;
  private Failure last;

  Attempts(RetryPolicy policy, Sleeper sleeper, RandomGenerator random) {
    this.policy = policy;
    this.sleeper = sleeper;
    this.random = random;
  }

  /**
   * Counts a failed attempt and waits before the next one.
   *
   * @return true if another attempt may go now; false if the call must give up
   */
  boolean another(Failure failure) throws InterruptedException {
    failures++;
    last = failure;
    if (!failure.retryable() || failures >= policy.maxAttempts()) {
      return false;
    }
    Optional<Duration> asked = failure.retryAfter();
    if (asked.isPresent() && asked.get().compareTo(policy.maxRetryAfter()) > 0) {
      // Too long to hold the caller's thread: the outbox waits instead.
      return false;
    }
    sleeper.sleep(asked.orElseGet(this::backoff));
    return true;
  }

  /** Counts an attempt that settled some records and needs none of a wait before the next. */
  boolean anotherAtOnce() {
    failures++;
    return failures < policy.maxAttempts();
  }

  private Duration backoff() {
    // RandomGenerator implementations are not thread-safe; the gateway shares one.
    synchronized (random) {
      return policy.backoff().delay(failures, random);
    }
  }

  int made() {
    return failures;
  }

  /** @return the reason to give for records left unsettled, with the count of attempts */
  String givingUp() {
    if (last == null) {
      return "gave up after " + failures + " attempts";
    }
    return last.reason() + (failures > 1 ? " (after " + failures + " attempts)" : "");
  }

  Optional<Long> retryAfterSeconds() {
    return last == null ? Optional.empty() : last.retryAfter().map(d -> Math.max(1, (d.toMillis() + 999) / 1000));
  }
}

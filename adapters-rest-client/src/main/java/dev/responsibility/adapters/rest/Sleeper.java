package dev.responsibility.adapters.rest;

import java.time.Duration;

/**
 * Waits between attempts and for the rate limit. The client never calls {@link Thread#sleep}
 * itself, so that a test can pass a sleeper that advances a test clock instead of waiting.
 * Implementations are thread-safe.
 */
@FunctionalInterface
public interface Sleeper {

  /**
   * Waits for about {@code duration}.
   *
   * @param duration how long, not null, not negative
   * @throws InterruptedException if the waiting thread is interrupted
   */
  void sleep(Duration duration) throws InterruptedException;

  /** @return a sleeper that blocks the calling thread ({@link Thread#sleep(long, int)}) */
  static Sleeper system() {
    return duration -> {
      if (!duration.isZero() && !duration.isNegative()) {
        Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
      }
    };
  }
}

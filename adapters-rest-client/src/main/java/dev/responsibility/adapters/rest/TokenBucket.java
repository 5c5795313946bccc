package dev.responsibility.adapters.rest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * {@link RateLimit} as a token bucket on an injected clock. Waiting happens outside the lock, by
 * the {@link Sleeper}, after the token has been reserved: concurrent callers queue up in order of
 * reservation instead of waking together.
 */
final class TokenBucket {

  private final RateLimit limit;
  private final Clock clock;
  private final Sleeper sleeper;
  private double tokens;
  private Instant last;

  TokenBucket(RateLimit limit, Clock clock, Sleeper sleeper) {
    this.limit = limit;
    this.clock = clock;
    this.sleeper = sleeper;
    this.tokens = limit.burst();
    this.last = clock.instant();
  }

  /** Takes one token, waiting until it is there. */
  void acquire() throws InterruptedException {
    if (limit.isUnlimited()) {
      return;
    }
    Duration wait = reserve();
    if (!wait.isZero()) {
      sleeper.sleep(wait);
    }
  }

  private synchronized Duration reserve() {
    Instant now = clock.instant();
    if (now.isAfter(last)) {
      double seconds = Duration.between(last, now).toNanos() / 1e9;
      tokens = Math.min(limit.burst(), tokens + seconds * limit.requestsPerSecond());
      last = now;
    }
    // A negative balance is the queue of callers already promised a later token.
    tokens -= 1;
    if (tokens >= 0) {
      return Duration.ZERO;
    }
    return Duration.ofNanos((long) Math.ceil(-tokens / limit.requestsPerSecond() * 1e9));
  }
}

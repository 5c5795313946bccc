package dev.responsibility.adapters.rest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that only moves when told, and a sleeper that moves it instead of waiting: backoff,
 * Retry-After and the rate limit cost no real time in tests. Thread-safe.
 */
final class FakeTime extends Clock implements Sleeper {

  private final AtomicReference<Instant> now;
  private final AtomicReference<Duration> slept = new AtomicReference<>(Duration.ZERO);

  FakeTime(Instant start) {
    this.now = new AtomicReference<>(start);
  }

  static FakeTime at(String instant) {
    return new FakeTime(Instant.parse(instant));
  }

  void advance(Duration d) {
    now.updateAndGet(t -> t.plus(d));
  }

  /** @return the total the sleeper was asked to wait */
  Duration slept() {
    return slept.get();
  }

  @Override
  public void sleep(Duration duration) {
    slept.updateAndGet(s -> s.plus(duration));
    advance(duration);
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}

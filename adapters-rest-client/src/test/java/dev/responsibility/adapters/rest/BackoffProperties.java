package dev.responsibility.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class BackoffProperties {

  @Property(tries = 300)
  void eachWaitLiesInTheUpperHalfOfItsCappedDoublingCeiling(@ForAll @IntRange(min = 1, max = 200) int failures,
      @ForAll @LongRange(min = 1, max = 10_000) long initialMillis, @ForAll @IntRange(min = 1, max = 100) int capFactor,
      @ForAll long seed) {
    Backoff backoff = new Backoff(Duration.ofMillis(initialMillis), Duration.ofMillis(initialMillis * capFactor));
    Duration wait = backoff.delay(failures, new Random(seed));
    double ceiling = Math.min(initialMillis * Math.pow(2, failures - 1), initialMillis * capFactor) * 1e6;
    assertThat((double) wait.toNanos()).isBetween(Math.floor(ceiling / 2), ceiling);
  }

  @Property(tries = 100)
  void jitterSpreadsClientsThatFailedTogether(@ForAll @IntRange(min = 3, max = 8) int failures) {
    Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofMinutes(1));
    long distinct = new Random(failures).longs(20).mapToObj(seed -> backoff.delay(failures, new Random(seed)))
        .distinct().count();
    assertThat(distinct).isGreaterThan(15);
  }
}

package dev.responsibility.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

  final FakeTime time = new FakeTime(Records.NOW);

  @Test
  void aBurstGoesAtOnceThenRequestsAreSpacedAtTheRate() throws InterruptedException {
    TokenBucket bucket = new TokenBucket(new RateLimit(5, 3), time, time);
    for (int i = 0; i < 3; i++) {
      bucket.acquire();
    }
    assertThat(time.slept()).isZero();
    for (int i = 0; i < 10; i++) {
      bucket.acquire();
    }
    // Ten more at five per second: two seconds.
    assertThat(time.slept()).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void aQuietSpellRefillsUpToTheBurstOnly() throws InterruptedException {
    TokenBucket bucket = new TokenBucket(new RateLimit(1, 2), time, time);
    bucket.acquire();
    bucket.acquire();
    time.advance(Duration.ofHours(1));
    bucket.acquire();
    bucket.acquire();
    assertThat(time.slept()).isZero();
    bucket.acquire();
    assertThat(time.slept()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void theGatewaySpacesItsRequestsByTheLimit() {
    try (FakePlatform platform = FakePlatform.builder().clock(time).build()) {
      RestPlatformGateway gateway = Clients.gateway(platform, time).rateLimit(new RateLimit(2, 1)).maxBatchSize(1)
          .build();
      gateway.push(Records.entries(Records.oneOfEach("L")));
      // Six requests, one at once and five at two per second.
      assertThat(time.slept()).isEqualTo(Duration.ofMillis(2500));
    }
  }

  @Test
  void unlimitedNeverWaits() throws InterruptedException {
    TokenBucket bucket = new TokenBucket(RateLimit.unlimited(), time, time);
    for (int i = 0; i < 1000; i++) {
      bucket.acquire();
    }
    assertThat(time.slept()).isZero();
  }
}

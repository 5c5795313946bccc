package dev.responsibility.adapters.rest;

import java.time.Duration;
import java.util.Random;

/** Gateways set up for tests: bearer token of the fake platform, fake time, short timeouts. */
final class Clients {

  // Long enough that a cold JVM never times out by accident; slow-answer tests set their own.
  static final Duration TIMEOUT = Duration.ofSeconds(5);

  private Clients() {}

  static RestPlatformGateway.Builder gateway(FakePlatform platform, FakeTime time) {
    return gateway(platform, time, RequestSigner.bearer(Secret.of(FakePlatform.TOKEN)));
  }

  static RestPlatformGateway.Builder gateway(FakePlatform platform, FakeTime time, RequestSigner signer) {
    return RestPlatformGateway.builder(platform.uri(), signer)
        .clock(time).sleeper(time).random(new Random(7))
        .connectTimeout(Duration.ofSeconds(2)).requestTimeout(TIMEOUT)
        .rateLimit(RateLimit.unlimited());
  }
}

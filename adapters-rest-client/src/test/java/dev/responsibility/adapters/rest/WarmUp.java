package dev.responsibility.adapters.rest;

import dev.responsibility.core.port.PlatformRecord.Kind;
import java.util.Optional;

/**
 * One round trip of every kind before tests with short timeouts: class loading and the first JIT
 * passes of a cold JVM can take longer than a 300 ms timeout, which would count as a fault that
 * the test did not inject.
 */
final class WarmUp {

  private static boolean done;

  private WarmUp() {}

  static synchronized void once() {
    if (done) {
      return;
    }
    done = true;
    FakeTime time = FakeTime.at("2023-06-15T02:00:00Z");
    // Closing the platform also validates the requests, which loads the OpenAPI validator.
    try (FakePlatform platform = FakePlatform.builder().clock(time).build()) {
      platform.publish(Records.oneOfEach("P"));
      RestPlatformGateway gateway = Clients.gateway(platform, time).build();
      gateway.push(Records.entries(Records.oneOfEach("W")));
      gateway.pull(Optional.empty(), 10);
      gateway.find(Kind.BUSINESS, "W1");
    }
  }
}

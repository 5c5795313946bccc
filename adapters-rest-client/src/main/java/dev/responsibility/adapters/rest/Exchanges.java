package dev.responsibility.adapters.rest;

import java.time.Clock;
import java.util.random.RandomGenerator;

/**
 * What every call of the gateway shares: the transport, the record mapping, the retry policy and
 * the injected time and randomness.
 */
record Exchanges(Transport transport, RecordJson json, RetryPolicy retry, Sleeper sleeper, RandomGenerator random,
    Clock clock, IdempotencySupport idempotency) {

  Attempts attempts() {
    return new Attempts(retry, sleeper, random);
  }
}

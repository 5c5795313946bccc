package dev.responsibility.core.port;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A record waiting in the outbox for the platform, with its delivery state. The id is the
 * idempotency key sent with every attempt, so the platform can recognise a retried write.
 * Immutable and thread-safe.
 *
 * @param id the entry's id and idempotency key, not blank
 * @param record the record to deliver, not null
 * @param enqueuedAt when it entered the outbox, not null
 * @param state where its delivery stands, not null
 * @param attempts how many delivery attempts were made, ≥ 0
 * @param notBefore the earliest time of the next attempt, not null
 * @param lastError the platform's or the network's last reason, when there was one
 */
public record OutboxEntry(String id, PlatformRecord record, Instant enqueuedAt, State state, int attempts,
    Instant notBefore, Optional<String> lastError) {

  /** Where an entry's delivery stands. */
  public enum State {
    /** Waiting for its first or next attempt. */
    PENDING,
    /** The platform acknowledged it; it will not be sent again. */
    DELIVERED,
    /** The platform refused it for a reason of the data; it will not be sent again until re-enqueued. */
    REJECTED
  }

  /**
   * @param id as in the record description
   * @param record as in the record description
   * @param enqueuedAt as in the record description
   * @param state as in the record description
   * @param attempts as in the record description
   * @param notBefore as in the record description
   * @param lastError as in the record description
   * @throws IllegalArgumentException if the id is blank or attempts negative
   */
  public OutboxEntry {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("an outbox entry needs an id");
    }
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(enqueuedAt, "enqueuedAt");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(notBefore, "notBefore");
    Objects.requireNonNull(lastError, "lastError");
    if (attempts < 0) {
      throw new IllegalArgumentException("attempts must be >= 0: " + attempts);
    }
  }

  /**
   * @param id the id and idempotency key, not blank
   * @param record the record, not null
   * @param now the time it is enqueued, not null
   * @return a pending entry due at once
   */
  public static OutboxEntry pending(String id, PlatformRecord record, Instant now) {
    return new OutboxEntry(id, record, now, State.PENDING, 0, now, Optional.empty());
  }
}

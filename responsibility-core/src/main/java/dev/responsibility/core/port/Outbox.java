package dev.responsibility.core.port;

import dev.responsibility.core.model.PortException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The durable queue of records waiting for the platform (the outbox hand-off): a record is
 * enqueued in the same transaction as the write that made it, and stays until the platform
 * acknowledges or rejects it, so that a crash or an outage loses nothing. Implementations must be
 * safe for concurrent use by several threads and, for a shared store, several processes.
 */
public interface Outbox {

  /**
   * Adds an entry. Idempotent: an entry whose id is already present is left as it is.
   *
   * @param entry a pending entry, not null
   * @throws PortException if the store fails
   */
  void enqueue(OutboxEntry entry);

  /**
   * @param now the current time, not null
   * @param limit the most entries wanted, ≥ 1
   * @return pending entries whose {@code notBefore} ≤ now, oldest enqueued first, at most {@code limit}
   * @throws PortException if the store fails
   */
  List<OutboxEntry> due(Instant now, int limit);

  /**
   * Marks an entry delivered. Idempotent; an unknown id is ignored.
   *
   * @param id the entry id, not null
   * @param at when the platform acknowledged it, not null
   * @throws PortException if the store fails
   */
  void delivered(String id, Instant at);

  /**
   * Marks an entry rejected by the platform for a reason of the data. Idempotent; an unknown id
   * is ignored; a delivered entry stays delivered.
   *
   * @param id the entry id, not null
   * @param reason the platform's reason, not null
   * @param at when, not null
   * @throws PortException if the store fails
   */
  void rejected(String id, String reason, Instant at);

  /**
   * Counts a failed attempt and defers the entry. A delivered or rejected entry is left as it is.
   *
   * @param id the entry id, not null
   * @param reason what failed, not null
   * @param notBefore the earliest time of the next attempt, not null
   * @throws PortException if the store fails
   */
  void retryLater(String id, String reason, Instant notBefore);

  /**
   * @param id an entry id, not null
   * @return the entry in its current state, empty when unknown
   * @throws PortException if the store fails
   */
  Optional<OutboxEntry> find(String id);
}

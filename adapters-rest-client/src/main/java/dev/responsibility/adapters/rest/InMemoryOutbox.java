package dev.responsibility.adapters.rest;

import dev.responsibility.core.port.Outbox;
import dev.responsibility.core.port.OutboxEntry;
import dev.responsibility.core.port.OutboxEntry.State;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * An {@link Outbox} in memory, for tests and for trying the client out: the same rules as the
 * durable JDBC outbox (only pending entries change state; delivered stays delivered), but a
 * restart loses it. Thread-safe: every method holds the outbox's lock.
 */
public final class InMemoryOutbox implements Outbox {

  // Insertion order is enqueue order, which due() must follow.
  private final Map<String, OutboxEntry> entries = new LinkedHashMap<>();

  @Override
  public synchronized void enqueue(OutboxEntry entry) {
    Objects.requireNonNull(entry, "entry");
    entries.putIfAbsent(entry.id(), entry);
  }

  @Override
  public synchronized List<OutboxEntry> due(Instant now, int limit) {
    Objects.requireNonNull(now, "now");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1: " + limit);
    }
    List<OutboxEntry> due = new ArrayList<>();
    for (OutboxEntry e : entries.values()) {
      if (due.size() == limit) {
        break;
      }
      if (e.state() == State.PENDING && !e.notBefore().isAfter(now)) {
        due.add(e);
      }
    }
    return due;
  }

  @Override
  public synchronized void delivered(String id, Instant at) {
    Objects.requireNonNull(at, "at");
    update(id, e -> new OutboxEntry(e.id(), e.record(), e.enqueuedAt(), State.DELIVERED, e.attempts(), e.notBefore(),
        Optional.empty()));
  }

  @Override
  public synchronized void rejected(String id, String reason, Instant at) {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(at, "at");
    update(id, e -> new OutboxEntry(e.id(), e.record(), e.enqueuedAt(), State.REJECTED, e.attempts(), e.notBefore(),
        Optional.of(reason)));
  }

  @Override
  public synchronized void retryLater(String id, String reason, Instant notBefore) {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(notBefore, "notBefore");
    update(id, e -> new OutboxEntry(e.id(), e.record(), e.enqueuedAt(), State.PENDING, e.attempts() + 1, notBefore,
        Optional.of(reason)));
  }

  @Override
  public synchronized Optional<OutboxEntry> find(String id) {
    return Optional.ofNullable(entries.get(Objects.requireNonNull(id, "id")));
  }

  /** @return every entry in its current state, in enqueue order */
  public synchronized List<OutboxEntry> entries() {
    return List.copyOf(entries.values());
  }

  private void update(String id, UnaryOperator<OutboxEntry> change) {
    Objects.requireNonNull(id, "id");
    OutboxEntry e = entries.get(id);
    // Only a pending entry moves: delivered and rejected are final until re-enqueued.
    if (e != null && e.state() == State.PENDING) {
      entries.put(id, change.apply(e));
    }
  }
}

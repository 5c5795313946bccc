package dev.responsibility.adapters.rest;

import dev.responsibility.core.port.Outbox;
import dev.responsibility.core.port.OutboxEntry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An outbox that can make the relay "die" right after a push: once armed, the first state change
 * after the claims of the last {@code due} batch throws, so the outcomes of records the platform
 * may have stored are never written, as when the process crashes at that point.
 */
final class CrashingOutbox implements Outbox {

  /** The relay's process died. */
  static final class Crash extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Crash() {
      super("simulated crash after the push");
    }
  }

  private final Outbox outbox;
  private boolean armed;
  private int claimsLeft = -1;

  CrashingOutbox(Outbox outbox) {
    this.outbox = outbox;
  }

  synchronized void crashAfterNextPush() {
    armed = true;
  }

  @Override
  public void enqueue(OutboxEntry entry) {
    outbox.enqueue(entry);
  }

  @Override
  public synchronized List<OutboxEntry> due(Instant now, int limit) {
    List<OutboxEntry> due = outbox.due(now, limit);
    claimsLeft = armed ? due.size() : -1;
    return due;
  }

  @Override
  public synchronized void delivered(String id, Instant at) {
    stateChange();
    outbox.delivered(id, at);
  }

  @Override
  public synchronized void rejected(String id, String reason, Instant at) {
    stateChange();
    outbox.rejected(id, reason, at);
  }

  @Override
  public synchronized void retryLater(String id, String reason, Instant notBefore) {
    stateChange();
    outbox.retryLater(id, reason, notBefore);
  }

  private void stateChange() {
    if (claimsLeft == 0) {
      armed = false;
      claimsLeft = -1;
      throw new Crash();
    }
    if (claimsLeft > 0) {
      claimsLeft--;
    }
  }

  @Override
  public Optional<OutboxEntry> find(String id) {
    return outbox.find(id);
  }
}

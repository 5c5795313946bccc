package dev.responsibility.adapters.rest;

import dev.responsibility.core.port.OutboxEntry;
import dev.responsibility.core.port.PlatformGateway.Outcome;
import dev.responsibility.core.port.PlatformRecord.Kind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One push of entries of one kind, retried under the policy until every entry has an outcome.
 * Each attempt sends the entries still unsettled; with {@link IdempotencySupport#IGNORED}, an
 * entry whose earlier write may have been applied is looked up first and sent only if the
 * platform does not hold it as it is. Not thread-safe: one per push.
 */
final class BatchPush {

  private final Exchanges x;
  private final Kind kind;
  private final Map<String, OutboxEntry> unsettled = new LinkedHashMap<>();
  private final Set<String> unsure = new LinkedHashSet<>();
  private final Map<String, Outcome> outcomes = new LinkedHashMap<>();

  BatchPush(Exchanges x, Kind kind, List<OutboxEntry> entries) {
    this.x = x;
    this.kind = kind;
    for (OutboxEntry entry : entries) {
      unsettled.put(entry.id(), entry);
      if (entry.attempts() > 0) {
        // An earlier attempt, this process's or a crashed one's, may have been applied.
        unsure.add(entry.id());
      }
    }
  }

  Map<String, Outcome> run() {
    Attempts attempts = x.attempts();
    try {
      while (!unsettled.isEmpty()) {
        Failure failure = attempt();
        if (unsettled.isEmpty()) {
          break;
        }
        boolean again = failure == null ? attempts.anotherAtOnce() : attempts.another(failure);
        if (!again) {
          giveUp(attempts);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      List.copyOf(unsettled.values()).forEach(entry -> settle(entry, PushWire.retryLater(entry,
          "record " + entry.record().id() + ": interrupted before the platform answered")));
    }
    return outcomes;
  }

  /** @return why the attempt left entries unsettled, or null when it settled some and the rest may go at once */
  private Failure attempt() throws InterruptedException {
    Failure lookUpFailure = x.idempotency() == IdempotencySupport.IGNORED ? lookUpUnsure() : null;
    List<OutboxEntry> sendable = new ArrayList<>();
    for (OutboxEntry entry : unsettled.values()) {
      if (x.idempotency() == IdempotencySupport.HONOURED || !unsure.contains(entry.id())) {
        sendable.add(entry);
      }
    }
    if (sendable.isEmpty()) {
      return lookUpFailure;
    }
    Failure sendFailure = send(sendable);
    return sendFailure != null ? sendFailure : lookUpFailure;
  }

  /** Settles the unsure entries the platform already holds; clears those it does not. */
  private Failure lookUpUnsure() throws InterruptedException {
    Failure failure = null;
    for (String id : List.copyOf(unsure)) {
      OutboxEntry entry = unsettled.get(id);
      if (entry == null) {
        unsure.remove(id);
        continue;
      }
      RecordLookUp.Found found;
      try {
        found = new RecordLookUp(x).once(kind, entry.record().id());
      } catch (PlatformResponseException e) {
        settle(entry, PushWire.retryLater(entry, e.getMessage()));
        continue;
      }
      if (found instanceof RecordLookUp.Held held && held.record().equals(entry.record())) {
        settle(entry, new Outcome.Accepted(id));
      } else if (found instanceof RecordLookUp.Failed failed) {
        // Neither send nor settle: sending could duplicate the record.
        failure = failed.failure();
      } else {
        unsure.remove(id);
      }
    }
    return failure;
  }

  private Failure send(List<OutboxEntry> entries) throws InterruptedException {
    String path = ApiPaths.collection(kind);
    Reply reply;
    try {
      reply = x.transport().send("POST", path, "", PushWire.body(entries, x.json()),
          Map.of("Idempotency-Key", PushWire.requestKey(entries)));
    } catch (IOException e) {
      return failed(entries, Failure.of(x.transport().exchange("POST", path), e));
    }
    if (reply.isSuccess()) {
      PushWire.outcomes(reply, entries).forEach((id, outcome) -> settle(unsettled.get(id), outcome));
      return null;
    }
    if (isDataRefusal(reply)) {
      PlatformError error = PlatformError.of(reply);
      List<OutboxEntry> named = entries.stream()
          .filter(e -> error.recordId().filter(e.record().id()::equals).isPresent()).toList();
      if (!named.isEmpty()) {
        // The platform refused the batch for one record: reject it, send the others again at once.
        named.forEach(e -> settle(e, new Outcome.Rejected(e.id(), "record " + e.record().id() + ": "
            + error.describe())));
        return null;
      }
    }
    return failed(entries, Failure.of(reply, x.clock()));
  }

  private static boolean isDataRefusal(Reply reply) {
    return reply.status() == 400 || reply.status() == 409 || reply.status() == 422;
  }

  private Failure failed(List<OutboxEntry> sent, Failure failure) {
    if (failure.mayHaveApplied()) {
      sent.forEach(e -> unsure.add(e.id()));
    }
    return failure;
  }

  private void giveUp(Attempts attempts) {
    String reason = attempts.givingUp();
    for (OutboxEntry entry : List.copyOf(unsettled.values())) {
      settle(entry, new Outcome.RetryLater(entry.id(), "record " + entry.record().id() + ": " + reason,
          attempts.retryAfterSeconds()));
    }
  }

  private void settle(OutboxEntry entry, Outcome outcome) {
    unsettled.remove(entry.id());
    unsure.remove(entry.id());
    outcomes.put(entry.id(), outcome);
  }
}

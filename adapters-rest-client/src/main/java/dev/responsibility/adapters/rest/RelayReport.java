package dev.responsibility.adapters.rest;

import dev.responsibility.core.port.PlatformRecord.Kind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one run of the {@link OutboxRelay} did with each entry it took from the outbox. Immutable
 * and thread-safe.
 *
 * @param results one result per entry handled, in the order they were taken; unmodifiable
 */
public record RelayReport(List<RecordResult> results) {

  /** Where an entry stands after the run. */
  public enum Status {
    /** The platform holds the record; the entry is delivered. */
    DELIVERED,
    /** The platform refused the record's data; the entry is rejected with the platform's reason. */
    REJECTED,
    /** Nothing certain came back; the entry waits in the outbox until {@code nextAttempt}. */
    RETRY_LATER
  }

  /**
   * The result for one entry.
   *
   * @param entryId the outbox entry id (the idempotency key), not null
   * @param kind the record's kind, not null
   * @param recordId the record's id, not null
   * @param status where the entry stands, not null
   * @param reason the platform's or the network's reason, for REJECTED and RETRY_LATER
   * @param nextAttempt when the entry is due again, for RETRY_LATER
   */
  public record RecordResult(String entryId, Kind kind, String recordId, Status status, Optional<String> reason,
      Optional<Instant> nextAttempt) {
    /**
     * @param entryId as in the record description
     * @param kind as in the record description
     * @param recordId as in the record description
     * @param status as in the record description
     * @param reason as in the record description
     * @param nextAttempt as in the record description
     */
    public RecordResult {
      Objects.requireNonNull(entryId, "entryId");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(recordId, "recordId");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(nextAttempt, "nextAttempt");
    }
  }

  /** @param results as in the record description */
  public RelayReport {
    results = List.copyOf(results);
  }

  /** @return a report of a run that found nothing due */
  public static RelayReport empty() {
    return new RelayReport(List.of());
  }

  /**
   * @param later the report of a later run, not null
   * @return both reports' results, this one's first
   */
  public RelayReport plus(RelayReport later) {
    List<RecordResult> all = new ArrayList<>(results);
    all.addAll(later.results);
    return new RelayReport(all);
  }

  /**
   * @param status a status, not null
   * @return the results with that status, in order
   */
  public List<RecordResult> withStatus(Status status) {
    return results.stream().filter(r -> r.status() == status).toList();
  }

  /**
   * @param status a status, not null
   * @return how many results have it
   */
  public int count(Status status) {
    return withStatus(status).size();
  }

  /** @return whether the run handled no entry */
  public boolean isEmpty() {
    return results.isEmpty();
  }
}

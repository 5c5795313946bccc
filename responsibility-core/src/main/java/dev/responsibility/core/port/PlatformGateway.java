package dev.responsibility.core.port;

import dev.responsibility.core.model.PortException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A provincial or national platform that receives the records and publishes changes. The REST
 * adapter implements it over HTTPS; a test implements it in memory. Implementations are
 * thread-safe.
 */
public interface PlatformGateway {

  /** What the platform said of one record of a push. */
  sealed interface Outcome {
    /** @return the outbox entry id (idempotency key) the outcome is for */
    String entryId();

    /**
     * The platform holds the record (newly, or already from an earlier attempt).
     *
     * @param entryId as in the interface
     */
    record Accepted(String entryId) implements Outcome {
      /** @param entryId as in the record description */
      public Accepted {
        Objects.requireNonNull(entryId, "entryId");
      }
    }

    /**
     * The platform refuses the record for a reason of the data; sending it again will not help.
     *
     * @param entryId as in the interface
     * @param reason the platform's reason, naming the field where it can
     */
    record Rejected(String entryId, String reason) implements Outcome {
      /**
       * @param entryId as in the record description
       * @param reason as in the record description
       */
      public Rejected {
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(reason, "reason");
      }
    }

    /**
     * The record was not delivered this time (network, overload); try again later.
     *
     * @param entryId as in the interface
     * @param reason what failed
     * @param retryAfterSeconds the platform's requested delay, when it gave one
     */
    record RetryLater(String entryId, String reason, Optional<Long> retryAfterSeconds) implements Outcome {
      /**
       * @param entryId as in the record description
       * @param reason as in the record description
       * @param retryAfterSeconds as in the record description
       */
      public RetryLater {
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(retryAfterSeconds, "retryAfterSeconds");
      }
    }
  }

  /**
   * A page of changes published by the platform since a cursor.
   *
   * @param records the changed records, in the platform's order, not null
   * @param nextCursor the cursor to ask from next time, not null
   * @param hasMore whether more changes wait after this page
   */
  record Changes(List<PlatformRecord> records, String nextCursor, boolean hasMore) {
    /**
     * @param records as in the record description
     * @param nextCursor as in the record description
     * @param hasMore as in the record description
     */
    public Changes {
      records = List.copyOf(records);
      Objects.requireNonNull(nextCursor, "nextCursor");
    }
  }

  /**
   * Pushes outbox entries, each with its id as the idempotency key.
   *
   * @param entries the entries, not null, not empty
   * @return one outcome per entry, in the same order; a failure of the whole call is an outcome
   *     {@link Outcome.RetryLater} for each entry, not an exception
   */
  List<Outcome> push(List<OutboxEntry> entries);

  /**
   * @param cursor the cursor of the last page read, empty for the beginning
   * @param limit the most records wanted, ≥ 1
   * @return the next page of changes
   * @throws PortException if the platform cannot be reached or answers with an error
   */
  Changes pull(Optional<String> cursor, int limit);
}

package dev.responsibility.adapters.rest;

import dev.responsibility.core.model.PortException;
import dev.responsibility.core.port.Outbox;
import dev.responsibility.core.port.OutboxEntry;
import dev.responsibility.core.port.PlatformGateway;
import dev.responsibility.core.port.PlatformGateway.Outcome;
import dev.responsibility.adapters.rest.RelayReport.RecordResult;
import dev.responsibility.adapters.rest.RelayReport.Status;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains an {@link Outbox} into a {@link PlatformGateway}: takes the due entries in batches,
 * pushes them, and records each outcome in the outbox: delivered, rejected with the platform's
 * reason, or deferred with exponential backoff and jitter (at least the platform's
 * {@code Retry-After}). An entry leaves the outbox's pending state only on the platform's word,
 * so a crash or an outage loses nothing.
 *
 * <p>Before pushing, the relay <em>claims</em> each entry with
 * {@link Outbox#retryLater(String, String, Instant)}: the attempt is counted durably before the
 * record goes out, and the entry is not due again until the claim times out. If the process dies
 * between sending and recording the outcome, the entry comes back after the claim timeout with
 * {@code attempts > 0}, which tells the gateway that an earlier write may have been applied (and
 * a platform that ignores idempotency keys is asked first). The claim also keeps a second relay
 * on the same outbox off the entry. Because the claim counts, a failed round adds two to the
 * entry's {@code attempts}; the backoff counts rounds, so it doubles per failed round.
 *
 * <p>Thread-safe: runs are serialised.
 */
public final class OutboxRelay {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);

  private final Outbox outbox;
  private final PlatformGateway gateway;
  private final int batchSize;
  private final Backoff backoff;
  private final Duration claimTimeout;
  private final Clock clock;
  private final RandomGenerator random;

  private OutboxRelay(Builder b) {
    this.outbox = b.outbox;
    this.gateway = b.gateway;
    this.batchSize = b.batchSize;
    this.backoff = b.backoff;
    this.claimTimeout = b.claimTimeout;
    this.clock = b.clock;
    this.random = b.random;
  }

  /**
   * @param outbox the outbox to drain, not null
   * @param gateway the platform, not null
   * @return a builder with the defaults of each setting
   */
  public static Builder builder(Outbox outbox, PlatformGateway gateway) {
    return new Builder(outbox, gateway);
  }

  /**
   * Pushes one batch of due entries and records their outcomes.
   *
   * @return what happened to each entry taken; empty when none was due
   * @throws PortException if the outbox fails (entries then stay pending, claimed until the claim times out)
   */
  public synchronized RelayReport runOnce() {
    Instant now = clock.instant();
    List<OutboxEntry> due = outbox.due(now, batchSize);
    if (due.isEmpty()) {
      return RelayReport.empty();
    }
    for (OutboxEntry entry : due) {
      outbox.retryLater(entry.id(), "in flight since " + now + " (attempt " + (entry.attempts() + 1) + ")",
          now.plus(claimTimeout));
    }
    List<Outcome> outcomes = push(due);
    Instant done = clock.instant();
    List<RecordResult> results = new ArrayList<>(due.size());
    for (int i = 0; i < due.size(); i++) {
      results.add(record(due.get(i), outcomes.get(i), done));
    }
    RelayReport report = new RelayReport(results);
    LOG.info("outbox relay: {} delivered, {} rejected, {} to retry", report.count(Status.DELIVERED),
        report.count(Status.REJECTED), report.count(Status.RETRY_LATER));
    return report;
  }

  /**
   * Runs batches while entries are due, at most {@code maxBatches} of them.
   *
   * @param maxBatches the most batches, ≥ 1
   * @return the results of all batches run
   * @throws PortException if the outbox fails
   */
  public RelayReport drain(int maxBatches) {
    if (maxBatches < 1) {
      throw new IllegalArgumentException("maxBatches must be >= 1: " + maxBatches);
    }
    RelayReport all = RelayReport.empty();
    for (int i = 0; i < maxBatches; i++) {
      RelayReport batch = runOnce();
      all = all.plus(batch);
      if (batch.results().size() < batchSize) {
        break;
      }
    }
    return all;
  }

  private List<Outcome> push(List<OutboxEntry> due) {
    List<Outcome> outcomes;
    try {
      outcomes = gateway.push(due);
    } catch (RuntimeException e) {
      // The port promises outcomes, not exceptions; a gateway that throws anyway must not lose entries.
      LOG.warn("the platform gateway threw instead of answering; {} entries deferred", due.size(), e);
      outcomes = null;
    }
    List<Outcome> checked = new ArrayList<>(due.size());
    for (int i = 0; i < due.size(); i++) {
      Outcome o = outcomes != null && outcomes.size() == due.size() ? outcomes.get(i) : null;
      String id = due.get(i).id();
      checked.add(o != null && o.entryId().equals(id) ? o
          : new Outcome.RetryLater(id, "the platform gateway gave no outcome for this entry", Optional.empty()));
    }
    return checked;
  }

  private RecordResult record(OutboxEntry entry, Outcome outcome, Instant at) {
    String id = entry.id();
    if (outcome instanceof Outcome.Accepted) {
      outbox.delivered(id, at);
      return result(entry, Status.DELIVERED, Optional.empty(), Optional.empty());
    }
    if (outcome instanceof Outcome.Rejected rejected) {
      outbox.rejected(id, rejected.reason(), at);
      LOG.warn("outbox entry {} ({} {}) rejected by the platform: {}", id, entry.record().kind(), entry.record().id(),
          rejected.reason());
      return result(entry, Status.REJECTED, Optional.of(rejected.reason()), Optional.empty());
    }
    Outcome.RetryLater later = (Outcome.RetryLater) outcome;
    Instant next = at.plus(delay(entry, later));
    outbox.retryLater(id, later.reason(), next);
    return result(entry, Status.RETRY_LATER, Optional.of(later.reason()), Optional.of(next));
  }

  private Duration delay(OutboxEntry entry, Outcome.RetryLater later) {
    // Rounds, not attempts: each failed round counts twice (claim and failure).
    int round = entry.attempts() / 2 + 1;
    Duration wait;
    synchronized (random) {
      wait = backoff.delay(round, random);
    }
    Duration asked = later.retryAfterSeconds().map(Duration::ofSeconds).orElse(Duration.ZERO);
    return asked.compareTo(wait) > 0 ? asked : wait;
  }

  private static RecordResult result(OutboxEntry entry, Status status, Optional<String> reason,
      Optional<Instant> next) {
    return new RecordResult(entry.id(), entry.record().kind(), entry.record().id(), status, reason, next);
  }

  /** Configures an {@link OutboxRelay}; not thread-safe. */
  public static final class Builder {
    private final Outbox outbox;
    private final PlatformGateway gateway;
    private int batchSize = 100;
    private Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(15));
    private Duration claimTimeout = Duration.ofMinutes(5);
    private Clock clock = Clock.systemUTC();
    private RandomGenerator random = RandomGenerator.of("L64X128MixRandom");

    private Builder(Outbox outbox, PlatformGateway gateway) {
      this.outbox = Objects.requireNonNull(outbox, "outbox");
      this.gateway = Objects.requireNonNull(gateway, "gateway");
    }

    /**
     * @param batchSize the most entries taken per run, ≥ 1; 100 by default
     * @return this builder
     */
    public Builder batchSize(int batchSize) {
      if (batchSize < 1) {
        throw new IllegalArgumentException("batchSize must be >= 1: " + batchSize);
      }
      this.batchSize = batchSize;
      return this;
    }

    /**
     * @param backoff the deferral of an entry after a failed round, not null; 1 s doubling to 15 min by default
     * @return this builder
     */
    public Builder backoff(Backoff backoff) {
      this.backoff = Objects.requireNonNull(backoff, "backoff");
      return this;
    }

    /**
     * @param claimTimeout how long a claimed entry stays out of {@code due}, positive; 5 min by
     *     default. Must exceed the longest push (all its attempts and waits), or a second relay
     *     could send the entry while the first is still at it.
     * @return this builder
     */
    public Builder claimTimeout(Duration claimTimeout) {
      if (claimTimeout.isZero() || claimTimeout.isNegative()) {
        throw new IllegalArgumentException("claimTimeout must be positive: " + claimTimeout);
      }
      this.claimTimeout = claimTimeout;
      return this;
    }

    /**
     * @param clock the clock for due times, claims and deferrals, not null
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * @param random the source of backoff jitter, not null
     * @return this builder
     */
    public Builder random(RandomGenerator random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /** @return the relay */
    public OutboxRelay build() {
      return new OutboxRelay(this);
    }
  }
}

package dev.responsibility.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responsibility.core.port.OutboxEntry;
import dev.responsibility.core.port.OutboxEntry.State;
import dev.responsibility.core.port.PlatformRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The Outbox port's rules, as the JDBC outbox keeps them. */
class InMemoryOutboxTest {

  static final Instant NOW = Records.NOW;
  final InMemoryOutbox outbox = new InMemoryOutbox();
  final PlatformRecord business = PlatformRecord.of(Records.business("B1"));
  final PlatformRecord relation = PlatformRecord.of(Records.relation("R1"));

  @Test
  void keepsEntriesUntilDeliveredOrRejected() {
    outbox.enqueue(OutboxEntry.pending("e1", business, NOW));
    outbox.enqueue(OutboxEntry.pending("e1", relation, NOW.plusSeconds(5)));
    outbox.enqueue(OutboxEntry.pending("e2", relation, NOW.plusSeconds(1)));
    assertThat(outbox.due(NOW.plusSeconds(10), 10)).extracting(OutboxEntry::id).containsExactly("e1", "e2");
    assertThat(outbox.find("e1").orElseThrow().record()).isEqualTo(business);
    assertThat(outbox.due(NOW, 10)).extracting(OutboxEntry::id).containsExactly("e1");
    assertThat(outbox.due(NOW.plusSeconds(10), 1)).extracting(OutboxEntry::id).containsExactly("e1");

    outbox.retryLater("e1", "HTTP 503", NOW.plusSeconds(60));
    assertThat(outbox.due(NOW.plusSeconds(10), 10)).extracting(OutboxEntry::id).containsExactly("e2");
    assertThat(outbox.find("e1").orElseThrow().attempts()).isEqualTo(1);
    assertThat(outbox.find("e1").orElseThrow().lastError()).contains("HTTP 503");

    outbox.delivered("e2", NOW);
    outbox.rejected("e2", "too late", NOW);
    outbox.retryLater("e2", "again?", NOW);
    assertThat(outbox.find("e2").orElseThrow().state()).isEqualTo(State.DELIVERED);
    assertThat(outbox.find("e2").orElseThrow().lastError()).isEmpty();

    outbox.rejected("e1", "credit code invalid", NOW);
    assertThat(outbox.find("e1").orElseThrow().state()).isEqualTo(State.REJECTED);
    assertThat(outbox.find("e1").orElseThrow().lastError()).contains("credit code invalid");
    assertThat(outbox.due(NOW.plusSeconds(3600), 10)).isEmpty();
    assertThat(outbox.find("nope")).isEmpty();
    outbox.delivered("nope", NOW);
    assertThat(outbox.entries()).hasSize(2);
  }

  @Test
  void isSafeUnderConcurrentUse() throws Exception {
    for (int i = 0; i < 50; i++) {
      outbox.enqueue(OutboxEntry.pending("e" + i, business, NOW));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> work = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        work.add(pool.submit(() -> {
          for (int round = 0; round < 250; round++) {
            for (OutboxEntry e : outbox.due(NOW, 50)) {
              outbox.retryLater(e.id(), "busy", NOW);
            }
          }
        }));
      }
      for (Future<?> f : work) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    // Every retryLater counted: 4 threads × 250 rounds on each of the 50 entries.
    assertThat(outbox.entries()).allSatisfy(e -> assertThat(e.attempts()).isEqualTo(1000));
  }
}

package dev.responsibility.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responsibility.adapters.jdbc.JdbcOutbox;
import dev.responsibility.adapters.jdbc.JdbcStore;
import dev.responsibility.adapters.rest.RelayReport;
import dev.responsibility.adapters.rest.RelayReport.Status;
import dev.responsibility.adapters.rest.Secret;
import dev.responsibility.core.port.OutboxEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OutboxSyncExampleTest {

  private final LocalPlatform platform = LocalPlatform.start();
  private JdbcOutbox outbox;
  private List<OutboxEntry> waiting;

  @BeforeEach
  void theLiveWritesOfTheDatabaseExampleWaitInTheOutbox() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:sync-example-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    JdbcEmbeddingExample.run(h2, JdbcEmbeddingExample.CLOCK);
    outbox = JdbcStore.on(h2, JdbcEmbeddingExample.CLOCK).outbox();
    waiting = outbox.due(Instant.now(), 100);
    assertThat(waiting).extracting(e -> e.record().id()).containsExactly("S02", "R03");
  }

  @AfterEach
  void stopThePlatform() {
    platform.close();
  }

  @Test
  void deliversEveryWaitingRecordToThePlatformAndEmptiesTheOutbox() {
    RelayReport report = OutboxSyncExample.sync(outbox, platform.uri(), LocalPlatform.APP_KEY,
        Secret.of(LocalPlatform.APP_SECRET));

    assertThat(OutboxSyncExample.describe(report)).isEqualTo("DELIVERED SUPERVISION S02\nDELIVERED RELATION R03\n");
    assertThat(platform.refusals()).isEmpty();
    assertThat(platform.records("supervisions")).containsOnlyKeys("S02").hasEntrySatisfying("S02", s -> {
      assertThat(s.get("cadre_id").asText()).isEqualTo("C02");
      assertThat(s.get("business_id").asText()).isEqualTo("B003");
      assertThat(s.get("visit_date").asText()).isEqualTo("2023-06-30");
      assertThat(s.get("entered_at").asText()).isEqualTo("2023-06-30T10:00:00+08:00");
      assertThat(s.get("mode").asText()).isEqualTo("ON_SITE");
    });
    assertThat(platform.records("relations")).containsOnlyKeys("R03").hasEntrySatisfying("R03", r -> {
      assertThat(r.get("cadre_id").asText()).isEqualTo("C01");
      assertThat(r.get("business_id").asText()).isEqualTo("B002");
      assertThat(r.get("valid_from").asText()).isEqualTo("2023-06-30");
    });
    waiting.forEach(e -> assertThat(outbox.find(e.id())).hasValueSatisfying(
        delivered -> assertThat(delivered.state()).isEqualTo(OutboxEntry.State.DELIVERED)));
    // Past the relay's claim timeout: nothing is left to come back.
    assertThat(outbox.due(Instant.now().plus(Duration.ofDays(1)), 100)).isEmpty();
  }

  @Test
  void aSecondSyncHasNothingToSend() {
    Secret secret = Secret.of(LocalPlatform.APP_SECRET);
    OutboxSyncExample.sync(outbox, platform.uri(), LocalPlatform.APP_KEY, secret);
    int requests = platform.requests();

    assertThat(OutboxSyncExample.sync(outbox, platform.uri(), LocalPlatform.APP_KEY, secret).isEmpty()).isTrue();
    assertThat(platform.requests()).isEqualTo(requests);
  }

  @Test
  void aRefusedSignatureLeavesEveryRecordWaitingForTheNextRun() {
    RelayReport report = OutboxSyncExample.sync(outbox, platform.uri(), LocalPlatform.APP_KEY,
        Secret.of("not-the-platform-secret"));

    assertThat(report.count(Status.RETRY_LATER)).isEqualTo(2);
    assertThat(platform.refusals()).containsOnly("SIGNATURE_INVALID");
    assertThat(platform.records("supervisions")).isEmpty();
    assertThat(platform.records("relations")).isEmpty();
    waiting.forEach(e -> assertThat(outbox.find(e.id())).hasValueSatisfying(pending -> {
      assertThat(pending.state()).isEqualTo(OutboxEntry.State.PENDING);
      assertThat(pending.lastError()).hasValueSatisfying(reason -> assertThat(reason).contains("SIGNATURE_INVALID"));
    }));
  }
}

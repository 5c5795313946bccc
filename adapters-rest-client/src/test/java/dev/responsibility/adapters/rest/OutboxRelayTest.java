package dev.responsibility.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responsibility.adapters.rest.RelayReport.Status;
import dev.responsibility.core.port.OutboxEntry;
import dev.responsibility.core.port.OutboxEntry.State;
import dev.responsibility.core.port.PlatformGateway;
import dev.responsibility.core.port.PlatformRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class OutboxRelayTest {

  final FakeTime time = new FakeTime(Records.NOW);
  final InMemoryOutbox outbox = new InMemoryOutbox();

  /** A gateway answering each entry by a rule, and remembering what the outbox showed during the push. */
  final class Scripted implements PlatformGateway {
    final Function<OutboxEntry, Outcome> rule;
    final List<List<OutboxEntry>> pushes = new ArrayList<>();
    final List<Integer> dueDuringPush = new ArrayList<>();

    Scripted(Function<OutboxEntry, Outcome> rule) {
      this.rule = rule;
    }

    @Override
    public List<Outcome> push(List<OutboxEntry> entries) {
      pushes.add(entries);
      dueDuringPush.add(outbox.due(time.instant(), 100).size());
      return entries.stream().map(rule).toList();
    }

    @Override
    public Changes pull(Optional<String> cursor, int limit) {
      throw new AssertionError("the relay never pulls changes");
    }
  }

  OutboxRelay relay(PlatformGateway gateway) {
    return OutboxRelay.builder(outbox, gateway).clock(time).random(new Random(3)).batchSize(3)
        .backoff(new Backoff(Duration.ofSeconds(10), Duration.ofMinutes(10))).claimTimeout(Duration.ofMinutes(5))
        .build();
  }

  void enqueue(String... ids) {
    for (String id : ids) {
      outbox.enqueue(OutboxEntry.pending(id, PlatformRecord.of(Records.business("B" + id)), time.instant()));
    }
  }

  @Test
  void recordsEachOutcomeInTheOutboxAndReportsItPerRecord() {
    enqueue("1", "2", "3");
    Scripted gateway = new Scripted(e -> switch (e.id()) {
      case "1" -> new PlatformGateway.Outcome.Accepted("1");
      case "2" -> new PlatformGateway.Outcome.Rejected("2", "record B2: INVALID_FIELD (field credit_code)");
      default -> new PlatformGateway.Outcome.RetryLater("3", "record B3: HTTP 503", Optional.of(120L));
    });
    RelayReport report = relay(gateway).runOnce();

    assertThat(report.results()).extracting(RelayReport.RecordResult::recordId).containsExactly("B1", "B2", "B3");
    assertThat(report.results()).extracting(RelayReport.RecordResult::status)
        .containsExactly(Status.DELIVERED, Status.REJECTED, Status.RETRY_LATER);
    assertThat(report.results().get(1).reason()).contains("record B2: INVALID_FIELD (field credit_code)");
    assertThat(outbox.find("1").orElseThrow().state()).isEqualTo(State.DELIVERED);
    assertThat(outbox.find("2").orElseThrow().state()).isEqualTo(State.REJECTED);
    OutboxEntry deferred = outbox.find("3").orElseThrow();
    assertThat(deferred.state()).isEqualTo(State.PENDING);
    assertThat(deferred.lastError()).contains("record B3: HTTP 503");
    // The platform asked for 120 s, more than the first backoff (5 to 10 s).
    assertThat(deferred.notBefore()).isEqualTo(time.instant().plusSeconds(120));
    assertThat(report.results().get(2).nextAttempt()).contains(deferred.notBefore());
  }

  @Test
  void claimsEntriesBeforePushingSoThatACrashLeavesThemPendingAndCounted() {
    enqueue("1", "2");
    Scripted gateway = new Scripted(e -> {
      throw new IllegalStateException("never reached");
    });
    // The "crash": the gateway returns and the process dies before recording anything.
    PlatformGateway dying = new PlatformGateway() {
      @Override
      public List<Outcome> push(List<OutboxEntry> entries) {
        gateway.pushes.add(entries);
        gateway.dueDuringPush.add(outbox.due(time.instant(), 100).size());
        throw new CrashingOutbox.Crash();
      }

      @Override
      public Changes pull(Optional<String> cursor, int limit) {
        throw new AssertionError("the relay never pulls changes");
      }
    };
    relay(dying).runOnce();
    // While in flight, no entry was due for another relay.
    assertThat(gateway.dueDuringPush).containsExactly(0);
    // A gateway that throws defers its entries: nothing is lost.
    assertThat(outbox.entries()).allSatisfy(e -> {
      assertThat(e.state()).isEqualTo(State.PENDING);
      assertThat(e.attempts()).isEqualTo(2);
    });
  }

  @Test
  void anEntryWhoseOutcomeWasNeverRecordedComesBackAfterTheClaimWithItsAttemptCounted() {
    enqueue("1");
    CrashingOutbox crashing = new CrashingOutbox(outbox);
    crashing.crashAfterNextPush();
    Scripted gateway = new Scripted(e -> new PlatformGateway.Outcome.Accepted(e.id()));
    OutboxRelay relay = OutboxRelay.builder(crashing, gateway).clock(time).claimTimeout(Duration.ofMinutes(5)).build();
    org.junit.jupiter.api.Assertions.assertThrows(CrashingOutbox.Crash.class, relay::runOnce);

    assertThat(outbox.due(time.instant().plus(Duration.ofMinutes(4)), 10)).isEmpty();
    List<OutboxEntry> back = outbox.due(time.instant().plus(Duration.ofMinutes(5)), 10);
    assertThat(back).extracting(OutboxEntry::attempts).containsExactly(1);
    assertThat(back.get(0).lastError()).get().asString().startsWith("in flight since");
    time.advance(Duration.ofMinutes(5));
    assertThat(relay.runOnce().count(Status.DELIVERED)).isEqualTo(1);
    // The gateway saw attempts = 1 the second time: a platform ignoring keys is asked first.
    assertThat(gateway.pushes.get(1).get(0).attempts()).isEqualTo(1);
  }

  @Test
  void theDeferralGrowsRoundByRoundWithJitterUpToTheCap() {
    enqueue("1");
    Scripted gateway = new Scripted(e -> new PlatformGateway.Outcome.RetryLater(e.id(), "down", Optional.empty()));
    OutboxRelay relay = relay(gateway);
    List<Duration> waits = new ArrayList<>();
    for (int round = 0; round < 8; round++) {
      Instant before = time.instant();
      relay.runOnce();
      Instant next = outbox.find("1").orElseThrow().notBefore();
      waits.add(Duration.between(before, next));
      time.advance(Duration.between(before, next));
    }
    // Ceilings 10 s, 20 s, 40 s … 600 s; each wait in the upper half of its ceiling.
    long ceiling = 10;
    for (Duration wait : waits) {
      assertThat(wait.getSeconds()).isBetween(ceiling / 2, ceiling);
      ceiling = Math.min(600, ceiling * 2);
    }
    assertThat(outbox.find("1").orElseThrow().attempts()).isEqualTo(16);
  }

  @Test
  void outcomesThatDoNotMatchTheEntriesDeferThem() {
    enqueue("1", "2");
    PlatformGateway wrong = new Scripted(e -> new PlatformGateway.Outcome.Accepted("other"));
    RelayReport report = relay(wrong).runOnce();
    assertThat(report.count(Status.RETRY_LATER)).isEqualTo(2);
    assertThat(report.results().get(0).reason()).get().asString().contains("gave no outcome");
  }

  @Test
  void drainRunsBatchesWhileTheyComeFull() {
    enqueue("1", "2", "3", "4", "5", "6", "7");
    Scripted gateway = new Scripted(e -> new PlatformGateway.Outcome.Accepted(e.id()));
    RelayReport report = relay(gateway).drain(10);
    assertThat(report.count(Status.DELIVERED)).isEqualTo(7);
    assertThat(gateway.pushes).extracting(List::size).containsExactly(3, 3, 1);
    assertThat(relay(gateway).drain(10).isEmpty()).isTrue();
  }

  @Test
  void anOutageLosesNothingAndTheRecordsGoWhenThePlatformIsBack() {
    FakePlatform platform = FakePlatform.builder().clock(time).build();
    RestPlatformGateway gateway = Clients.gateway(platform, time).build();
    platform.close();
    enqueue("1", "2");
    OutboxRelay relay = relay(gateway);
    assertThat(relay.runOnce().count(Status.RETRY_LATER)).isEqualTo(2);
    assertThat(outbox.entries()).allMatch(e -> e.state() == State.PENDING);

    try (FakePlatform back = FakePlatform.builder().clock(time).build()) {
      // The same address cannot be had again; point a new gateway at the platform that is back.
      OutboxRelay again = OutboxRelay.builder(outbox, Clients.gateway(back, time).build()).clock(time).build();
      time.advance(Duration.ofMinutes(10));
      assertThat(again.drain(5).count(Status.DELIVERED)).isEqualTo(2);
      assertThat(back.writes()).containsOnlyKeys("BUSINESS/B1", "BUSINESS/B2");
    }
  }
}

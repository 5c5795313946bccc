package dev.responsibility.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responsibility.core.port.OutboxEntry;
import dev.responsibility.core.port.PlatformRecord;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The law of the outbox hand-off: whatever the faults (server errors, 429 and 503 with
 * Retry-After, answers past the timeout, dropped and reset connections, duplicate
 * acknowledgements, writes applied whose reply was lost, relay crashes between push and
 * bookkeeping), every record ends delivered, and stored exactly once by the platform, with and
 * without idempotency keys.
 */
class DeliveryProperties {

  /** One run's conditions. */
  record Scenario(IdempotencySupport mode, List<Fault> schedule, List<ResettingProxy.Mode> connections,
      int recordSets, int relayBatch, int gatewayBatch, Set<Integer> crashRounds) {

  }

  /** The fault schedule repeats for this many requests; then the outage ends. */
  static final int FAULTY_REQUESTS = 300;
  static final int MAX_ROUNDS = 200;

  @BeforeContainer
  static void warmUp() {
    WarmUp.once();
  }

  @Property(tries = 24)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void everyRecordIsDeliveredExactlyOnce(@ForAll("scenarios") Scenario s) throws IOException {
    Statistics.label("mode").collect(s.mode());
    Statistics.label("mode").coverage(c -> {
      c.check(IdempotencySupport.HONOURED).count(n -> n > 0);
      c.check(IdempotencySupport.IGNORED).count(n -> n > 0);
    });
    FakeTime time = FakeTime.at("2023-06-15T02:00:00Z");
    AtomicInteger served = new AtomicInteger();
    try (FakePlatform platform = FakePlatform.builder().clock(time).honouringKeys(s.mode() == IdempotencySupport.HONOURED)
            .slow(Duration.ofMillis(700)).build();
        ResettingProxy proxy = new ResettingProxy(platform.uri(),
            () -> s.connections().get(served.getAndIncrement() % s.connections().size()))) {
      List<Fault> faults = new ArrayList<>();
      for (int i = 0; i < FAULTY_REQUESTS; i++) {
        Fault f = s.schedule().get(i % s.schedule().size());
        // Slow faults cost real time (the client's timeout): only in the schedule's first round,
        // a server error in its place after that.
        faults.add(f.isSlow() && i >= s.schedule().size() ? Fault.ERROR_500 : f);
      }
      platform.inject(faults);
      RestPlatformGateway gateway = RestPlatformGateway.builder(proxy.uri(),
              RequestSigner.bearer(Secret.of(FakePlatform.TOKEN)))
          .clock(time).sleeper(time).random(new Random(1)).rateLimit(RateLimit.unlimited())
          .requestTimeout(Duration.ofMillis(350)).idempotency(s.mode()).maxBatchSize(s.gatewayBatch()).build();

      InMemoryOutbox stored = new InMemoryOutbox();
      CrashingOutbox outbox = new CrashingOutbox(stored);
      List<PlatformRecord> records = new ArrayList<>();
      for (int i = 0; i < s.recordSets(); i++) {
        records.addAll(Records.oneOfEach("S" + i + "-"));
      }
      Records.entries(records).forEach(outbox::enqueue);
      boolean crashed = false;

      for (int round = 0; round < MAX_ROUNDS && !stored.due(time.instant().plus(Duration.ofDays(1)), 1).isEmpty();
          round++) {
        if (s.crashRounds().contains(round)) {
          outbox.crashAfterNextPush();
        }
        // A new relay every round, as after a restart: the relay keeps no state of its own.
        OutboxRelay relay = OutboxRelay.builder(outbox, gateway).batchSize(s.relayBatch()).clock(time)
            .random(new Random(round)).claimTimeout(Duration.ofMinutes(10))
            .backoff(new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1))).build();
        try {
          relay.runOnce();
        } catch (CrashingOutbox.Crash crash) {
          // The process died after pushing; its claims time out and the entries come back.
          crashed = true;
        }
        time.advance(Duration.ofMinutes(11));
      }
      // A write that lands after the client gave up (keys honoured) may still be in flight.
      platform.awaitIdle(Duration.ofSeconds(3));

      assertThat(stored.entries()).allSatisfy(e -> assertThat(e.state()).as(e.id() + " " + e.lastError())
          .isEqualTo(OutboxEntry.State.DELIVERED));
      Map<String, Integer> once = new HashMap<>();
      records.forEach(r -> once.put(FakePlatform.key(r.kind(), r.id()), 1));
      assertThat(platform.writes()).isEqualTo(once);
      records.forEach(r -> assertThat(platform.held(r.kind(), r.id())).contains(r));
      int requests = platform.requests().size();
      if (requests <= FAULTY_REQUESTS) {
        assertThat(platform.faultsServed()).isGreaterThanOrEqualTo((int) Math.ceil(0.2 * requests));
      }
      OpenApiContract.assertConform(platform.requests());
      Statistics.label("relay crashed").collect(crashed);
      Statistics.label("relay crashed").coverage(c -> c.check(true).count(n -> n > 0));
    }
  }

  @Provide
  Arbitrary<Scenario> scenarios() {
    return Arbitraries.of(IdempotencySupport.class).flatMap(mode -> Combinators.combine(
            schedules(mode), connections(), Arbitraries.integers().between(1, 3),
            Arbitraries.integers().between(1, 10), Arbitraries.integers().between(1, 5),
            Arbitraries.integers().between(0, 6).set().ofMaxSize(2))
        .as((schedule, connections, sets, relayBatch, gatewayBatch, crashes) -> new Scenario(mode, schedule,
            connections, sets, relayBatch, gatewayBatch, crashes)));
  }

  /**
   * Blocks of one fault and 0 to 4 served requests: every prefix of the schedule, and so every
   * run however short, has at least 20 % of its requests faulted (a third on average).
   */
  static Arbitrary<List<Fault>> schedules(IdempotencySupport mode) {
    Set<Fault> quick = EnumSet.of(Fault.ERROR_500, Fault.UNAVAILABLE_503, Fault.TOO_MANY_429, Fault.APPLY_THEN_500,
        Fault.APPLY_THEN_DROP, Fault.PARTIAL_THEN_DROP, Fault.DUPLICATE_ACKS);
    // A write landing after the client has looked and sent again cannot be caught without keys
    // (IdempotencySupport.IGNORED says so): that fault is for platforms that honour them.
    Set<Fault> slow = mode == IdempotencySupport.HONOURED
        ? EnumSet.of(Fault.APPLY_THEN_SLOW, Fault.SLOW_THEN_APPLY) : EnumSet.of(Fault.APPLY_THEN_SLOW);
    // Slow faults cost real time (the client's timeout): rare, but present.
    Arbitrary<Fault> fault = Arbitraries.frequencyOf(Tuple.of(14, Arbitraries.of(quick)),
        Tuple.of(1, Arbitraries.of(slow)));
    return Combinators.combine(fault, Arbitraries.integers().between(0, 4)).as((f, served) -> {
      List<Fault> block = new ArrayList<>(List.of(f));
      block.addAll(Collections.nCopies(served, Fault.NONE));
      return block;
    }).list().ofMinSize(3).ofMaxSize(10).map(blocks -> blocks.stream().flatMap(List::stream).toList());
  }

  static Arbitrary<List<ResettingProxy.Mode>> connections() {
    return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(ResettingProxy.Mode.PASS)),
            Tuple.of(1, Arbitraries.of(ResettingProxy.Mode.RESET_BEFORE_FORWARDING,
                ResettingProxy.Mode.RESET_AFTER_REPLY_STARTS)))
        .list().ofMinSize(1).ofMaxSize(4).filter(l -> l.contains(ResettingProxy.Mode.PASS));
  }
}

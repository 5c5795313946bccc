package dev.responsibility.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responsibility.core.port.OutboxEntry;
import dev.responsibility.core.port.PlatformGateway.Outcome;
import dev.responsibility.core.port.PlatformRecord;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** One fault at a time, against a platform that honours idempotency keys and one that ignores them. */
class FaultInjectionTest {

  final FakeTime time = FakeTime.at("2023-06-15T02:00:00Z");
  FakePlatform platform;

  @BeforeAll
  static void warmUp() {
    WarmUp.once();
  }

  @AfterEach
  void stop() {
    platform.close();
  }

  FakePlatform platform(IdempotencySupport mode) {
    platform = FakePlatform.builder().clock(time).honouringKeys(mode == IdempotencySupport.HONOURED)
        .slow(Duration.ofMillis(900)).build();
    return platform;
  }

  RestPlatformGateway gateway(IdempotencySupport mode) {
    return Clients.gateway(platform, time).idempotency(mode).requestTimeout(Duration.ofMillis(400)).build();
  }

  static List<OutboxEntry> threeBusinesses() {
    return Records.entries(List.of(PlatformRecord.of(Records.business("B1")), PlatformRecord.of(Records.business("B2")),
        PlatformRecord.of(Records.business("B3"))));
  }

  long posts() {
    return platform.requests().stream().filter(RecordedRequest::isPush).count();
  }

  long lookUps() {
    return platform.requests().stream().filter(r -> r.method().equals("GET")).count();
  }

  void assertEachDeliveredOnce(List<Outcome> outcomes) {
    assertThat(outcomes).allMatch(o -> o instanceof Outcome.Accepted, "all accepted");
    assertThat(platform.writes()).isEqualTo(Map.of("BUSINESS/B1", 1, "BUSINESS/B2", 1, "BUSINESS/B3", 1));
    OpenApiContract.assertConform(platform.requests());
  }

  @ParameterizedTest
  @EnumSource(IdempotencySupport.class)
  void aServerErrorBeforeApplyingIsRetried(IdempotencySupport mode) {
    platform(mode).inject(Fault.ERROR_500);
    assertEachDeliveredOnce(gateway(mode).push(threeBusinesses()));
    assertThat(posts()).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(IdempotencySupport.class)
  void aWriteAppliedButAnsweredWith500LandsOnce(IdempotencySupport mode) {
    platform(mode).inject(Fault.APPLY_THEN_500);
    assertEachDeliveredOnce(gateway(mode).push(threeBusinesses()));
    // Keys honoured: sent again and acknowledged as DUPLICATE. Keys ignored: looked up, not sent again.
    assertThat(posts()).isEqualTo(mode == IdempotencySupport.HONOURED ? 2 : 1);
    assertThat(lookUps()).isEqualTo(mode == IdempotencySupport.HONOURED ? 0 : 3);
  }

  @ParameterizedTest
  @EnumSource(IdempotencySupport.class)
  void aWriteAppliedWhoseConnectionDroppedLandsOnce(IdempotencySupport mode) {
    platform(mode).inject(Fault.APPLY_THEN_DROP);
    assertEachDeliveredOnce(gateway(mode).push(threeBusinesses()));
  }

  @ParameterizedTest
  @EnumSource(IdempotencySupport.class)
  void aHalfAppliedBatchWhoseConnectionDroppedLandsOnce(IdempotencySupport mode) {
    platform(mode).inject(Fault.PARTIAL_THEN_DROP);
    assertEachDeliveredOnce(gateway(mode).push(threeBusinesses()));
    if (mode == IdempotencySupport.IGNORED) {
      // B1 was applied and is found; B2 and B3 are not held and go again.
      assertThat(platform.requests().get(platform.requests().size() - 1).bodyText()).contains("e-B2", "e-B3")
          .doesNotContain("e-B1");
    }
  }

  @ParameterizedTest
  @EnumSource(IdempotencySupport.class)
  void anAnswerSlowerThanTheTimeoutIsTreatedAsLost(IdempotencySupport mode) {
    platform(mode).inject(Fault.APPLY_THEN_SLOW);
    assertEachDeliveredOnce(gateway(mode).push(threeBusinesses()));
  }

  @Test
  void aWriteLandingAfterTheClientGaveUpIsStillOnceWhenKeysAreHonoured() throws InterruptedException {
    platform(IdempotencySupport.HONOURED).inject(Fault.SLOW_THEN_APPLY);
    List<Outcome> outcomes = gateway(IdempotencySupport.HONOURED).push(threeBusinesses());
    // Let the slow request finish applying on the platform's side.
    Thread.sleep(1200);
    assertEachDeliveredOnce(outcomes);
  }

  @ParameterizedTest
  @EnumSource(IdempotencySupport.class)
  void duplicateAcknowledgementsAreHarmless(IdempotencySupport mode) {
    platform(mode).inject(Fault.DUPLICATE_ACKS);
    assertEachDeliveredOnce(gateway(mode).push(threeBusinesses()));
    assertThat(posts()).isEqualTo(1);
  }

  @Test
  void a429IsRetriedAfterItsRetryAfterInSecondsOrAsAnHttpDate() {
    platform(IdempotencySupport.HONOURED).inject(Fault.TOO_MANY_429, Fault.TOO_MANY_429);
    assertEachDeliveredOnce(gateway(IdempotencySupport.HONOURED).push(threeBusinesses()));
    assertThat(posts()).isEqualTo(3);
    // Retry-After: one HTTP date two seconds ahead, then "2": four seconds in all, no backoff on top.
    assertThat(time.slept()).isEqualTo(Duration.ofSeconds(4));
  }

  @Test
  void a503IsRetriedAfterItsRetryAfter() {
    platform(IdempotencySupport.IGNORED).inject(Fault.UNAVAILABLE_503);
    assertEachDeliveredOnce(gateway(IdempotencySupport.IGNORED).push(threeBusinesses()));
    // 503 promises nothing was applied: no look-up.
    assertThat(lookUps()).isZero();
    assertThat(time.slept()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void aRetryAfterLongerThanTheCallMayWaitIsLeftToTheOutbox() {
    platform(IdempotencySupport.HONOURED).answer(r -> new FakePlatform.Canned(429,
        Map.of("Retry-After", "120", "Content-Type", "application/json"), "{\"code\":\"RATE_LIMITED\",\"message\":\"quota\"}"));
    List<Outcome> outcomes = gateway(IdempotencySupport.HONOURED).push(threeBusinesses());
    assertThat(outcomes).allSatisfy(o -> {
      assertThat(o).isInstanceOf(Outcome.RetryLater.class);
      assertThat(((Outcome.RetryLater) o).retryAfterSeconds()).contains(120L);
      assertThat(((Outcome.RetryLater) o).reason()).contains("429", "RATE_LIMITED");
    });
    assertThat(posts()).isEqualTo(1);
    assertThat(time.slept()).isZero();
  }

  @Test
  void persistentServerErrorsEndInRetryLaterNamingEachRecordAfterTheLastAttempt() {
    platform(IdempotencySupport.HONOURED).inject(Fault.ERROR_500, Fault.ERROR_500, Fault.ERROR_500, Fault.ERROR_500);
    List<Outcome> outcomes = gateway(IdempotencySupport.HONOURED).push(threeBusinesses());
    assertThat(outcomes).allMatch(o -> o instanceof Outcome.RetryLater);
    assertThat(((Outcome.RetryLater) outcomes.get(1)).reason()).startsWith("record B2: POST /v1/businesses: HTTP 500")
        .endsWith("(after 4 attempts)");
    assertThat(posts()).isEqualTo(4);
    // Backoff with jitter: waits drawn from [100, 200], [200, 400] and [400, 800] ms.
    assertThat(time.slept()).isBetween(Duration.ofMillis(700), Duration.ofMillis(1400));
  }

  @ParameterizedTest
  @EnumSource(value = Kind4xx.class)
  void otherClientErrorsAreNeverRetried(Kind4xx error) {
    platform(IdempotencySupport.HONOURED).answer(r -> FakePlatform.error(error.status, error.code, "no", null, null));
    List<Outcome> outcomes = gateway(IdempotencySupport.HONOURED).push(threeBusinesses());
    assertThat(outcomes).allSatisfy(o -> assertThat(((Outcome.RetryLater) o).reason())
        .contains(Integer.toString(error.status), error.code));
    assertThat(posts()).isEqualTo(1);
  }

  enum Kind4xx {
    BAD_REQUEST(400, "UNSUPPORTED_VERSION"), UNAUTHORIZED(401, "SIGNATURE_INVALID"), FORBIDDEN(403, "FORBIDDEN"),
    NOT_FOUND(404, "NOT_FOUND"), CONFLICT(409, "CONFLICT"), TOO_LARGE(413, "PAYLOAD_TOO_LARGE");

    final int status;
    final String code;

    Kind4xx(int status, String code) {
      this.status = status;
      this.code = code;
    }
  }

  @Test
  void aBatchRefusedForOneRecordRejectsItAndSendsTheOthersAgain() {
    platform(IdempotencySupport.HONOURED);
    platform.answer(r -> r.isPush() && r.bodyText().contains("\"B2\"")
        ? FakePlatform.error(422, "INVALID_FIELD", "licence expired", "license_no", "B2") : null);
    List<Outcome> outcomes = gateway(IdempotencySupport.HONOURED).push(threeBusinesses());
    assertThat(outcomes.get(1)).isEqualTo(new Outcome.Rejected("e-B2",
        "record B2: HTTP 422 INVALID_FIELD: licence expired (field license_no, record B2)"));
    assertThat(outcomes.get(0)).isInstanceOf(Outcome.Accepted.class);
    assertThat(outcomes.get(2)).isInstanceOf(Outcome.Accepted.class);
    assertThat(posts()).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(value = ResettingProxy.Mode.class, names = {"RESET_BEFORE_FORWARDING", "RESET_AFTER_REPLY_STARTS"})
  void aResetConnectionIsRetriedAndTheRecordsLandOnce(ResettingProxy.Mode reset) throws IOException {
    for (IdempotencySupport mode : IdempotencySupport.values()) {
      platform(mode);
      ArrayDeque<ResettingProxy.Mode> modes = new ArrayDeque<>(List.of(reset));
      try (ResettingProxy proxy = new ResettingProxy(platform.uri(), () -> Optional.ofNullable(modes.poll())
          .orElse(ResettingProxy.Mode.PASS))) {
        RestPlatformGateway gateway = RestPlatformGateway.builder(proxy.uri(),
                RequestSigner.bearer(Secret.of(FakePlatform.TOKEN)))
            .clock(time).sleeper(time).rateLimit(RateLimit.unlimited()).idempotency(mode).build();
        assertEachDeliveredOnce(gateway.push(threeBusinesses()));
        // A reset after the request went out is ambiguous either way: without keys, look first.
        assertThat(lookUps()).isEqualTo(mode == IdempotencySupport.IGNORED ? 3 : 0);
      }
      platform.close();
    }
  }

  @Test
  void withoutLookUpsAPlatformIgnoringKeysStoresARetriedWriteTwice() {
    // Why IdempotencySupport.IGNORED exists: the same fault, the client told keys are honoured.
    platform(IdempotencySupport.IGNORED).inject(Fault.APPLY_THEN_DROP);
    gateway(IdempotencySupport.HONOURED).push(threeBusinesses());
    assertThat(platform.writes()).containsEntry("BUSINESS/B1", 2);
  }

  @Test
  void anUnreachablePlatformLeavesEveryRecordForLater() {
    platform(IdempotencySupport.IGNORED);
    RestPlatformGateway gateway = gateway(IdempotencySupport.IGNORED);
    platform.close();
    List<Outcome> outcomes = gateway.push(threeBusinesses());
    assertThat(outcomes).allSatisfy(o -> assertThat(((Outcome.RetryLater) o).reason())
        .contains("could not connect").contains("after 4 attempts"));
  }

  @Test
  void anInterruptedPushLeavesEveryRecordForLaterAndKeepsTheInterrupt() {
    platform(IdempotencySupport.HONOURED).inject(Fault.ERROR_500);
    RestPlatformGateway gateway = Clients.gateway(platform, time).sleeper(d -> {
      throw new InterruptedException();
    }).build();
    List<Outcome> outcomes = gateway.push(threeBusinesses());
    assertThat(Thread.interrupted()).isTrue();
    assertThat(outcomes).allSatisfy(o -> assertThat(((Outcome.RetryLater) o).reason()).endsWith(
        "interrupted before the platform answered"));
  }

  @Test
  void anEntryTriedBeforeIsLookedUpFirstWhenKeysAreIgnored() {
    platform(IdempotencySupport.IGNORED);
    PlatformRecord b1 = PlatformRecord.of(Records.business("B1"));
    platform.hold(b1);
    OutboxEntry triedOnce = new OutboxEntry("e-B1", b1, Records.NOW, OutboxEntry.State.PENDING, 1, Records.NOW,
        Optional.of("in flight"));
    assertThat(gateway(IdempotencySupport.IGNORED).push(List.of(triedOnce))).containsExactly(
        new Outcome.Accepted("e-B1"));
    assertThat(posts()).isZero();
  }
}

package dev.responsibility.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.responsibility.core.port.OutboxEntry;
import dev.responsibility.core.port.PlatformGateway.Changes;
import dev.responsibility.core.port.PlatformGateway.Outcome;
import dev.responsibility.core.port.PlatformRecord;
import dev.responsibility.core.port.PlatformRecord.Kind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RestPlatformGatewayTest extends OnFakePlatform {

  @Test
  void pushesEveryKindAsABatchPerCollectionEachRecordUnderItsEntryId() {
    List<OutboxEntry> entries = Records.entries(Records.oneOfEach("R"));
    List<Outcome> outcomes = Clients.gateway(platform, time).build().push(entries);

    assertThat(outcomes).extracting(Outcome::entryId).containsExactly("e-R1", "e-R2", "e-R3", "e-R4", "e-R5", "e-R6");
    assertThat(outcomes).allMatch(o -> o instanceof Outcome.Accepted);
    assertThat(platform.requests()).extracting(RecordedRequest::rawPath).containsExactly("/v1/businesses",
        "/v1/cadres", "/v1/relations", "/v1/documents", "/v1/supervisions", "/v1/problems");
    for (RecordedRequest r : platform.requests()) {
      JsonNode item = Json.parseObject(r.body(), "test").get("items").get(0);
      assertThat(item.get("idempotency_key").textValue()).isEqualTo("e-" + item.get("record").get("id").textValue());
      assertThat(r.header("Idempotency-Key")).get().asString().matches("batch-[0-9a-f]{64}");
      assertThat(r.header("API-Version")).contains("1");
    }
    for (PlatformRecord r : Records.oneOfEach("R")) {
      assertThat(platform.held(r.kind(), r.id())).contains(r);
    }
    OpenApiContract.assertConform(platform.requests());
  }

  @Test
  void splitsBatchesAtTheMaximumSizeAndKeepsTheCallersOrder() {
    List<PlatformRecord> records = new java.util.ArrayList<>();
    for (int i = 0; i < 5; i++) {
      records.add(PlatformRecord.of(Records.business("B" + i)));
      records.add(PlatformRecord.of(Records.cadre("C" + i)));
    }
    List<OutboxEntry> entries = Records.entries(records);
    List<Outcome> outcomes = Clients.gateway(platform, time).maxBatchSize(2).build().push(entries);

    assertThat(outcomes).extracting(Outcome::entryId).containsExactlyElementsOf(
        entries.stream().map(OutboxEntry::id).toList());
    assertThat(platform.requests()).hasSize(6);
    assertThat(platform.writes()).hasSize(10).allSatisfy((k, n) -> assertThat(n).isEqualTo(1));
  }

  @Test
  void theRequestIdempotencyKeyIsTheHashOfTheItemKeys() {
    List<OutboxEntry> entries = Records.entries(List.of(PlatformRecord.of(Records.business("B1")),
        PlatformRecord.of(Records.business("B2"))));
    Clients.gateway(platform, time).build().push(entries);
    String expected = "batch-" + SignatureAlgorithm.HMAC_SHA256.digestHex("e-B1\ne-B2".getBytes(StandardCharsets.UTF_8));
    assertThat(platform.requests().get(0).header("Idempotency-Key")).contains(expected);
  }

  @Test
  void pullPagesThroughChangesUntilTheLimit() {
    List<PlatformRecord> published = new java.util.ArrayList<>();
    for (int i = 0; i < 7; i++) {
      published.addAll(Records.oneOfEach("P" + i + "-"));
    }
    platform.publish(published);
    RestPlatformGateway gateway = Clients.gateway(platform, time).pageSize(10).build();

    Changes first = gateway.pull(Optional.empty(), 25);
    assertThat(first.records()).containsExactlyElementsOf(published.subList(0, 25));
    assertThat(first.hasMore()).isTrue();
    Changes rest = gateway.pull(Optional.of(first.nextCursor()), 100);
    assertThat(rest.records()).containsExactlyElementsOf(published.subList(25, 42));
    assertThat(rest.hasMore()).isFalse();
    Changes none = gateway.pull(Optional.of(rest.nextCursor()), 100);
    assertThat(none.records()).isEmpty();
    assertThat(none.nextCursor()).isEqualTo(rest.nextCursor());

    // 3 pages of 10, 5 of 25; then 10, 7; then one empty page.
    assertThat(platform.requests()).extracting(RecordedRequest::rawQuery).containsExactly("limit=10",
        "cursor=c10&limit=10", "cursor=c20&limit=5", "cursor=c25&limit=10", "cursor=c35&limit=10",
        "cursor=c42&limit=10");
    OpenApiContract.assertConform(platform.requests());
  }

  @Test
  void findsARecordByIdWithItsIdPercentEncoded() {
    PlatformRecord held = PlatformRecord.of(Records.cadre("甲 1"));
    platform.hold(held);
    RestPlatformGateway gateway = Clients.gateway(platform, time).build();
    assertThat(gateway.find(Kind.CADRE, "甲 1")).contains(held);
    assertThat(gateway.find(Kind.CADRE, "乙")).isEmpty();
    assertThat(platform.requests().get(0).rawPath()).isEqualTo("/v1/cadres/%E7%94%B2%201");
    OpenApiContract.assertConform(platform.requests());
  }

  @Test
  void aRecordThePlatformRefusesIsRejectedWithItsReasonFieldAndId() {
    platform.refuse("R1", "credit_code", "check character does not match");
    List<Outcome> outcomes = Clients.gateway(platform, time).build()
        .push(Records.entries(List.of(PlatformRecord.of(Records.business("R1")),
            PlatformRecord.of(Records.business("R2")))));
    assertThat(outcomes.get(0)).isInstanceOf(Outcome.Rejected.class);
    assertThat(((Outcome.Rejected) outcomes.get(0)).reason()).contains("R1").contains("credit_code")
        .contains("INVALID_FIELD").contains("check character does not match");
    assertThat(outcomes.get(1)).isInstanceOf(Outcome.Accepted.class);
  }
}

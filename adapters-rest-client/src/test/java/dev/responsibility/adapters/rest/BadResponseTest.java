package dev.responsibility.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.responsibility.core.port.OutboxEntry;
import dev.responsibility.core.port.PlatformGateway.Outcome;
import dev.responsibility.core.port.PlatformRecord;
import dev.responsibility.core.port.PlatformRecord.Kind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Answers that break the contract. The decision (see PlatformResponseException): a bad answer to
 * a push settles nothing, each record gets RetryLater with a reason naming the record and the
 * field; a bad page of changes or a bad look-up throws PlatformResponseException naming the
 * place, the record and the field, and the cursor does not move.
 */
class BadResponseTest extends OnFakePlatform {

  final RestPlatformGateway gateway = Clients.gateway(platform, time).build();
  static final RecordJson JSON = new RecordJson(FieldMapping.formatMd());

  List<Outcome> pushAnswered(String body) {
    platform.answer(r -> r.isPush() ? FakePlatform.Canned.json(200, body) : null);
    List<OutboxEntry> entries = Records.entries(List.of(PlatformRecord.of(Records.business("B1")),
        PlatformRecord.of(Records.business("B2"))));
    return gateway.push(entries);
  }

  static String reason(Outcome o) {
    return o instanceof Outcome.RetryLater r ? "RetryLater: " + r.reason()
        : o instanceof Outcome.Rejected r ? "Rejected: " + r.reason() : "Accepted";
  }

  @Test
  void malformedJsonLeavesEveryRecordForLaterNamingIt() {
    List<Outcome> outcomes = pushAnswered("{\"results\": [");
    assertThat(reason(outcomes.get(0))).startsWith("RetryLater: record B1: bad response to POST /v1/businesses: body: "
        + "malformed JSON");
    assertThat(reason(outcomes.get(1))).startsWith("RetryLater: record B2:");
  }

  @Test
  void aMissingResultsArrayNamesTheField() {
    assertThat(reason(pushAnswered("{\"items\": []}").get(0)))
        .isEqualTo("RetryLater: record B1: bad response to POST /v1/businesses: body, field 'results': required field "
            + "is missing");
  }

  /** A result for B1 spoilt, B2 acknowledged: B1's outcome says what is wrong, B2 is accepted. */
  static Stream<Arguments> spoiltResults() {
    String b2 = ",{\"idempotency_key\":\"e-B2\",\"status\":\"DUPLICATE\"}]}";
    String exchange = "bad response to POST /v1/businesses: ";
    return Stream.of(
        Arguments.of("{\"results\":[{\"idempotency_key\":\"e-B1\"}" + b2,
            "RetryLater: " + exchange + "results[0] (record B1), field 'status': required field is missing"),
        Arguments.of("{\"results\":[{\"idempotency_key\":\"e-B1\",\"status\":\"MAYBE\"}" + b2,
            "RetryLater: " + exchange + "results[0] (record B1), field 'status': unknown value 'MAYBE', expected one "
                + "of ACCEPTED, DUPLICATE, REJECTED"),
        Arguments.of("{\"results\":[{\"status\":\"ACCEPTED\"}" + b2,
            "RetryLater: " + exchange + "no result for record B1 (idempotency key e-B1); " + exchange + "results[0], "
                + "field 'idempotency_key': required field is missing"),
        Arguments.of("{\"results\":[{\"idempotency_key\":\"e-B1\",\"status\":\"REJECTED\"}" + b2,
            "Rejected: record B1: rejected without a reason (results[0].error is missing)"),
        Arguments.of("{\"results\":[{\"idempotency_key\":\"e-B1\",\"record_id\":\"B7\",\"status\":\"ACCEPTED\"}"
            + b2, "RetryLater: " + exchange + "results[0] (record B1), field 'record_id': 'B7' is not the record sent "
                + "under this key"),
        Arguments.of("{\"results\":[{\"idempotency_key\":\"e-B1\",\"status\":\"ACCEPTED\"},"
            + "{\"idempotency_key\":\"e-B1\",\"status\":\"REJECTED\",\"error\":{\"code\":\"X\",\"message\":\"y\"}}"
            + b2, "RetryLater: bad response: conflicting results for record B1 (idempotency key e-B1) at results[1]"));
  }

  @ParameterizedTest
  @MethodSource("spoiltResults")
  void aSpoiltResultNamesTheRecordAndFieldAndSettlesOnlyWhatIsClear(String body, String firstOutcome) {
    List<Outcome> outcomes = pushAnswered(body);
    assertThat(reason(outcomes.get(0))).isEqualTo(firstOutcome);
    assertThat(outcomes.get(1)).isEqualTo(new Outcome.Accepted("e-B2"));
  }

  // --- pull and look-up ---------------------------------------------------------------------

  PlatformResponseException pullAnswered(Consumer<ObjectNode> spoil) {
    ObjectNode page = Json.object();
    ArrayNode changes = page.putArray("changes");
    for (PlatformRecord r : List.of(PlatformRecord.of(Records.business("B8")), PlatformRecord.of(Records.business("B9")),
        PlatformRecord.of(Records.problem("P1")))) {
      changes.addObject().put("kind", r.kind().name()).set("record", JSON.write(r));
    }
    page.put("next_cursor", "c3").put("has_more", false);
    spoil.accept(page);
    String body = new String(Json.bytes(page), StandardCharsets.UTF_8);
    platform.answer(r -> FakePlatform.Canned.json(200, body));
    return catchThrowableOfType(PlatformResponseException.class, () -> gateway.pull(Optional.empty(), 10));
  }

  static ObjectNode record(ObjectNode page, int i) {
    return (ObjectNode) page.get("changes").get(i).get("record");
  }

  @Test
  void aPageIsReadWhenNothingIsSpoilt() {
    platform.publish(List.of(PlatformRecord.of(Records.business("B8"))));
    assertThat(gateway.pull(Optional.empty(), 10).records()).hasSize(1);
  }

  @Test
  void aMissingFieldOfAPulledRecordNamesTheRecordAndField() {
    PlatformResponseException e = pullAnswered(p -> record(p, 1).remove("name"));
    assertThat(e).hasMessage("bad response to GET /v1/changes: changes[1].record (record B9), field 'name': "
        + "required field is missing");
    assertThat(e.recordId()).contains("B9");
    assertThat(e.field()).contains("name");
    assertThat(e.location()).isEqualTo("changes[1].record");
  }

  @Test
  void anUnknownEnumeratedValueNamesTheRecordFieldAndValues() {
    PlatformResponseException e = pullAnswered(p -> record(p, 0).put("size", "HUGE"));
    assertThat(e).hasMessage("bad response to GET /v1/changes: changes[0].record (record B8), field 'size': "
        + "unknown value 'HUGE', expected one of LARGE, MEDIUM, SMALL, MICRO");
  }

  @Test
  void anUnknownKindNamesTheChange() {
    PlatformResponseException e = pullAnswered(p -> ((ObjectNode) p.get("changes").get(2)).put("kind", "SHOP"));
    assertThat(e).hasMessageContaining("changes[2], field 'kind': unknown value 'SHOP'");
  }

  @Test
  void valuesOfTheWrongFormNameTheirField() {
    assertThat(pullAnswered(p -> record(p, 0).put("license_issued", "2023-13-01")))
        .hasMessageContaining("(record B8), field 'license_issued': '2023-13-01' is not a date");
    assertThat(pullAnswered(p -> record(p, 0).put("diners", "many")))
        .hasMessageContaining("(record B8), field 'diners': expected a whole number, got string \"many\"");
    assertThat(pullAnswered(p -> record(p, 0).put("high_risk", "yes")))
        .hasMessageContaining("field 'high_risk': expected true or false");
    assertThat(pullAnswered(p -> record(p, 1).put("id", " ")))
        .hasMessageContaining("changes[1].record, field 'id': must not be blank");
  }

  @Test
  void aRecordTheCoreRefusesNamesTheWireField() {
    PlatformResponseException e = pullAnswered(p -> record(p, 2).put("referred_on", "2023-06-01"));
    assertThat(e.recordId()).contains("P1");
    assertThat(e.field()).contains("referred_on");
    assertThat(e).hasMessageContaining("must be on or after foundOn 2023-06-14");
    assertThat(pullAnswered(p -> record(p, 0).put("license_expires", "2020-01-01")).field())
        .contains("license_expires");
  }

  @Test
  void aBrokenEnvelopeNamesItsField() {
    assertThat(pullAnswered(p -> p.remove("next_cursor"))).hasMessage("bad response to GET /v1/changes: body, field "
        + "'next_cursor': required field is missing");
    assertThat(pullAnswered(p -> p.remove("has_more"))).hasMessageContaining("field 'has_more'");
    assertThat(pullAnswered(p -> p.put("changes", "none"))).hasMessageContaining("field 'changes': expected an array");
    platform.answer(r -> FakePlatform.Canned.json(200, "[1,2]"));
    assertThat(catchThrowableOfType(PlatformResponseException.class, () -> gateway.pull(Optional.empty(), 1)))
        .hasMessageContaining("expected a JSON object, got array");
    platform.answer(r -> FakePlatform.Canned.json(200, "{\"changes\":[],\"changes\":[]}"));
    assertThat(catchThrowableOfType(PlatformResponseException.class, () -> gateway.pull(Optional.empty(), 1)))
        .hasMessageContaining("malformed JSON: Duplicate field 'changes'");
  }

  @Test
  void aMalformedLookUpNamesTheRecordAndFieldAndSettlesNothing() {
    ObjectNode held = JSON.write(PlatformRecord.of(Records.business("B1")));
    held.put("grade", "E");
    ObjectNode answer = Json.object();
    answer.set("record", held);
    String body = new String(Json.bytes(answer), StandardCharsets.UTF_8);
    platform.answer(r -> r.method().equals("GET") ? FakePlatform.Canned.json(200, body) : null);

    assertThat(catchThrowableOfType(PlatformResponseException.class, () -> gateway.find(Kind.BUSINESS, "B1")))
        .hasMessage("bad response to GET /v1/businesses/B1: record (record B1), field 'grade': unknown value 'E', "
            + "expected one of A, B, C, D");
    OutboxEntry triedBefore = new OutboxEntry("e-B1", PlatformRecord.of(Records.business("B1")), Records.NOW,
        OutboxEntry.State.PENDING, 1, Records.NOW, Optional.empty());
    Outcome outcome = Clients.gateway(platform, time).idempotency(IdempotencySupport.IGNORED).build()
        .push(List.of(triedBefore)).get(0);
    assertThat(reason(outcome)).contains("record B1", "field 'grade'");
    assertThat(platform.requests()).noneMatch(RecordedRequest::isPush);
  }
}

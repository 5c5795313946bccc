package dev.responsibility.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responsibility.core.port.PlatformRecord;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * platform-api.yaml itself: the validator used on every request does refuse what breaks the
 * document, and the fake platform's own answers conform to it (so the tests exercise the contract,
 * not the fake's idea of it).
 */
class ContractDocumentTest extends OnFakePlatform {

  static final String BUSINESS = "{\"id\":\"B1\",\"name\":\"面馆\",\"credit_code\":\"\",\"license_no\":\"\","
      + "\"license_issued\":\"2021-03-01\",\"category\":\"VENDOR\",\"size\":\"MICRO\",\"grade\":\"D\","
      + "\"division_code\":\"430102001000\"}";

  static RecordedRequest push(String collection, String record, Map<String, String> headerChanges) {
    Map<String, List<String>> headers = new HashMap<>(Map.of("api-version", List.of("1"),
        "idempotency-key", List.of("batch-" + "0".repeat(64)), "content-type", List.of("application/json"),
        "authorization", List.of("Bearer token")));
    headerChanges.forEach((k, v) -> {
      if (v == null) {
        headers.remove(k);
      } else {
        headers.put(k, List.of(v));
      }
    });
    String body = "{\"items\":[{\"idempotency_key\":\"e-1\",\"record\":" + record + "}]}";
    return new RecordedRequest("POST", "/v1/" + collection, "", headers, body.getBytes(StandardCharsets.UTF_8));
  }

  /** Header changes: name, value pairs; a null value removes the header. */
  static Map<String, String> with(String... nameValue) {
    Map<String, String> changes = new HashMap<>();
    for (int i = 0; i < nameValue.length; i += 2) {
      changes.put(nameValue[i], nameValue[i + 1]);
    }
    return changes;
  }

  @Test
  void aConformingPushPasses() {
    assertThat(OpenApiContract.violations(push("businesses", BUSINESS, Map.of()))).isEmpty();
    assertThat(OpenApiContract.violations(push("businesses", BUSINESS, with("authorization", null,
        "x-app-key", "app-1", "x-timestamp", "1686794400", "x-nonce", "0123456789abcdef",
        "x-signature-method", "HMAC-SM3", "x-signature", "eAm4a5AF1oqH65/xAr1q5kTHhw9uo39mXMXuC9GFN2c=")))).isEmpty();
  }

  @Test
  void theValidatorRefusesWhatBreaksTheDocument() {
    assertThat(OpenApiContract.violations(push("businesses", BUSINESS, Map.of("api-version", "2")))).isNotEmpty();
    assertThat(OpenApiContract.violations(push("businesses", BUSINESS, with("api-version", null))))
        .anyMatch(v -> v.contains("API-Version"));
    assertThat(OpenApiContract.violations(push("businesses", BUSINESS, Map.of("idempotency-key", "k1"))))
        .isNotEmpty();
    assertThat(OpenApiContract.violations(push("businesses", BUSINESS, with("authorization", null))))
        .anyMatch(v -> v.contains("security"));
    assertThat(OpenApiContract.violations(push("businesses", BUSINESS.replace("MICRO", "HUGE"), Map.of())))
        .anyMatch(v -> v.contains("HUGE"));
    assertThat(OpenApiContract.violations(push("businesses", BUSINESS.replace("\"name\":\"面馆\",", ""), Map.of())))
        .anyMatch(v -> v.contains("name"));
    assertThat(OpenApiContract.violations(push("businesses", BUSINESS.replace("2021-03-01", "01/03/2021"),
        Map.of()))).isNotEmpty();
    assertThat(OpenApiContract.violations(push("cadres", BUSINESS, Map.of()))).isNotEmpty();
    assertThat(OpenApiContract.violations(push("shops", BUSINESS, Map.of()))).isNotEmpty();
    RecordedRequest badLimit = new RecordedRequest("GET", "/v1/changes", "limit=0",
        Map.of("api-version", List.of("1"), "authorization", List.of("Bearer t")), new byte[0]);
    assertThat(OpenApiContract.violations(badLimit)).isNotEmpty();
  }

  @Test
  void theFakePlatformsAnswersConform() throws Exception {
    platform.refuse("R2", "credit_code", "check character does not match").publish(Records.oneOfEach("P"))
        .hold(PlatformRecord.of(Records.cadre("C1")));
    RestPlatformGateway gateway = Clients.gateway(platform, time).build();
    gateway.push(Records.entries(Records.oneOfEach("R")));
    gateway.pull(Optional.empty(), 4);
    gateway.find(PlatformRecord.Kind.CADRE, "C1");
    gateway.find(PlatformRecord.Kind.CADRE, "C2");
    platform.inject(Fault.TOO_MANY_429, Fault.UNAVAILABLE_503);
    gateway.pull(Optional.empty(), 1);

    // Replay each request to a fresh client to see the platform's answer as sent.
    java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
    platform.inject(Fault.TOO_MANY_429, Fault.UNAVAILABLE_503);
    for (RecordedRequest r : platform.requests()) {
      java.net.http.HttpRequest.Builder b = java.net.http.HttpRequest.newBuilder(java.net.URI.create(platform.uri()
          + r.rawPath() + (r.rawQuery().isEmpty() ? "" : "?" + r.rawQuery())))
          .method(r.method(), r.body().length == 0 ? java.net.http.HttpRequest.BodyPublishers.noBody()
              : java.net.http.HttpRequest.BodyPublishers.ofByteArray(r.body()));
      for (String h : List.of("API-Version", "Idempotency-Key", "Content-Type", "Authorization")) {
        r.header(h).ifPresent(v -> b.header(h, v));
      }
      java.net.http.HttpResponse<String> answer = client.send(b.build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      Map<String, String> headers = new HashMap<>();
      answer.headers().map().forEach((k, v) -> headers.put(k, v.get(0)));
      assertThat(OpenApiContract.violations(r, answer.statusCode(), headers, answer.body()))
          .as("%s %s -> %s %s", r.method(), r.rawPath(), answer.statusCode(), answer.body()).isEmpty();
    }
  }
}

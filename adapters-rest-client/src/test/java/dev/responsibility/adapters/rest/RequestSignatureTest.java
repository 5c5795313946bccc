package dev.responsibility.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responsibility.core.model.PortException;
import dev.responsibility.core.port.OutboxEntry;
import dev.responsibility.core.port.PlatformGateway.Outcome;
import dev.responsibility.core.port.PlatformRecord;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The request signature of platform-api.yaml: known answers computed outside this code (Python's
 * hmac and hashlib, OpenSSL 3 for SM3), and a platform that refuses replayed, tampered and stale
 * requests.
 */
class RequestSignatureTest {

  static final String APP_KEY = "app-4301";
  static final Secret SECRET = Secret.of("s3cr3t-园区-key");
  static final String NONCE = "0123456789abcdef0123456789abcdef";
  static final Clock AT_1686794400 = Clock.fixed(Instant.ofEpochSecond(1686794400L), ZoneOffset.UTC);
  static final byte[] BODY = "{\"items\":[{\"idempotency_key\":\"e-1\",\"record\":{\"id\":\"B001\"}}]}"
      .getBytes(StandardCharsets.UTF_8);

  static HmacRequestSigner signer(SignatureAlgorithm algorithm) {
    return HmacRequestSigner.builder(APP_KEY, SECRET).algorithm(algorithm).clock(AT_1686794400).nonces(() -> NONCE)
        .build();
  }

  @Test
  void hmacSha256OfAPushMatchesTheKnownAnswer() {
    Map<String, String> headers = signer(SignatureAlgorithm.HMAC_SHA256)
        .headers(new OutgoingRequest("POST", "/v1/businesses", "", BODY));
    assertThat(headers).containsExactly(Map.entry("X-App-Key", APP_KEY), Map.entry("X-Timestamp", "1686794400"),
        Map.entry("X-Nonce", NONCE), Map.entry("X-Signature-Method", "HMAC-SHA256"),
        Map.entry("X-Signature", "q+Xp8tEGA0ztxsa2GRTQdR8sRA+gQqPdsO5VAwx2N58="));
  }

  @Test
  void hmacSha256OfAGetSortsTheQueryAndHashesTheEmptyBody() {
    Map<String, String> headers = signer(SignatureAlgorithm.HMAC_SHA256)
        .headers(new OutgoingRequest("GET", "/v1/changes", "limit=10&cursor=c%2010", new byte[0]));
    assertThat(headers).containsEntry("X-Signature", "0akeNccdhfpRgTWFURCjABXzool6MQYIboh0suGaI3g=");
  }

  @Test
  void hmacSm3OfAPushMatchesTheKnownAnswer() {
    Map<String, String> headers = signer(SignatureAlgorithm.HMAC_SM3)
        .headers(new OutgoingRequest("POST", "/v1/businesses", "", BODY));
    assertThat(headers).containsEntry("X-Signature-Method", "HMAC-SM3")
        .containsEntry("X-Signature", "eAm4a5AF1oqH65/xAr1q5kTHhw9uo39mXMXuC9GFN2c=");
  }

  @Test
  void sm3IsTheStandardsHash() {
    // GB/T 32905-2016, example 1, and the digest of nothing.
    assertThat(SignatureAlgorithm.HMAC_SM3.digestHex("abc".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    assertThat(SignatureAlgorithm.HMAC_SM3.digestHex(new byte[0]))
        .isEqualTo("1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b");
  }

  @Test
  void theStringToSignIsSevenLinesAsDocumented() throws Exception {
    String toSign = HmacRequestSigner.stringToSign(APP_KEY, "1686794400", NONCE, "get", "/v1/changes",
        "limit=10&cursor=c%2010&cursor=c%2002", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    assertThat(toSign).isEqualTo("app-4301\n1686794400\n" + NONCE + "\nGET\n/v1/changes\n"
        + "cursor=c%2002&cursor=c%2010&limit=10\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    // The MAC is the JDK's own HmacSHA256 over those bytes.
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec("s3cr3t-园区-key".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    assertThat(HmacRequestSigner.sign(SignatureAlgorithm.HMAC_SHA256, SECRET, toSign))
        .isEqualTo(Base64.getEncoder().encodeToString(mac.doFinal(toSign.getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void theCanonicalQuerySortsByNameThenValueAndKeepsEncoding() {
    assertThat(HmacRequestSigner.canonicalQuery("")).isEmpty();
    assertThat(HmacRequestSigner.canonicalQuery("b=2&a=%E7%94%B2&a=1&c")).isEqualTo("a=%E7%94%B2&a=1&b=2&c=");
  }

  @Test
  void everySignatureHasAFreshNonceAndNeverShowsTheSecret() {
    HmacRequestSigner signer = HmacRequestSigner.builder(APP_KEY, SECRET).build();
    OutgoingRequest request = new OutgoingRequest("GET", "/v1/changes", "", new byte[0]);
    assertThat(signer.headers(request).get("X-Nonce")).matches("[0-9a-f]{32}")
        .isNotEqualTo(signer.headers(request).get("X-Nonce"));
    assertThat(signer.toString()).contains(APP_KEY).doesNotContain("s3cr3t");
  }

  // --- against a platform that checks signatures --------------------------------------------

  final FakeTime time = FakeTime.at("2023-06-15T02:00:00Z");
  FakePlatform platform;

  @AfterEach
  void stop() {
    if (platform != null) {
      platform.close();
    }
  }

  FakePlatform signingPlatform() {
    platform = FakePlatform.builder().clock(time)
        .auth(new SignatureCheck(APP_KEY, SECRET, time)::refusal).build();
    return platform;
  }

  RestPlatformGateway gateway(SignatureAlgorithm algorithm, Clock signingClock) {
    return Clients.gateway(platform, time,
        HmacRequestSigner.builder(APP_KEY, SECRET).algorithm(algorithm).clock(signingClock).build()).build();
  }

  @Test
  void signedPushesLookUpsAndPullsAreAcceptedWithEitherAlgorithm() {
    signingPlatform().inject(Fault.APPLY_THEN_DROP).publish(Records.oneOfEach("P"));
    for (SignatureAlgorithm algorithm : SignatureAlgorithm.values()) {
      RestPlatformGateway gateway = Clients.gateway(platform, time,
              HmacRequestSigner.builder(APP_KEY, SECRET).algorithm(algorithm).clock(time).build())
          .idempotency(IdempotencySupport.IGNORED).build();
      List<OutboxEntry> entries = Records.entries(Records.oneOfEach(algorithm.name()));
      assertThat(gateway.push(entries)).allMatch(o -> o instanceof Outcome.Accepted);
      assertThat(gateway.pull(Optional.empty(), 100).records()).hasSize(6);
    }
    // A retry after the dropped reply went signed afresh (the look-ups included), never as a replay.
    assertThat(platform.requests()).extracting(r -> r.header("X-Nonce").orElseThrow()).doesNotHaveDuplicates();
    OpenApiContract.assertConform(platform.requests());
  }

  /** Pushes one record signed with {@code algorithm}, then sends its headers again with {@code body}. */
  HttpResponse<String> pushThenResend(SignatureAlgorithm algorithm, UnaryOperator<String> body) throws Exception {
    signingPlatform();
    gateway(algorithm, time).push(Records.entries(List.of(PlatformRecord.of(Records.business("B1")))));
    RecordedRequest original = platform.requests().get(0);
    return resend(original, body.apply(original.bodyText()).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aReplayedRequestIsRefused() throws Exception {
    HttpResponse<String> replay = pushThenResend(SignatureAlgorithm.HMAC_SHA256, UnaryOperator.identity());
    assertThat(replay.statusCode()).isEqualTo(401);
    assertThat(replay.body()).contains("NONCE_REUSED");
  }

  @Test
  void aTamperedRequestIsRefused() throws Exception {
    HttpResponse<String> answer = pushThenResend(SignatureAlgorithm.HMAC_SM3,
        body -> body.replace("\"diners\":850", "\"diners\":85"));
    assertThat(answer.statusCode()).isEqualTo(401);
    assertThat(answer.body()).contains("SIGNATURE_INVALID");
  }

  @Test
  void aRequestSignedOutsideTheReplayWindowIsRefusedAndNotRetried() {
    signingPlatform();
    Clock skewed = Clock.offset(time, Duration.ofSeconds(301));
    List<Outcome> outcomes = gateway(SignatureAlgorithm.HMAC_SHA256, skewed).push(Records.entries(List.of(
        PlatformRecord.of(Records.business("B1")))));
    assertThat(((Outcome.RetryLater) outcomes.get(0)).reason()).contains("401", "SIGNATURE_EXPIRED");
    assertThat(platform.requests()).hasSize(1);
    // Within the window is fine.
    assertThat(gateway(SignatureAlgorithm.HMAC_SHA256, Clock.offset(time, Duration.ofSeconds(299)))
        .push(Records.entries(List.of(PlatformRecord.of(Records.business("B2")))))).allMatch(
            o -> o instanceof Outcome.Accepted);
  }

  @Test
  void aWrongSecretFailsAPullWithTheCodeAndNoSecret() {
    signingPlatform();
    RestPlatformGateway wrong = Clients.gateway(platform, time,
        HmacRequestSigner.builder(APP_KEY, Secret.of("not-the-secret")).clock(time).build()).build();
    PortException e = org.junit.jupiter.api.Assertions.assertThrows(PortException.class,
        () -> wrong.pull(Optional.empty(), 10));
    assertThat(e).hasMessageContaining("401").hasMessageContaining("SIGNATURE_INVALID")
        .hasMessageNotContaining("not-the-secret");
  }

  private HttpResponse<String> resend(RecordedRequest original, byte[] body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(platform.uri() + original.rawPath()))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    for (String header : List.of("API-Version", "Idempotency-Key", "Content-Type", "X-App-Key", "X-Timestamp",
        "X-Nonce", "X-Signature-Method", "X-Signature")) {
      request.header(header, original.header(header).orElseThrow());
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}

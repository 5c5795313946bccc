package dev.responsibility.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responsibility.core.port.PlatformRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Credentials never reach a log, a message or a {@code toString()}. The tests' SLF4J writes every
 * debug line of the client to target/rest-client-test.log (simplelogger.properties).
 */
class SecretsTest {

  static final String TOKEN = FakePlatform.TOKEN;
  static final String APP_SECRET = "app-secret-9a7c1e";

  @Test
  void noSecretIsPrintedNorLogged() throws Exception {
    FakeTime time = FakeTime.at("2023-06-15T02:00:00Z");
    Secret token = Secret.of(TOKEN);
    HmacRequestSigner signer = HmacRequestSigner.builder("app-1", Secret.of(APP_SECRET)).clock(time).build();
    try (FakePlatform platform = FakePlatform.builder().clock(time).build()) {
      RestPlatformGateway bearer = Clients.gateway(platform, time).build();
      RestPlatformGateway signed = Clients.gateway(platform, time, signer).build();
      platform.inject(Fault.ERROR_500, Fault.APPLY_THEN_DROP);
      bearer.push(Records.entries(List.of(PlatformRecord.of(Records.cadre("C1")))));
      signed.push(Records.entries(List.of(PlatformRecord.of(Records.cadre("C2")))));
      String failure = "";
      try {
        signed.pull(Optional.empty(), 10);
      } catch (RuntimeException e) {
        failure = e.getMessage();
      }
      String printed = String.join("\n", token.toString(), signer.toString(), bearer.toString(), signed.toString(),
          RequestSigner.bearer(token).toString(), failure,
          TlsTrust.systemDefault().toString());
      assertThat(printed).doesNotContain(TOKEN).doesNotContain(APP_SECRET).contains("redacted");
    }
    Path log = Path.of("target", "rest-client-test.log");
    assertThat(log).exists();
    String logged = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(logged).contains("POST /v1/cadres").doesNotContain(TOKEN).doesNotContain(APP_SECRET)
        // Personal data (a cadre's phone number) is not logged either.
        .doesNotContain("13812345678");
  }

  @Test
  void aRequestPrintsWithoutItsBody() {
    OutgoingRequest request = new OutgoingRequest("POST", "/v1/cadres", "", "{\"phone\":\"13812345678\"}"
        .getBytes(StandardCharsets.UTF_8));
    assertThat(request.toString()).isEqualTo("POST /v1/cadres (23 bytes)");
  }
}

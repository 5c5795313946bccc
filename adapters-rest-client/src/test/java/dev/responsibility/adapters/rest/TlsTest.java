package dev.responsibility.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.responsibility.core.model.PortException;
import dev.responsibility.core.port.PlatformGateway.Outcome;
import dev.responsibility.core.port.PlatformRecord;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A platform with a self-signed certificate, served over HTTPS on 127.0.0.1. */
class TlsTest {

  @TempDir
  static Path dir;
  static SelfSignedCertificate certificate;
  static SelfSignedCertificate otherHost;
  static final FakeTime TIME = FakeTime.at("2023-06-15T02:00:00Z");
  static FakePlatform platform;

  @BeforeAll
  static void start() throws Exception {
    certificate = SelfSignedCertificate.generate(Files.createDirectory(dir.resolve("right")),
        "ip:127.0.0.1,dns:localhost");
    otherHost = SelfSignedCertificate.generate(Files.createDirectory(dir.resolve("other")), "dns:platform.example");
    platform = FakePlatform.builder().clock(TIME).tls(certificate.serverContext()).build();
  }

  @AfterAll
  static void stop() {
    platform.close();
  }

  static List<dev.responsibility.core.port.OutboxEntry> oneBusiness(String id) {
    return Records.entries(List.of(PlatformRecord.of(Records.business(id))));
  }

  @Test
  void theTestPlatformServesHttps() {
    assertThat(platform.uri().getScheme()).isEqualTo("https");
  }

  @Test
  void aSelfSignedPlatformIsRefusedByDefault() {
    RestPlatformGateway gateway = Clients.gateway(platform, TIME).build();
    int before = platform.requests().size();
    List<Outcome> outcomes = gateway.push(oneBusiness("B1"));
    assertThat(((Outcome.RetryLater) outcomes.get(0)).reason()).contains("TLS failed");
    assertThatThrownBy(() -> gateway.pull(Optional.empty(), 10)).isInstanceOf(PortException.class)
        .hasMessageContaining("TLS failed");
    // Refused in the handshake: no request reached the platform, and none was retried.
    assertThat(platform.requests()).hasSize(before);
    assertThat(TIME.slept()).isZero();
  }

  @Test
  void aSelfSignedPlatformIsAcceptedWithItsCertificateInAnExplicitTrustStore() {
    RestPlatformGateway gateway = Clients.gateway(platform, TIME)
        .tls(TlsTrust.trustStore(certificate.trustStore(), Secret.of(SelfSignedCertificate.PASSWORD))).build();
    assertThat(gateway.push(oneBusiness("B2"))).containsExactly(new Outcome.Accepted("e-B2"));
    assertThat(gateway.pull(Optional.empty(), 10).records()).isEmpty();
  }

  @Test
  void aTrustedCertificateForAnotherHostIsStillRefused() throws Exception {
    try (FakePlatform elsewhere = FakePlatform.builder().clock(TIME).tls(otherHost.serverContext()).build()) {
      RestPlatformGateway gateway = Clients.gateway(elsewhere, TIME)
          .tls(TlsTrust.trustStore(otherHost.trustStore(), Secret.of(SelfSignedCertificate.PASSWORD))).build();
      assertThat(((Outcome.RetryLater) gateway.push(oneBusiness("B3")).get(0)).reason()).contains("TLS failed");
      assertThat(elsewhere.requests()).isEmpty();
    }
  }

  @Test
  void aTrustStoreThatCannotBeReadIsAPortExceptionNamingIt() {
    assertThatThrownBy(() -> TlsTrust.trustStore(certificate.trustStore(), Secret.of("wrong")))
        .isInstanceOf(PortException.class).hasMessageContaining("trust.p12");
  }

  @Test
  void plainHttpIsRefusedExceptToALoopbackAddress() {
    RequestSigner none = RequestSigner.none();
    assertThatThrownBy(() -> RestPlatformGateway.builder(URI.create("http://platform.example.cn"), none))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("https");
    assertThat(RestPlatformGateway.builder(URI.create("http://127.0.0.1:8080/api"), none).build().base())
        .hasHost("127.0.0.1");
  }
}

package dev.responsibility.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responsibility.adapters.jdbc.JdbcStore;
import dev.responsibility.core.calendar.WorkPlans;
import dev.responsibility.core.model.BusinessId;
import dev.responsibility.core.model.CadreId;
import dev.responsibility.core.model.Supervision;
import dev.responsibility.core.model.SupervisionId;
import dev.responsibility.core.model.SupervisionMode;
import dev.responsibility.core.rules.SupervisionEntryGuard;
import dev.responsibility.examples.LocalPlatform;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sync} as a process: what a live write put in the database's outbox reaches the platform once. */
class SyncIT {

  @TempDir
  Path dir;

  @Test
  void theOutboxIsDeliveredOnceWithSignedRequests() {
    String url = "jdbc:h2:" + dir.resolve("township").toAbsolutePath();
    assertThat(Cli.run("import", CommandLineIT.SAMPLE.toString(), "--db", url).exitCode()).isZero();
    recordASupervision(url);

    try (LocalPlatform platform = LocalPlatform.start()) {
      Map<String, String> secret = Map.of("PLATFORM_SECRET", LocalPlatform.APP_SECRET);
      Cli.Result sync = Cli.run(secret, "sync", "--db", url, "--platform", platform.uri().toString(), "--app-key",
          LocalPlatform.APP_KEY, "--secret-env", "PLATFORM_SECRET", "--lang", "en");

      assertThat(sync.exitCode()).as(sync.toString()).isZero();
      assertThat(sync.out()).contains("1 delivered, 0 rejected, 0 to retry later");
      assertThat(platform.records("supervisions")).containsKey("S-CLI-1");

      int requests = platform.requests();
      Cli.Result again = Cli.run(secret, "sync", "--db", url, "--platform", platform.uri().toString(), "--app-key",
          LocalPlatform.APP_KEY, "--secret-env", "PLATFORM_SECRET", "--lang", "en");
      assertThat(again.out()).contains("0 delivered, 0 rejected, 0 to retry later");
      assertThat(platform.requests()).as("nothing left to send").isEqualTo(requests);
    }
  }

  @Test
  void aWrongSecretIsRefusedByThePlatformAndTheEntryWaits() {
    String url = "jdbc:h2:" + dir.resolve("township").toAbsolutePath();
    assertThat(Cli.run("import", CommandLineIT.SAMPLE.toString(), "--db", url).exitCode()).isZero();
    recordASupervision(url);

    try (LocalPlatform platform = LocalPlatform.start()) {
      Cli.Result sync = Cli.run(Map.of("PLATFORM_SECRET", "not-the-secret"), "sync", "--db", url, "--platform",
          platform.uri().toString(), "--app-key", LocalPlatform.APP_KEY, "--secret-env", "PLATFORM_SECRET",
          "--lang", "en");

      assertThat(platform.records("supervisions")).isEmpty();
      assertThat(sync.out()).as(sync.toString()).doesNotContain("1 delivered");
    }
  }

  @Test
  void signingOptionsThatCannotWorkAreBadInput() {
    Cli.Result noSecret = Cli.run("sync", "--db", "jdbc:h2:" + dir.resolve("x").toAbsolutePath(), "--platform",
        "http://127.0.0.1:9", "--app-key", "k", "--lang", "en");
    assertThat(noSecret.exitCode()).isEqualTo(2);
    assertThat(noSecret.err()).contains("HMAC signing needs both --app-key and --secret-env.");

    Cli.Result plainHttp = Cli.run("sync", "--db", "jdbc:h2:" + dir.resolve("x").toAbsolutePath(), "--platform",
        "http://platform.example.cn", "--lang", "en");
    assertThat(plainHttp.exitCode()).isEqualTo(2);
    assertThat(plainHttp.err()).contains("Not a usable platform URL http://platform.example.cn", "https");

    Cli.Result unset = Cli.run("sync", "--db", "jdbc:h2:" + dir.resolve("x").toAbsolutePath(), "--platform",
        "https://platform.example.cn", "--token-env", "NO_SUCH_VARIABLE_SET", "--lang", "en");
    assertThat(unset.exitCode()).isEqualTo(2);
    assertThat(unset.err()).contains("The environment variable NO_SUCH_VARIABLE_SET is not set.");
  }

  /** A cadre enters a visit through the guarded live write, which queues it for the platform. */
  private static void recordASupervision(String url) {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(url);
    Instant entered = Instant.parse("2023-05-11T02:00:00Z");
    JdbcStore store = JdbcStore.on(h2, Clock.fixed(entered, ZoneOffset.UTC));
    store.record(Supervision.builder().id(SupervisionId.of("S-CLI-1")).cadre(CadreId.of("C000001"))
        .business(BusinessId.of("B0000001")).visitDate(LocalDate.of(2023, 5, 10))
        .enteredAt(OffsetDateTime.ofInstant(entered, ZoneOffset.ofHours(8))).mode(SupervisionMode.ON_SITE)
        .problemsFound(0).build(), WorkPlans.defaults(), SupervisionEntryGuard.OnProblem.REFUSE, "测试员");
  }
}

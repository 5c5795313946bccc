package dev.responsibility.examples.cli;

import dev.responsibility.adapters.rest.HmacRequestSigner;
import dev.responsibility.adapters.rest.OutboxRelay;
import dev.responsibility.adapters.rest.RelayReport;
import dev.responsibility.adapters.rest.RequestSigner;
import dev.responsibility.adapters.rest.RestPlatformGateway;
import dev.responsibility.adapters.rest.Secret;
import dev.responsibility.adapters.rest.SignatureAlgorithm;
import dev.responsibility.adapters.rest.TlsTrust;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sync}: drains a database's outbox to a provincial platform through the REST adapter. Secrets
 * come from environment variables, never from the command line, where {@code ps} would show them.
 */
@Command(name = "sync", description = "Send the database's outbox to a provincial platform.")
final class SyncCommand extends Subcommand {


  @Option(names = "--db", paramLabel = "URL", required = true, description = "the JDBC URL whose outbox is sent")
  private String db;

  @Mixin
  private DatabaseLogin login;

  @Option(names = "--platform", paramLabel = "URL", required = true,
      description = "the platform's base URL: https, or http to a loopback address")
  private String platform;

  @Option(names = "--app-key", paramLabel = "KEY", description = "the application key for HMAC signing")
  private String appKey;

  @Option(names = "--secret-env", paramLabel = "VARIABLE", description = "environment variable holding the HMAC secret")
  private String secretVariable;

  @Option(names = "--algorithm", paramLabel = "HMAC_SHA256|HMAC_SM3", defaultValue = "HMAC_SHA256",
      description = "the signature algorithm (default HMAC_SHA256)")
  private SignatureAlgorithm algorithm;

  @Option(names = "--token-env", paramLabel = "VARIABLE", description = "environment variable holding a bearer token, instead of HMAC")
  private String tokenVariable;

  @Option(names = "--trust-store", paramLabel = "FILE.p12", description = "a PKCS#12 trust store for the platform's certificate")
  private Path trustStore;

  @Option(names = "--trust-store-password-env", paramLabel = "VARIABLE", description = "environment variable holding its password")
  private String trustStorePasswordVariable;

  @Option(names = "--max-batches", paramLabel = "N", defaultValue = "100", description = "the most batches to send (default 100)")
  private int maxBatches;

  @Override
  public Integer call() {
    RestPlatformGateway gateway = gateway();
    PrintWriter out = spec.commandLine().getOut();
    try (Database database = login.open(db, ui())) {
      RelayReport report = OutboxRelay.builder(database.store().outbox(), gateway).build().drain(maxBatches);
      out.println(ui().text("sync.done", gateway.base(), report.count(RelayReport.Status.DELIVERED),
          report.count(RelayReport.Status.REJECTED), report.count(RelayReport.Status.RETRY_LATER)));
      for (RelayReport.RecordResult r : report.results()) {
        if (r.status() != RelayReport.Status.DELIVERED) {
          out.println("  " + r.status() + " " + r.kind() + " " + r.recordId() + ": " + r.reason().orElse(""));
        }
      }
      out.flush();
      // Records the platform refused need a person; entries left for later are not a failure.
      return report.count(RelayReport.Status.REJECTED) > 0 ? Main.FAILED : Main.OK;
    }
  }

  private RestPlatformGateway gateway() {
    URI base;
    try {
      base = new URI(platform);
    } catch (URISyntaxException e) {
      throw new UserInputException(ui().text("error.platform", platform, e.getMessage()), e);
    }
    RequestSigner signer;
    if (tokenVariable != null) {
      signer = RequestSigner.bearer(Secret.of(env(tokenVariable)));
    } else if (appKey != null || secretVariable != null) {
      if (appKey == null || secretVariable == null) {
        throw new UserInputException(ui().text("error.hmac"));
      }
      signer = HmacRequestSigner.builder(appKey, Secret.of(env(secretVariable))).algorithm(algorithm).build();
    } else {
      signer = RequestSigner.none();
    }
    try {
      RestPlatformGateway.Builder builder = RestPlatformGateway.builder(base, signer);
      if (trustStore != null) {
        builder.tls(TlsTrust.trustStore(trustStore, Secret.of(trustStorePasswordVariable == null ? ""
            : env(trustStorePasswordVariable))));
      }
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw new UserInputException(ui().text("error.platform", platform, e.getMessage()), e);
    }
  }

  private String env(String variable) {
    String value = System.getenv(variable);
    if (value == null) {
      throw new UserInputException(ui().text("error.passwordVariable", variable));
    }
    return value;
  }
}

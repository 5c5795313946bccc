package dev.responsibility.examples;

import dev.responsibility.adapters.jdbc.JdbcStore;
import dev.responsibility.adapters.rest.HmacRequestSigner;
import dev.responsibility.adapters.rest.OutboxRelay;
import dev.responsibility.adapters.rest.RelayReport;
import dev.responsibility.adapters.rest.RestPlatformGateway;
import dev.responsibility.adapters.rest.Secret;
import dev.responsibility.core.port.Outbox;
import java.net.URI;
import java.util.Optional;
import java.util.stream.Collectors;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The README's sync example: the records waiting in the database's outbox (the live writes of
 * {@link JdbcEmbeddingExample}) delivered to a provincial platform (省级平台) over the REST
 * adapter, with HMAC-signed requests, by the relay that marks each entry delivered only on the
 * platform's word. The part between the {@code README} markers is copied into the README
 * verbatim, and a test keeps the two equal.
 */
public final class OutboxSyncExample {

  /** The environment variable holding the application key the platform issued. */
  static final String APP_KEY = "PLATFORM_APP_KEY";
  /** The environment variable holding the application secret; never an argument, which others can see. */
  static final String APP_SECRET = "PLATFORM_APP_SECRET";

  private OutboxSyncExample() {}

  /**
   * Fills an embedded H2 database's outbox with {@link JdbcEmbeddingExample}'s live writes and
   * delivers them to the platform, printing what became of each.
   *
   * @param args the platform's base URI, such as {@code https://platform.example.cn} (plain
   *     {@code http://} only to a loopback address)
   */
  public static void main(String[] args) {
    Optional<String> appKey = Optional.ofNullable(System.getenv(APP_KEY));
    Optional<String> appSecret = Optional.ofNullable(System.getenv(APP_SECRET));
    if (args.length != 1 || appKey.isEmpty() || appSecret.isEmpty()) {
      System.err.println("usage: OutboxSyncExample <platform base URI>, with " + APP_KEY + " and " + APP_SECRET
          + " set in the environment");
      System.exit(2);
    }
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:responsibility-sync;DB_CLOSE_DELAY=-1");
    JdbcEmbeddingExample.run(h2, JdbcEmbeddingExample.CLOCK);
    Outbox outbox = JdbcStore.on(h2, JdbcEmbeddingExample.CLOCK).outbox();
    System.out.print(describe(sync(outbox, URI.create(args[0]), appKey.get(), Secret.of(appSecret.get()))));
  }

  // README:begin
  static RelayReport sync(Outbox outbox, URI platform, String appKey, Secret appSecret) {
    RestPlatformGateway gateway = RestPlatformGateway.builder(platform,
        HmacRequestSigner.builder(appKey, appSecret).build()).build();
    OutboxRelay relay = OutboxRelay.builder(outbox, gateway).build();
    return relay.drain(10);
  }
  // README:end

  /** @return a line per entry: its status, record kind and id, and the platform's reason if any */
  static String describe(RelayReport report) {
    return report.results().stream()
        .map(r -> r.status() + " " + r.kind() + " " + r.recordId() + r.reason().map(reason -> ": " + reason).orElse(""))
        .collect(Collectors.joining("\n", "", "\n"));
  }
}

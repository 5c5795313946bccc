package dev.responsibility.adapters.rest;

import dev.responsibility.core.model.PortException;
import dev.responsibility.core.port.OutboxEntry;
import dev.responsibility.core.port.PlatformGateway;
import dev.responsibility.core.port.PlatformRecord;
import dev.responsibility.core.port.PlatformRecord.Kind;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link PlatformGateway} over HTTPS, speaking the platform API of {@code platform-api.yaml}
 * (this package's resource) on the JDK's {@link HttpClient}.
 *
 * <p>{@link #push} groups the entries by kind and sends batches of at most
 * {@code maxBatchSize}, each record under its entry id as idempotency key. Connection errors,
 * timeouts, 5xx and 429 are retried under the {@link RetryPolicy} (429 and 503 after their
 * {@code Retry-After}); other 4xx never are. Every entry gets an outcome: {@code Accepted}
 * (including a {@code DUPLICATE} acknowledgement), {@code Rejected} with the platform's reason,
 * naming the record and field, when the platform refused the data, or {@code RetryLater} when
 * nothing certain came back (the reason says why; a malformed answer is one such case). With
 * {@link IdempotencySupport#IGNORED}, a record whose earlier write may have been applied is looked
 * up before it is sent again.
 *
 * <p>{@link #pull} pages through {@code GET /v1/changes} until it has {@code limit} records or
 * the platform has no more; a failure or a malformed page throws, so the caller's cursor never
 * moves past records it did not get.
 *
 * <p>Certificates and host names are verified (see {@link TlsTrust}); plain HTTP is refused
 * except to a loopback address. A client-side {@link RateLimit} spaces all requests. Nothing
 * secret is logged or printed. Thread-safe.
 */
public final class RestPlatformGateway implements PlatformGateway {

  private static final Logger LOG = LoggerFactory.getLogger(RestPlatformGateway.class);

  private final URI base;
  private final Exchanges x;
  private final int maxBatchSize;
  private final int pageSize;
  private final String description;

  private RestPlatformGateway(Builder b) {
    this.base = b.base;
    HttpClient client = HttpClient.newBuilder()
        .connectTimeout(b.connectTimeout)
        .sslContext(b.tls.sslContext())
        // Platforms and their gateways speak HTTP/1.1; a redirect would carry a signed request elsewhere.
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
    TokenBucket bucket = new TokenBucket(b.rateLimit, b.clock, b.sleeper);
    this.x = new Exchanges(new Transport(b.base, client, b.signer, bucket, b.requestTimeout),
        new RecordJson(b.fieldMapping), b.retryPolicy, b.sleeper, b.random, b.clock, b.idempotency);
    this.maxBatchSize = b.maxBatchSize;
    this.pageSize = b.pageSize;
    this.description = "RestPlatformGateway[" + b.base + ", " + b.signer + ", " + b.tls + ", " + b.idempotency
        + "]";
    if (System.getProperty("jdk.internal.httpclient.disableHostnameVerification") != null) {
      LOG.warn("jdk.internal.httpclient.disableHostnameVerification is set: host names are NOT verified");
    }
  }

  /**
   * @param base the platform's base URI, such as {@code https://platform.example.cn} or
   *     {@code https://gw.example.cn/food}; the API's {@code /v1/...} paths go after it. Not null.
   * @param signer how requests are authenticated, not null ({@link RequestSigner#none()} for none)
   * @return a builder with the defaults of each setting
   * @throws IllegalArgumentException if {@code base} is not absolute, or neither HTTPS nor HTTP to a
   *     loopback address
   */
  public static Builder builder(URI base, RequestSigner signer) {
    return new Builder(base, signer);
  }

  @Override
  public List<Outcome> push(List<OutboxEntry> entries) {
    if (entries.isEmpty()) {
      throw new IllegalArgumentException("push needs at least one entry");
    }
    // One batch per kind (the API's collections), kinds in PlatformRecord.Kind's order: businesses
    // and cadres go before the relations, documents and supervisions that name them.
    Map<Kind, List<OutboxEntry>> byKind = new EnumMap<>(Kind.class);
    Map<String, OutboxEntry> distinct = new LinkedHashMap<>();
    entries.forEach(e -> distinct.putIfAbsent(e.id(), e));
    distinct.values().forEach(e -> byKind.computeIfAbsent(e.record().kind(), k -> new ArrayList<>()).add(e));
    Map<String, Outcome> outcomes = new LinkedHashMap<>();
    byKind.forEach((kind, ofKind) -> {
      for (int from = 0; from < ofKind.size(); from += maxBatchSize) {
        List<OutboxEntry> batch = ofKind.subList(from, Math.min(ofKind.size(), from + maxBatchSize));
        outcomes.putAll(new BatchPush(x, kind, batch).run());
      }
    });
    return entries.stream().map(e -> outcomes.get(e.id())).toList();
  }

  @Override
  public Changes pull(Optional<String> cursor, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1: " + limit);
    }
    List<PlatformRecord> records = new ArrayList<>();
    // An empty cursor is the beginning, as no cursor is.
    Optional<String> at = cursor.filter(c -> !c.isEmpty());
    boolean more = true;
    // Bounded: each page brings at least one record, or paging stops.
    while (more && records.size() < limit) {
      Changes page = page(at, Math.min(pageSize, limit - records.size()));
      records.addAll(page.records());
      at = Optional.of(page.nextCursor());
      more = page.hasMore();
      if (page.records().isEmpty()) {
        break;
      }
    }
    return new Changes(records, at.orElse(""), more);
  }

  private Changes page(Optional<String> cursor, int limit) {
    String query = cursor.map(c -> "cursor=" + UriEncoding.encode(c) + "&").orElse("") + "limit=" + limit;
    return ChangesWire.page(get(ApiPaths.CHANGES, query), x.json());
  }

  /**
   * Looks one record up on the platform ({@code GET /v1/{collection}/{id}}), retrying like a push.
   *
   * @param kind the record's kind, not null
   * @param id the record's id, not blank
   * @return the record as the platform holds it, empty if it holds none (404)
   * @throws PlatformResponseException if the platform answers with a malformed record
   * @throws PortException if the platform cannot be reached or answers with another error
   */
  public Optional<PlatformRecord> find(Kind kind, String id) {
    Objects.requireNonNull(kind, "kind");
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("a record id must not be blank");
    }
    Attempts attempts = x.attempts();
    RecordLookUp lookUp = new RecordLookUp(x);
    try {
      while (true) {
        RecordLookUp.Found found = lookUp.once(kind, id);
        if (found instanceof RecordLookUp.Held held) {
          return Optional.of(held.record());
        }
        if (found instanceof RecordLookUp.Absent) {
          return Optional.empty();
        }
        if (!attempts.another(((RecordLookUp.Failed) found).failure())) {
          throw new PortException("looking up " + kind + " " + id + ": " + attempts.givingUp());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PortException("interrupted looking up " + kind + " " + id, e);
    }
  }

  /** A GET, retried on connection errors, 429 and 5xx; any other answer is the caller's to read. */
  private Reply get(String path, String query) {
    Attempts attempts = x.attempts();
    String exchange = x.transport().exchange("GET", path);
    try {
      while (true) {
        Failure failure;
        try {
          Reply reply = x.transport().send("GET", path, query, new byte[0], Map.of());
          if (reply.isSuccess()) {
            return reply;
          }
          failure = Failure.of(reply, x.clock());
        } catch (IOException e) {
          failure = Failure.of(exchange, e);
        }
        if (!attempts.another(failure)) {
          throw new PortException(attempts.givingUp());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PortException("interrupted during " + exchange, e);
    }
  }

  /** @return the base URI, signer, trust and idempotency mode; never a secret */
  @Override
  public String toString() {
    return description;
  }

  /** @return the base URI the gateway talks to */
  public URI base() {
    return base;
  }

  /** Configures a {@link RestPlatformGateway}; not thread-safe. */
  public static final class Builder {
    private final URI base;
    private final RequestSigner signer;
    private TlsTrust tls = TlsTrust.systemDefault();
    private Duration connectTimeout = Duration.ofSeconds(5);
    private Duration requestTimeout = Duration.ofSeconds(30);
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private RateLimit rateLimit = RateLimit.perSecond(20);
    private FieldMapping fieldMapping = FieldMapping.formatMd();
    private IdempotencySupport idempotency = IdempotencySupport.HONOURED;
    private int maxBatchSize = 100;
    private int pageSize = 100;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.system();
    private RandomGenerator random = RandomGenerator.of("L64X128MixRandom");

    private Builder(URI base, RequestSigner signer) {
      Objects.requireNonNull(base, "base");
      this.signer = Objects.requireNonNull(signer, "signer");
      if (!base.isAbsolute() || base.getHost() == null || base.getRawQuery() != null || base.getRawFragment() != null) {
        throw new IllegalArgumentException("the platform's base URI must be absolute, with a host and no query: "
            + base);
      }
      String scheme = base.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("https") && !(scheme.equals("http") && isLoopback(base.getHost()))) {
        // Plain HTTP would carry tokens, signatures and personal data in clear.
        throw new IllegalArgumentException("the platform must be reached over https (plain http only to a "
            + "loopback address): " + base);
      }
      this.base = base;
    }

    private static boolean isLoopback(String host) {
      try {
        return InetAddress.getByName(host).isLoopbackAddress();
      } catch (UnknownHostException e) {
        return false;
      }
    }

    /**
     * @param tls which certificates to trust, not null; {@link TlsTrust#systemDefault()} by default
     * @return this builder
     */
    public Builder tls(TlsTrust tls) {
      this.tls = Objects.requireNonNull(tls, "tls");
      return this;
    }

    /**
     * @param connectTimeout the longest wait for a connection, positive; 5 s by default
     * @return this builder
     */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = positive(connectTimeout, "connectTimeout");
      return this;
    }

    /**
     * @param requestTimeout the longest wait for one answer, positive; 30 s by default. With
     *     {@link IdempotencySupport#IGNORED} it must exceed the time the platform takes to apply a write.
     * @return this builder
     */
    public Builder requestTimeout(Duration requestTimeout) {
      this.requestTimeout = positive(requestTimeout, "requestTimeout");
      return this;
    }

    /**
     * @param retryPolicy how a call retries, not null; {@link RetryPolicy#defaults()} by default
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /**
     * @param rateLimit the client-side limit on requests, not null; 20 per second by default
     * @return this builder
     */
    public Builder rateLimit(RateLimit rateLimit) {
      this.rateLimit = Objects.requireNonNull(rateLimit, "rateLimit");
      return this;
    }

    /**
     * @param fieldMapping the record field names on the wire, not null; FORMAT.md's by default
     * @return this builder
     * @throws IllegalArgumentException if the mapping gives two fields of one kind the same name
     */
    public Builder fieldMapping(FieldMapping fieldMapping) {
      RenamedFields.requireDistinctNames(Objects.requireNonNull(fieldMapping, "fieldMapping"));
      this.fieldMapping = fieldMapping;
      return this;
    }

    /**
     * @param idempotency whether the platform honours idempotency keys, not null; HONOURED by default
     * @return this builder
     */
    public Builder idempotency(IdempotencySupport idempotency) {
      this.idempotency = Objects.requireNonNull(idempotency, "idempotency");
      return this;
    }

    /**
     * @param maxBatchSize the most records per push request, 1 to 500 (the API's limit); 100 by default
     * @return this builder
     */
    public Builder maxBatchSize(int maxBatchSize) {
      this.maxBatchSize = within(maxBatchSize, "maxBatchSize");
      return this;
    }

    /**
     * @param pageSize the most changes asked for per page, 1 to 500 (the API's limit); 100 by default
     * @return this builder
     */
    public Builder pageSize(int pageSize) {
      this.pageSize = within(pageSize, "pageSize");
      return this;
    }

    /**
     * @param clock the clock for the rate limit and {@code Retry-After} dates, not null
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * @param sleeper how the client waits between attempts, not null
     * @return this builder
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /**
     * @param random the source of backoff jitter, not null; used under the gateway's lock
     * @return this builder
     */
    public Builder random(RandomGenerator random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /**
     * @return the gateway
     * @throws PortException if TLS cannot be set up with the configured trust
     */
    public RestPlatformGateway build() {
      return new RestPlatformGateway(this);
    }

    private static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isZero() || d.isNegative()) {
        throw new IllegalArgumentException(name + " must be positive: " + d);
      }
      return d;
    }

    private static int within(int n, String name) {
      if (n < 1 || n > 500) {
        throw new IllegalArgumentException(name + " must be 1 to 500: " + n);
      }
      return n;
    }
  }
}

package dev.responsibility.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.responsibility.core.port.PlatformRecord;
import dev.responsibility.core.port.PlatformRecord.Kind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import javax.net.ssl.SSLContext;

/**
 * A provincial platform serving platform-api.yaml on 127.0.0.1 (JDK {@code HttpServer}, or
 * {@code HttpsServer} with a given TLS context), with an in-memory store that honours idempotency
 * keys or, configurably, ignores them. Faults are injected per request from a queue; canned
 * answers replace the real ones for tests of bad responses. Every request is recorded, and
 * {@link #close()} checks each one against the OpenAPI document: whatever a test does, every
 * request the client sent conforms.
 */
final class FakePlatform implements AutoCloseable {

  /** A scripted answer. */
  record Canned(int status, Map<String, String> headers, String body) {
    static Canned json(int status, String body) {
      return new Canned(status, Map.of("Content-Type", "application/json"), body);
    }
  }

  /** How requests are authenticated. */
  interface Auth {
    /** @return the error code refusing the request, empty when it may pass */
    Optional<String> refusal(RecordedRequest request);

    static Auth none() {
      return r -> Optional.empty();
    }

    static Auth bearer(String token) {
      return r -> r.header("Authorization").filter(("Bearer " + token)::equals).isPresent()
          ? Optional.empty() : Optional.of("UNAUTHENTICATED");
    }
  }

  static final String TOKEN = "test-token-5f2b";
  private static final RecordJson JSON = new RecordJson(FieldMapping.formatMd());

  private final HttpServer server;
  private final ExecutorService executor;
  private final boolean honoursKeys;
  private final Auth auth;
  private final Clock clock;
  private final Duration slow;
  private final List<RecordedRequest> requests = Collections.synchronizedList(new ArrayList<>());
  private final ConcurrentLinkedDeque<Fault> faults = new ConcurrentLinkedDeque<>();
  private final Map<String, ObjectNode> store = new HashMap<>();
  private final Map<String, Integer> writes = new HashMap<>();
  private final Map<String, String> keys = new HashMap<>();
  private final Map<String, String> refusals = new HashMap<>();
  private final List<ObjectNode> changes = new ArrayList<>();
  private final AtomicInteger faultsServed = new AtomicInteger();
  private final AtomicInteger inFlight = new AtomicInteger();
  private volatile Function<RecordedRequest, Canned> canned = r -> null;

  private FakePlatform(Builder b) {
    this.honoursKeys = b.honoursKeys;
    this.auth = b.auth;
    this.clock = b.clock;
    this.slow = b.slow;
    this.executor = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "fake-platform");
      t.setDaemon(true);
      return t;
    });
    try {
      InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
      if (b.tls != null) {
        HttpsServer https = HttpsServer.create(address, 0);
        https.setHttpsConfigurator(new HttpsConfigurator(b.tls));
        server = https;
      } else {
        server = HttpServer.create(address, 0);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  static Builder builder() {
    return new Builder();
  }

  static FakePlatform start() {
    return builder().build();
  }

  URI uri() {
    return URI.create((server instanceof HttpsServer ? "https" : "http") + "://127.0.0.1:"
        + server.getAddress().getPort());
  }

  /** Queues faults for the next requests, in order; after them requests are served. */
  FakePlatform inject(Fault... next) {
    faults.addAll(List.of(next));
    return this;
  }

  FakePlatform inject(List<Fault> next) {
    faults.addAll(next);
    return this;
  }

  /** Answers with {@code answer}'s result for each request where it gives one. */
  FakePlatform answer(Function<RecordedRequest, Canned> answer) {
    this.canned = answer;
    return this;
  }

  /** Rejects pushes of the record {@code recordId} for its {@code field}. */
  synchronized FakePlatform refuse(String recordId, String field, String message) {
    refusals.put(recordId, field + "\n" + message);
    return this;
  }

  /** Publishes records as changes, in order. */
  synchronized FakePlatform publish(List<PlatformRecord> records) {
    for (PlatformRecord r : records) {
      ObjectNode change = Json.object();
      change.put("kind", r.kind().name());
      change.set("record", JSON.write(r));
      changes.add(change);
    }
    return this;
  }

  /** Holds a record as if pushed earlier (without idempotency key). */
  synchronized FakePlatform hold(PlatformRecord r) {
    store.put(key(r.kind(), r.id()), JSON.write(r));
    return this;
  }

  List<RecordedRequest> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  /** @return how many writes the platform applied for each record, by {@code KIND/id} */
  synchronized Map<String, Integer> writes() {
    return Map.copyOf(writes);
  }

  synchronized Optional<PlatformRecord> held(Kind kind, String id) {
    ObjectNode node = store.get(key(kind, id));
    return node == null ? Optional.empty()
        : Optional.of(JSON.read(kind, WireObject.root(node, "store")));
  }

  /** Waits (up to {@code max}) until no request is being handled, such as a slow write still landing. */
  void awaitIdle(Duration max) {
    long until = System.nanoTime() + max.toNanos();
    while (inFlight.get() > 0 && System.nanoTime() < until) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  int faultsServed() {
    return faultsServed.get();
  }

  static String key(Kind kind, String id) {
    return kind + "/" + id;
  }

  /** Stops, and asserts that every request it received conforms to platform-api.yaml. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    for (RecordedRequest r : requests()) {
      assertThat(OpenApiContract.violations(r)).as("%s %s?%s", r.method(), r.rawPath(), r.rawQuery()).isEmpty();
    }
  }

  // --- serving -----------------------------------------------------------------------------

  private void handle(HttpExchange exchange) throws IOException {
    inFlight.incrementAndGet();
    try (exchange) {
      RecordedRequest request = record(exchange);
      Canned answer = canned.apply(request);
      if (answer != null) {
        respond(exchange, answer);
        return;
      }
      Optional<String> refusal = auth.refusal(request);
      if (refusal.isPresent()) {
        respond(exchange, error(401, refusal.get(), "request refused", null, null));
        return;
      }
      if (!request.header("API-Version").filter("1"::equals).isPresent()) {
        respond(exchange, error(400, "UNSUPPORTED_VERSION", "this platform serves API version 1", null, null));
        return;
      }
      Fault fault = Optional.ofNullable(faults.poll()).orElse(Fault.NONE);
      if (fault != Fault.NONE) {
        faultsServed.incrementAndGet();
      }
      switch (fault) {
        case ERROR_500 -> {
          respond(exchange, error(500, "INTERNAL", "injected failure", null, null));
          return;
        }
        case UNAVAILABLE_503 -> {
          respond(exchange, withRetryAfter(error(503, "UNAVAILABLE", "injected outage", null, null), "1"));
          return;
        }
        case TOO_MANY_429 -> {
          String after = faultsServed.get() % 2 == 0 ? "2"
              : DateTimeFormatter.RFC_1123_DATE_TIME.format(clock.instant().plusSeconds(2).atOffset(ZoneOffset.UTC));
          respond(exchange, withRetryAfter(error(429, "RATE_LIMITED", "slow down", null, null), after));
          return;
        }
        case SLOW_THEN_APPLY -> pause();
        default -> { }
      }
      Canned served = serve(request, fault == Fault.PARTIAL_THEN_DROP);
      switch (fault) {
        case APPLY_THEN_500 -> respond(exchange, error(500, "INTERNAL", "injected failure after applying", null, null));
        case APPLY_THEN_DROP, PARTIAL_THEN_DROP -> { } // closing without an answer drops the connection
        case APPLY_THEN_SLOW -> {
          pause();
          respond(exchange, served);
        }
        case DUPLICATE_ACKS -> respond(exchange, duplicated(served));
        default -> respond(exchange, served);
      }
    } catch (RuntimeException e) {
      // A bug in the fake must not look like a network fault: say so loudly.
      e.printStackTrace();
      throw e;
    } finally {
      inFlight.decrementAndGet();
    }
  }

  private RecordedRequest record(HttpExchange exchange) throws IOException {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
    URI uri = exchange.getRequestURI();
    RecordedRequest request = new RecordedRequest(exchange.getRequestMethod(), uri.getRawPath(),
        uri.getRawQuery() == null ? "" : uri.getRawQuery(), headers, exchange.getRequestBody().readAllBytes());
    requests.add(request);
    return request;
  }

  private void pause() {
    try {
      Thread.sleep(slow.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private Canned serve(RecordedRequest request, boolean halfOnly) {
    String[] parts = request.rawPath().split("/");
    // parts: "", "v1", collection[, id]
    if (parts.length < 3 || !parts[1].equals("v1")) {
      return error(404, "NOT_FOUND", "no such path", null, null);
    }
    if (request.method().equals("GET") && parts.length == 3 && parts[2].equals("changes")) {
      return changes(request.rawQuery());
    }
    Optional<Kind> kind = kindOf(parts[2]);
    if (kind.isEmpty()) {
      return error(404, "NOT_FOUND", "no such collection", null, null);
    }
    if (request.method().equals("POST") && parts.length == 3) {
      return push(kind.get(), request, halfOnly);
    }
    if (request.method().equals("GET") && parts.length == 4) {
      return find(kind.get(), URLDecoder.decode(parts[3].replace("+", "%2B"), StandardCharsets.UTF_8));
    }
    return error(405, "METHOD_NOT_ALLOWED", request.method() + " " + request.rawPath(), null, null);
  }

  private static Optional<Kind> kindOf(String collection) {
    for (Kind k : Kind.values()) {
      if (ApiPaths.collection(k).equals("/v1/" + collection)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  private synchronized Canned push(Kind kind, RecordedRequest request, boolean halfOnly) {
    JsonNode items = Json.parseObject(request.body(), "fake push").get("items");
    ObjectNode answer = Json.object();
    ArrayNode results = answer.putArray("results");
    int count = halfOnly ? items.size() / 2 : items.size();
    for (int i = 0; i < count; i++) {
      String key = items.get(i).get("idempotency_key").textValue();
      ObjectNode record = (ObjectNode) items.get(i).get("record");
      String id = record.get("id").textValue();
      ObjectNode result = results.addObject();
      result.put("idempotency_key", key);
      result.put("record_id", id);
      if (honoursKeys && keys.containsKey(key)) {
        result.put("status", "DUPLICATE");
        continue;
      }
      String refusal = refusals.get(id);
      if (refusal != null) {
        String[] fieldAndMessage = refusal.split("\n", 2);
        result.put("status", "REJECTED");
        ObjectNode error = result.putObject("error");
        error.put("code", "INVALID_FIELD").put("message", fieldAndMessage[1]).put("field", fieldAndMessage[0])
            .put("record_id", id);
        continue;
      }
      store.put(key(kind, id), record);
      writes.merge(key(kind, id), 1, Integer::sum);
      if (honoursKeys) {
        keys.put(key, key(kind, id));
      }
      result.put("status", "ACCEPTED");
    }
    return ok(answer);
  }

  private synchronized Canned find(Kind kind, String id) {
    ObjectNode record = store.get(key(kind, id));
    if (record == null) {
      return error(404, "NOT_FOUND", kind + " " + id + " is not held", null, id);
    }
    ObjectNode answer = Json.object();
    answer.set("record", record);
    return ok(answer);
  }

  private synchronized Canned changes(String rawQuery) {
    Map<String, String> query = new HashMap<>();
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        query.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    int from = Integer.parseInt(query.getOrDefault("cursor", "c0").substring(1));
    int limit = Integer.parseInt(query.getOrDefault("limit", "100"));
    if (limit < 1 || limit > 500) {
      return error(400, "INVALID_REQUEST", "limit must be 1 to 500", "limit", null);
    }
    int to = Math.min(changes.size(), from + limit);
    ObjectNode answer = Json.object();
    ArrayNode page = answer.putArray("changes");
    changes.subList(Math.min(from, to), to).forEach(page::add);
    answer.put("next_cursor", "c" + to);
    answer.put("has_more", to < changes.size());
    return ok(answer);
  }

  private static Canned duplicated(Canned served) {
    if (served.status() != 200 || !served.body().contains("\"results\"")) {
      return served;
    }
    ObjectNode answer = Json.parseObject(served.body().getBytes(StandardCharsets.UTF_8), "fake");
    ArrayNode results = (ArrayNode) answer.get("results");
    List<JsonNode> each = new ArrayList<>();
    results.forEach(each::add);
    Collections.reverse(each);
    results.removeAll();
    each.forEach(r -> results.add(r).add(r.deepCopy()));
    return ok(answer);
  }

  private static Canned ok(ObjectNode body) {
    return new Canned(200, Map.of("Content-Type", "application/json", "API-Version", "1"),
        new String(Json.bytes(body), StandardCharsets.UTF_8));
  }

  static Canned error(int status, String code, String message, String field, String recordId) {
    ObjectNode body = Json.object().put("code", code).put("message", message);
    if (field != null) {
      body.put("field", field);
    }
    if (recordId != null) {
      body.put("record_id", recordId);
    }
    return Canned.json(status, new String(Json.bytes(body), StandardCharsets.UTF_8));
  }

  private static Canned withRetryAfter(Canned c, String after) {
    Map<String, String> headers = new HashMap<>(c.headers());
    headers.put("Retry-After", after);
    return new Canned(c.status(), headers, c.body());
  }

  private static void respond(HttpExchange exchange, Canned answer) throws IOException {
    byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
    answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    try {
      exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
      if (body.length > 0) {
        exchange.getResponseBody().write(body);
      }
    } catch (IOException e) {
      // The client gave up (a slow answer past its timeout): nothing to do.
    }
  }

  /** Configures a {@link FakePlatform}. */
  static final class Builder {
    private boolean honoursKeys = true;
    private Auth auth = Auth.bearer(TOKEN);
    private Clock clock = Clock.systemUTC();
    private Duration slow = Duration.ofMillis(700);
    private SSLContext tls;

    Builder ignoringKeys() {
      honoursKeys = false;
      return this;
    }

    Builder honouringKeys(boolean honours) {
      honoursKeys = honours;
      return this;
    }

    Builder auth(Auth auth) {
      this.auth = auth;
      return this;
    }

    Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    Builder slow(Duration slow) {
      this.slow = slow;
      return this;
    }

    Builder tls(SSLContext tls) {
      this.tls = tls;
      return this;
    }

    FakePlatform build() {
      return new FakePlatform(this);
    }
  }
}

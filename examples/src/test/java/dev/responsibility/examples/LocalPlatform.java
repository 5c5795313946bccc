package dev.responsibility.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.responsibility.adapters.rest.HmacRequestSigner;
import dev.responsibility.adapters.rest.Secret;
import dev.responsibility.adapters.rest.SignatureAlgorithm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A provincial platform on 127.0.0.1 answering the push and look-up operations of the REST
 * adapter's {@code platform-api.yaml}: {@code API-Version: 1}, HMAC-SHA256 signatures checked
 * against its own secret (±300 s, nonces never reused), the batch {@code Idempotency-Key} checked,
 * item keys applied once ({@code DUPLICATE} after), records held by collection and id. Plain HTTP
 * is enough: the gateway allows it to a loopback address.
 */
public final class LocalPlatform implements AutoCloseable {

  public static final String APP_KEY = "app-430102";
  public static final String APP_SECRET = "local-platform-secret-5e1f";

  private static final Pattern PUSH = Pattern.compile("/v1/(businesses|cadres|relations|documents|supervisions|problems)");
  private static final Pattern LOOK_UP = Pattern.compile(PUSH.pattern() + "/([^/]+)");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final Map<String, Map<String, JsonNode>> held = new LinkedHashMap<>();
  private final Set<String> appliedKeys = new HashSet<>();
  private final Set<String> seenNonces = new HashSet<>();
  private final List<String> refusals = new ArrayList<>();
  private final AtomicInteger requests = new AtomicInteger();

  private LocalPlatform() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  public static LocalPlatform start() {
    try {
      return new LocalPlatform();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** @return the records held in a collection ({@code supervisions}, …), by id */
  public synchronized Map<String, JsonNode> records(String collection) {
    return Map.copyOf(held.getOrDefault(collection, Map.of()));
  }

  /** @return the error codes of the requests refused, in order */
  synchronized List<String> refusals() {
    return List.copyOf(refusals);
  }

  public int requests() {
    return requests.get();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private synchronized void handle(HttpExchange exchange) throws IOException {
    requests.incrementAndGet();
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      String path = exchange.getRequestURI().getRawPath();
      Optional<String> refusal = refusal(exchange, body);
      Matcher push = PUSH.matcher(path);
      Matcher lookUp = LOOK_UP.matcher(path);
      if (refusal.isPresent()) {
        String code = refusal.get();
        refusals.add(code);
        int status = code.equals("UNSUPPORTED_VERSION") || code.equals("INVALID_REQUEST") ? 400 : 401;
        answer(exchange, status, error(code, "refused: " + code));
      } else if (exchange.getRequestMethod().equals("POST") && push.matches()) {
        answer(exchange, 200, push(push.group(1), JSON.readTree(body)));
      } else if (exchange.getRequestMethod().equals("GET") && lookUp.matches()
          && held.getOrDefault(lookUp.group(1), Map.of()).containsKey(lookUp.group(2))) {
        answer(exchange, 200, JSON.createObjectNode().set("record", held.get(lookUp.group(1)).get(lookUp.group(2))));
      } else {
        answer(exchange, 404, error("NOT_FOUND", "no " + exchange.getRequestMethod() + " " + path));
      }
    }
  }

  private Optional<String> refusal(HttpExchange exchange, byte[] body) {
    var headers = exchange.getRequestHeaders();
    if (!"1".equals(headers.getFirst("API-Version"))) {
      return Optional.of("UNSUPPORTED_VERSION");
    }
    String appKey = headers.getFirst(HmacRequestSigner.APP_KEY);
    String timestamp = headers.getFirst(HmacRequestSigner.TIMESTAMP);
    String nonce = headers.getFirst(HmacRequestSigner.NONCE);
    String signature = headers.getFirst(HmacRequestSigner.SIGNATURE);
    if (!APP_KEY.equals(appKey) || timestamp == null || nonce == null || signature == null
        || !"HMAC-SHA256".equals(headers.getFirst(HmacRequestSigner.METHOD))) {
      return Optional.of("UNAUTHENTICATED");
    }
    if (Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) > 300) {
      return Optional.of("SIGNATURE_EXPIRED");
    }
    String rawQuery = Optional.ofNullable(exchange.getRequestURI().getRawQuery()).orElse("");
    String expected = HmacRequestSigner.sign(SignatureAlgorithm.HMAC_SHA256, Secret.of(APP_SECRET),
        HmacRequestSigner.stringToSign(appKey, timestamp, nonce, exchange.getRequestMethod(),
            exchange.getRequestURI().getRawPath(), rawQuery, SignatureAlgorithm.HMAC_SHA256.digestHex(body)));
    if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
        signature.getBytes(StandardCharsets.US_ASCII))) {
      return Optional.of("SIGNATURE_INVALID");
    }
    if (!seenNonces.add(nonce)) {
      return Optional.of("NONCE_REUSED");
    }
    if (exchange.getRequestMethod().equals("POST") && !batchKeyOf(body).equals(headers.getFirst("Idempotency-Key"))) {
      return Optional.of("INVALID_REQUEST");
    }
    return Optional.empty();
  }

  private ObjectNode push(String collection, JsonNode batch) {
    ArrayNode results = JSON.createArrayNode();
    for (JsonNode item : batch.get("items")) {
      String key = item.get("idempotency_key").asText();
      JsonNode record = item.get("record");
      String id = record.get("id").asText();
      boolean fresh = appliedKeys.add(key);
      if (fresh) {
        held.computeIfAbsent(collection, c -> new LinkedHashMap<>()).put(id, record);
      }
      results.addObject().put("idempotency_key", key).put("record_id", id).put("status", fresh ? "ACCEPTED" : "DUPLICATE");
    }
    ObjectNode answer = JSON.createObjectNode();
    answer.set("results", results);
    return answer;
  }

  // platform-api.yaml: "batch-" and the hex SHA-256 of the item keys joined with \n.
  private static String batchKeyOf(byte[] body) {
    try {
      List<String> keys = new ArrayList<>();
      JSON.readTree(body).get("items").forEach(item -> keys.add(item.get("idempotency_key").asText()));
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(String.join("\n", keys).getBytes(StandardCharsets.UTF_8));
      return "batch-" + HexFormat.of().formatHex(digest);
    } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
      return "unreadable batch: " + e;
    }
  }

  private static ObjectNode error(String code, String message) {
    return JSON.createObjectNode().put("code", code).put("message", message);
  }

  private static void answer(HttpExchange exchange, int status, JsonNode body) throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(body);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.getResponseHeaders().set("API-Version", "1");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }
}

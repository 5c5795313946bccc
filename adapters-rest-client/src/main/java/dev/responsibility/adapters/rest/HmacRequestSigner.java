package dev.responsibility.adapters.rest;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Signs requests with an application key and secret, as platform-api.yaml defines under "Request
 * signature": the headers {@code X-App-Key}, {@code X-Timestamp}, {@code X-Nonce},
 * {@code X-Signature-Method} and {@code X-Signature}, the last being Base64 of
 * HMAC(secret, string to sign) where the string to sign is
 * <pre>
 * APP_KEY \n TIMESTAMP \n NONCE \n METHOD \n PATH \n CANONICAL_QUERY \n BODY_DIGEST
 * </pre>
 * ({@link #stringToSign}). Every call takes a new timestamp from the clock and a new nonce, so a
 * retried request is never a replay. Immutable and thread-safe; the secret never appears in
 * {@link #toString()}.
 */
public final class HmacRequestSigner implements RequestSigner {

  /** The application key header. */
  public static final String APP_KEY = "X-App-Key";
  /** The timestamp header: whole seconds since the epoch. */
  public static final String TIMESTAMP = "X-Timestamp";
  /** The nonce header. */
  public static final String NONCE = "X-Nonce";
  /** The header naming the {@link SignatureAlgorithm}. */
  public static final String METHOD = "X-Signature-Method";
  /** The signature header. */
  public static final String SIGNATURE = "X-Signature";

  private static final Pattern NONCE_FORM = Pattern.compile("[A-Za-z0-9_-]{16,64}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String appKey;
  private final Secret secret;
  private final SignatureAlgorithm algorithm;
  private final Clock clock;
  private final Supplier<String> nonces;

  private HmacRequestSigner(Builder b) {
    this.appKey = b.appKey;
    this.secret = b.secret;
    this.algorithm = b.algorithm;
    this.clock = b.clock;
    this.nonces = b.nonces;
  }

  /**
   * @param appKey the application key the platform issued, not blank
   * @param secret the application secret, not null
   * @return a builder: HMAC-SHA256, the system clock and random 128-bit nonces unless changed
   * @throws IllegalArgumentException if {@code appKey} is blank or holds a line break
   */
  public static Builder builder(String appKey, Secret secret) {
    return new Builder(appKey, secret);
  }

  @Override
  public Map<String, String> headers(OutgoingRequest request) {
    String timestamp = Long.toString(clock.instant().getEpochSecond());
    String nonce = nonces.get();
    if (nonce == null || !NONCE_FORM.matcher(nonce).matches()) {
      throw new IllegalStateException("a nonce must be 16 to 64 characters of A-Z a-z 0-9 - _");
    }
    String toSign = stringToSign(appKey, timestamp, nonce, request.method(), request.rawPath(),
        request.rawQuery(), algorithm.digestHex(request.body()));
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(APP_KEY, appKey);
    headers.put(TIMESTAMP, timestamp);
    headers.put(NONCE, nonce);
    headers.put(METHOD, algorithm.wireName());
    headers.put(SIGNATURE, sign(algorithm, secret, toSign));
    return headers;
  }

  /**
   * The string to sign, as platform-api.yaml defines it: seven lines joined by {@code \n}, with
   * no line feed at the end.
   *
   * @param appKey the application key, not null
   * @param timestamp the {@code X-Timestamp} value, not null
   * @param nonce the {@code X-Nonce} value, not null
   * @param method the HTTP method, not null; upper-cased here
   * @param rawPath the path as sent, percent-encoded, not null
   * @param rawQuery the query as sent, percent-encoded, without {@code ?}; empty when none; not null
   * @param bodyDigestHex the lower-case hex digest of the body, not null
   * @return the string to sign
   */
  public static String stringToSign(String appKey, String timestamp, String nonce, String method, String rawPath,
      String rawQuery, String bodyDigestHex) {
    return String.join("\n", appKey, timestamp, nonce, method.toUpperCase(Locale.ROOT), rawPath,
        canonicalQuery(rawQuery), bodyDigestHex);
  }

  /**
   * The canonical query: the {@code name=value} pairs as sent, sorted by name then value in byte
   * order, joined with {@code &}. A parameter without {@code =} counts as an empty value.
   *
   * @param rawQuery the query as sent, without {@code ?}, not null
   * @return the canonical query; empty for an empty query
   */
  public static String canonicalQuery(String rawQuery) {
    if (rawQuery.isEmpty()) {
      return "";
    }
    List<String[]> pairs = new ArrayList<>();
    for (String part : rawQuery.split("&")) {
      if (part.isEmpty()) {
        continue;
      }
      int eq = part.indexOf('=');
      pairs.add(eq < 0 ? new String[] {part, ""} : new String[] {part.substring(0, eq), part.substring(eq + 1)});
    }
    // Percent-encoded text is ASCII, so String order is byte order.
    pairs.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
    StringBuilder out = new StringBuilder();
    for (String[] pair : pairs) {
      out.append(out.length() == 0 ? "" : "&").append(pair[0]).append('=').append(pair[1]);
    }
    return out.toString();
  }

  /**
   * @param algorithm the MAC, not null
   * @param secret the application secret, not null
   * @param stringToSign the string to sign, not null
   * @return Base64 (with padding) of the MAC of the string's UTF-8 bytes
   */
  public static String sign(SignatureAlgorithm algorithm, Secret secret, String stringToSign) {
    return Base64.getEncoder().encodeToString(algorithm.mac(secret.bytes(),
        stringToSign.getBytes(StandardCharsets.UTF_8)));
  }

  /** @return the algorithm and the application key; never the secret */
  @Override
  public String toString() {
    return "HmacRequestSigner[" + algorithm.wireName() + ", appKey=" + appKey + ", secret redacted]";
  }

  /** Configures a {@link HmacRequestSigner}; not thread-safe. */
  public static final class Builder {
    private final String appKey;
    private final Secret secret;
    private SignatureAlgorithm algorithm = SignatureAlgorithm.HMAC_SHA256;
    private Clock clock = Clock.systemUTC();
    private Supplier<String> nonces = () -> {
      byte[] bytes = new byte[16];
      RANDOM.nextBytes(bytes);
      return HexFormat.of().formatHex(bytes);
    };

    private Builder(String appKey, Secret secret) {
      if (appKey == null || appKey.isBlank() || appKey.contains("\n") || appKey.contains("\r")) {
        throw new IllegalArgumentException("an application key must not be blank nor hold a line break");
      }
      this.appKey = appKey;
      this.secret = Objects.requireNonNull(secret, "secret");
    }

    /**
     * @param algorithm the MAC, not null
     * @return this builder
     * @throws IllegalStateException if {@code algorithm} is SM3 and Bouncy Castle is not on the class path
     */
    public Builder algorithm(SignatureAlgorithm algorithm) {
      if (algorithm == SignatureAlgorithm.HMAC_SM3 && !Sm3.available()) {
        throw new IllegalStateException(
            "HMAC-SM3 needs Bouncy Castle: add org.bouncycastle:bcprov-jdk18on to the class path");
      }
      this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
      return this;
    }

    /**
     * @param clock the source of timestamps, not null; the platform refuses a timestamp more than
     *     300 s from its own clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * @param nonces a source of nonces that never repeats, not null; for tests (the default draws
     *     128 random bits from {@link SecureRandom})
     * @return this builder
     */
    public Builder nonces(Supplier<String> nonces) {
      this.nonces = Objects.requireNonNull(nonces, "nonces");
      return this;
    }

    /** @return the signer */
    public HmacRequestSigner build() {
      return new HmacRequestSigner(this);
    }
  }
}

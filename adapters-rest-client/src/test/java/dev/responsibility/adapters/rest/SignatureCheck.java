package dev.responsibility.adapters.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The platform's side of the request signature (platform-api.yaml): the signature recomputed from
 * the bytes received, a replay window of ±300 s and a nonce cache of 600 s. Thread-safe.
 */
final class SignatureCheck {

  static final Duration WINDOW = Duration.ofSeconds(300);
  static final Duration NONCE_MEMORY = Duration.ofSeconds(600);

  private final String appKey;
  private final Secret secret;
  private final Clock clock;
  private final Map<String, Instant> seenNonces = new HashMap<>();

  SignatureCheck(String appKey, Secret secret, Clock clock) {
    this.appKey = appKey;
    this.secret = secret;
    this.clock = clock;
  }

  /** @return the error code refusing the request, empty when it is authentic and fresh */
  synchronized Optional<String> refusal(RecordedRequest request) {
    Optional<String> key = request.header(HmacRequestSigner.APP_KEY);
    Optional<String> timestamp = request.header(HmacRequestSigner.TIMESTAMP);
    Optional<String> nonce = request.header(HmacRequestSigner.NONCE);
    Optional<String> method = request.header(HmacRequestSigner.METHOD);
    Optional<String> signature = request.header(HmacRequestSigner.SIGNATURE);
    if (key.isEmpty() || timestamp.isEmpty() || nonce.isEmpty() || method.isEmpty() || signature.isEmpty()
        || !key.get().equals(appKey)) {
      return Optional.of("UNAUTHENTICATED");
    }
    Instant now = clock.instant();
    long signedAt;
    try {
      signedAt = Long.parseLong(timestamp.get());
    } catch (NumberFormatException e) {
      return Optional.of("SIGNATURE_INVALID");
    }
    if (Math.abs(now.getEpochSecond() - signedAt) > WINDOW.getSeconds()) {
      return Optional.of("SIGNATURE_EXPIRED");
    }
    SignatureAlgorithm algorithm = method.get().equals("HMAC-SM3") ? SignatureAlgorithm.HMAC_SM3
        : method.get().equals("HMAC-SHA256") ? SignatureAlgorithm.HMAC_SHA256 : null;
    if (algorithm == null) {
      return Optional.of("SIGNATURE_INVALID");
    }
    String toSign = HmacRequestSigner.stringToSign(appKey, timestamp.get(), nonce.get(), request.method(),
        request.rawPath(), request.rawQuery(), algorithm.digestHex(request.body()));
    String expected = HmacRequestSigner.sign(algorithm, secret, toSign);
    if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
        signature.get().getBytes(StandardCharsets.US_ASCII))) {
      return Optional.of("SIGNATURE_INVALID");
    }
    seenNonces.values().removeIf(seen -> seen.isBefore(now.minus(NONCE_MEMORY)));
    if (seenNonces.putIfAbsent(nonce.get(), now) != null) {
      return Optional.of("NONCE_REUSED");
    }
    return Optional.empty();
  }
}

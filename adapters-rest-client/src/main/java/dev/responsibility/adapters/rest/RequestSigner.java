package dev.responsibility.adapters.rest;

import java.util.Map;
import java.util.Objects;

/**
 * Authenticates each request the client sends, by the headers it adds: a bearer token
 * ({@link #bearer(Secret)}), an application-key signature ({@link HmacRequestSigner}), or the
 * integrator's own scheme. The client calls it for every attempt, retries included, so that a
 * signature's timestamp and nonce are fresh each time. Implementations are thread-safe and never
 * log or print their secrets ({@code toString()} included).
 */
@FunctionalInterface
public interface RequestSigner {

  /**
   * @param request the request as it will be sent, not null
   * @return the headers to add (name → value), not null; may be empty
   */
  Map<String, String> headers(OutgoingRequest request);

  /** @return a signer that adds nothing, for a platform reached over a trusted network only */
  static RequestSigner none() {
    return new RequestSigner() {
      @Override
      public Map<String, String> headers(OutgoingRequest request) {
        return Map.of();
      }

      @Override
      public String toString() {
        return "RequestSigner.none";
      }
    };
  }

  /**
   * @param token the token the platform issued, not null
   * @return a signer adding {@code Authorization: Bearer <token>}
   */
  static RequestSigner bearer(Secret token) {
    Objects.requireNonNull(token, "token");
    return new RequestSigner() {
      @Override
      public Map<String, String> headers(OutgoingRequest request) {
        return Map.of("Authorization", "Bearer " + token.text());
      }

      @Override
      public String toString() {
        return "RequestSigner.bearer[token redacted]";
      }
    };
  }
}

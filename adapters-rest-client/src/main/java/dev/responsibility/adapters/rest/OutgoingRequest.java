package dev.responsibility.adapters.rest;

import java.util.Objects;

/**
 * What a {@link RequestSigner} sees of a request about to be sent: exactly the bytes that go on
 * the wire, so that the platform can recompute the signature from what it receives.
 *
 * @param method the HTTP method in upper case, not null
 * @param rawPath the path as sent, percent-encoded, without the query, not null
 * @param rawQuery the query as sent, percent-encoded, without {@code ?}; empty when none; not null
 * @param body the body bytes; empty when none; not null. Not copied: signers must not modify it.
 */
public record OutgoingRequest(String method, String rawPath, String rawQuery, byte[] body) {

  /**
   * @param method as in the record description
   * @param rawPath as in the record description
   * @param rawQuery as in the record description
   * @param body as in the record description
   */
  public OutgoingRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(rawPath, "rawPath");
    Objects.requireNonNull(rawQuery, "rawQuery");
    Objects.requireNonNull(body, "body");
  }

  @Override
  public String toString() {
    // No body: it may hold personal data (a cadre's phone number).
    return method + " " + rawPath + (rawQuery.isEmpty() ? "" : "?" + rawQuery) + " (" + body.length + " bytes)";
  }
}

package dev.responsibility.adapters.rest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request as the fake platform received it: raw path and query as sent, headers, body.
 *
 * @param method the method
 * @param rawPath the percent-encoded path
 * @param rawQuery the percent-encoded query, empty for none
 * @param headers the headers, names in lower case
 * @param body the body bytes
 */
record RecordedRequest(String method, String rawPath, String rawQuery, Map<String, List<String>> headers,
    byte[] body) {

  Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name.toLowerCase(java.util.Locale.ROOT))).filter(v -> !v.isEmpty())
        .map(v -> v.get(0));
  }

  String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  boolean isPush() {
    return method.equals("POST");
  }
}

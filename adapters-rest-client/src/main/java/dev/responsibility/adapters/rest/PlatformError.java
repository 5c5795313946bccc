package dev.responsibility.adapters.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The platform's error body ({@code {code, message, field?, record_id?}}), read leniently: an
 * error answer that does not follow the contract still yields its status and the start of its
 * body, because the status alone decides what the client does.
 *
 * @param status the HTTP status, 0 for a rejected item of a 200 answer
 * @param code the platform's error code, or {@code HTTP <status>} when it gave none
 * @param message the platform's message, possibly empty
 * @param field the field at fault, when named
 * @param recordId the record at fault, when named
 */
record PlatformError(int status, String code, String message, Optional<String> field, Optional<String> recordId) {

  private static final int MAX_QUOTED = 200;

  static PlatformError of(Reply reply) {
    try {
      JsonNode node = Json.MAPPER.readTree(reply.body());
      if (node != null && node.isObject()) {
        return of(reply.status(), node);
      }
    } catch (IOException e) {
      // Not JSON: quote the start of it below.
    }
    String text = new String(reply.body(), StandardCharsets.UTF_8).strip();
    return new PlatformError(reply.status(), "HTTP " + reply.status(),
        text.length() > MAX_QUOTED ? text.substring(0, MAX_QUOTED) + "…" : text, Optional.empty(), Optional.empty());
  }

  static PlatformError of(int status, JsonNode node) {
    return new PlatformError(status, text(node, "code").orElse("HTTP " + status), text(node, "message").orElse(""),
        text(node, "field"), text(node, "record_id"));
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isValueNode() && !value.isNull() ? Optional.of(value.asText()) : Optional.empty();
  }

  /** @return such as {@code HTTP 422 INVALID_FIELD: not a valid code (field credit_code, record B001)} */
  String describe() {
    StringBuilder s = new StringBuilder();
    if (status > 0 && !code.equals("HTTP " + status)) {
      s.append("HTTP ").append(status).append(' ');
    }
    s.append(code);
    if (!message.isEmpty()) {
      s.append(": ").append(message);
    }
    if (field.isPresent() || recordId.isPresent()) {
      s.append(" (");
      field.ifPresent(f -> s.append("field ").append(f));
      recordId.ifPresent(r -> s.append(field.isPresent() ? ", " : "").append("record ").append(r));
      s.append(')');
    }
    return s.toString();
  }
}

package dev.responsibility.adapters.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Locale;

/** The one JSON mapper of the module, strict about what it reads. */
final class Json {

  // A repeated key or trailing garbage is a malformed answer, not something to guess about.
  static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private Json() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static byte[] bytes(JsonNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      // A tree of our own making always serialises; this would be a bug.
      throw new IllegalStateException("writing JSON", e);
    }
  }

  /**
   * @param body a response body
   * @param exchange the exchange, for the message
   * @return the body's top-level object
   * @throws PlatformResponseException if the body is not one JSON object
   */
  static ObjectNode parseObject(byte[] body, String exchange) {
    JsonNode node;
    try {
      node = MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw new PlatformResponseException(exchange, "", null, null, "malformed JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new PlatformResponseException(exchange, "", null, null, "unreadable body: " + e.getMessage());
    }
    if (node == null || node.isMissingNode()) {
      throw new PlatformResponseException(exchange, "", null, null, "empty body where a JSON object was expected");
    }
    if (!node.isObject()) {
      throw new PlatformResponseException(exchange, "", null, null,
          "expected a JSON object, got " + node.getNodeType().name().toLowerCase(Locale.ROOT));
    }
    return (ObjectNode) node;
  }
}

package dev.responsibility.adapters.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One JSON object of a platform answer, read field by field. Every refusal is a
 * {@link PlatformResponseException} naming the exchange, the object's place in the body, the
 * record (once its id is known) and the field: reading a platform answer never fails with a bare
 * Jackson or parsing exception.
 */
final class WireObject {

  private final ObjectNode node;
  private final String exchange;
  private final String location;
  private final String recordId;

  private WireObject(ObjectNode node, String exchange, String location, String recordId) {
    this.node = node;
    this.exchange = exchange;
    this.location = location;
    this.recordId = recordId;
  }

  static WireObject root(ObjectNode node, String exchange) {
    return new WireObject(node, exchange, "", null);
  }

  /** The same object, with the id of the record it is (or holds) named in every error. */
  WireObject about(String id) {
    return new WireObject(node, exchange, location, id);
  }

  String location() {
    return location;
  }

  ObjectNode json() {
    return node;
  }

  PlatformResponseException error(String field, String problem) {
    return new PlatformResponseException(exchange, location, recordId, field, problem);
  }

  boolean has(String field) {
    JsonNode value = node.get(field);
    return value != null && !value.isNull();
  }

  private JsonNode required(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw error(field, "required field is missing");
    }
    return value;
  }

  /** A required string, possibly empty. */
  String text(String field) {
    JsonNode value = required(field);
    if (!value.isTextual()) {
      throw error(field, "expected a string, got " + describe(value));
    }
    return value.textValue();
  }

  /** A required string that is not blank (ids, names). */
  String nonBlankText(String field) {
    String text = text(field);
    if (text.isBlank()) {
      throw error(field, "must not be blank");
    }
    return text;
  }

  /** An optional string; absent, null and empty all mean "none", as an empty cell does in FORMAT.md. */
  Optional<String> optionalText(String field) {
    if (!has(field)) {
      return Optional.empty();
    }
    return Optional.of(text(field)).filter(t -> !t.isEmpty());
  }

  boolean bool(String field, boolean whenAbsent) {
    if (!has(field)) {
      return whenAbsent;
    }
    JsonNode value = node.get(field);
    if (!value.isBoolean()) {
      throw error(field, "expected true or false, got " + describe(value));
    }
    return value.booleanValue();
  }

  OptionalInt optionalInt(String field) {
    if (!has(field)) {
      return OptionalInt.empty();
    }
    JsonNode value = node.get(field);
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      throw error(field, "expected a whole number, got " + describe(value));
    }
    return OptionalInt.of(value.intValue());
  }

  <E extends Enum<E>> E enumValue(String field, Class<E> type) {
    String text = text(field);
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      throw error(field, "unknown value '" + text + "', expected one of "
          + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
    }
  }

  /** A required string parsed by {@code parse}, whose failure (any runtime exception) names the field. */
  <T> T parsed(String field, Function<String, T> parse, String expected) {
    String text = text(field);
    try {
      return parse.apply(text);
    } catch (RuntimeException e) {
      throw error(field, "'" + text + "' is not " + expected);
    }
  }

  <T> Optional<T> optionalParsed(String field, Function<String, T> parse, String expected) {
    return has(field) && !text(field).isEmpty() ? Optional.of(parsed(field, parse, expected)) : Optional.empty();
  }

  ArrayNode array(String field) {
    JsonNode value = required(field);
    if (!value.isArray()) {
      throw error(field, "expected an array, got " + describe(value));
    }
    return (ArrayNode) value;
  }

  WireObject object(String field) {
    JsonNode value = required(field);
    if (!value.isObject()) {
      throw error(field, "expected an object, got " + describe(value));
    }
    return new WireObject((ObjectNode) value, exchange, child(field), recordId);
  }

  /** The {@code index}-th element of the array {@code field}, which must be an object. */
  WireObject element(String field, int index) {
    JsonNode value = array(field).get(index);
    String place = child(field) + "[" + index + "]";
    if (value == null || !value.isObject()) {
      throw new PlatformResponseException(exchange, place, recordId, null,
          "expected an object, got " + (value == null ? "nothing" : describe(value)));
    }
    return new WireObject((ObjectNode) value, exchange, place, null);
  }

  private String child(String field) {
    return location.isEmpty() ? field : location + "." + field;
  }

  private static String describe(JsonNode value) {
    String type = value.getNodeType().name().toLowerCase(Locale.ROOT);
    String text = value.toString();
    return type + " " + (text.length() > 40 ? text.substring(0, 40) + "…" : text);
  }
}

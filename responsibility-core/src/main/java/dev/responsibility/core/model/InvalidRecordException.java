package dev.responsibility.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A record was not well-formed when it was made: a required field is missing, a date range
 * runs backwards, a code has the wrong shape. The record does not exist; nothing half-built
 * escapes. Domain validity (an invalid credit code, an unknown id) never raises this: the
 * checks report it.
 */
public final class InvalidRecordException extends ResponsibilityException {

  private static final long serialVersionUID = 1L;

  /** The record type, null when a builder reported missing attributes. */
  private final String type;
  /** The field, null when a builder reported missing attributes. */
  private final String field;
  /** The offending value as text, null when a builder reported missing attributes. */
  private final String value;
  /** The broken rule. */
  private final String rule;

  private static final java.util.regex.Pattern MISSING =
      java.util.regex.Pattern.compile("Cannot build (\\w+), some of required attributes are not set \\[(.*)]");

  /**
   * For Immutables' builders, which report a missing required attribute or a null with a message
   * only: the type and fields are read back from it where it names them.
   *
   * @param message the builder's message, not null
   */
  public InvalidRecordException(String message) {
    super(message);
    java.util.regex.Matcher m = MISSING.matcher(message);
    boolean missing = m.find();
    this.type = missing ? m.group(1) : null;
    this.field = missing ? m.group(2) : message.matches("\\w+") ? message : null;
    this.value = missing || field != null ? "null" : null;
    this.rule = missing || field != null ? "is required" : message;
  }

  private InvalidRecordException(String type, String field, String value, String rule) {
    super(type + "." + field + " = " + value + ": " + rule);
    this.type = type;
    this.field = field;
    this.value = value;
    this.rule = rule;
  }

  /**
   * An exception naming the broken rule.
   *
   * @param type the record type, such as {@code "Business"}; not null
   * @param field the field, such as {@code "licenseExpires"}; not null
   * @param value the offending value (its {@code toString()}, so masking types stay masked);
   *     may be null
   * @param rule what the value breaks, in words; not null
   * @return the exception, for the caller to throw
   */
  public static InvalidRecordException of(String type, String field, Object value, String rule) {
    return new InvalidRecordException(
        Objects.requireNonNull(type, "type"),
        Objects.requireNonNull(field, "field"),
        String.valueOf(value),
        Objects.requireNonNull(rule, "rule"));
  }

  /** @return the record type, or empty when a builder reported missing attributes */
  public Optional<String> type() {
    return Optional.ofNullable(type);
  }

  /** @return the field, or empty when a builder reported missing attributes */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  /** @return the offending value as text, or empty when a builder reported missing attributes */
  public Optional<String> value() {
    return Optional.ofNullable(value);
  }

  /** @return the broken rule, in words; never null */
  public String rule() {
    return rule;
  }
}

package dev.responsibility.adapters.rest;

import dev.responsibility.core.model.PortException;
import java.util.Objects;
import java.util.Optional;

/**
 * The platform answered with a body that breaks the platform API: malformed JSON, a missing
 * field, a value of the wrong type, an enumerated value the API does not define. The message
 * names the exchange, the place in the body, the record (when its id could be read) and the
 * field, by the name the platform used. {@code pull} and look-ups throw it; {@code push} turns it
 * into a {@code RetryLater} outcome whose reason is this message, so that the outbox keeps the
 * record (the platform may well have applied it).
 */
public final class PlatformResponseException extends PortException {

  private static final long serialVersionUID = 1L;

  /** The exchange, such as {@code GET /v1/changes}. */
  private final String exchange;
  /** Where in the body; empty for the body as a whole. */
  private final String location;
  /** The record's id, null when it could not be read. */
  private final String recordId;
  /** The platform's name of the field, null when the problem is not one field's. */
  private final String field;
  /** What is wrong. */
  private final String problem;

  PlatformResponseException(String exchange, String location, String recordId, String field, String problem) {
    super(message(exchange, location, recordId, field, problem));
    this.exchange = Objects.requireNonNull(exchange, "exchange");
    this.location = Objects.requireNonNull(location, "location");
    this.recordId = recordId;
    this.field = field;
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  private static String message(String exchange, String location, String recordId, String field, String problem) {
    StringBuilder m = new StringBuilder("bad response to ").append(exchange).append(": ");
    m.append(location.isEmpty() ? "body" : location);
    if (recordId != null) {
      m.append(" (record ").append(recordId).append(')');
    }
    if (field != null) {
      m.append(", field '").append(field).append('\'');
    }
    return m.append(": ").append(problem).toString();
  }

  /** @return the exchange, such as {@code GET /v1/changes}; never null */
  public String exchange() {
    return exchange;
  }

  /** @return where in the body, such as {@code changes[3].record}; empty for the body as a whole */
  public String location() {
    return location;
  }

  /** @return the id of the record concerned, when it could be read */
  public Optional<String> recordId() {
    return Optional.ofNullable(recordId);
  }

  /** @return the field concerned, by the platform's name for it, when one is */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  /** @return what is wrong, in words; never null */
  public String problem() {
    return problem;
  }
}

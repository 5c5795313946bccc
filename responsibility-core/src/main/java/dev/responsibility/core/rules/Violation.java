package dev.responsibility.core.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One breach found by a check as of a day: its code, severity, the records involved (the first
 * is the one the violation is "per", as FORMAT.md counts) and a message a township clerk
 * understands. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Violation {

  /** @return the check that found it */
  public abstract CheckCode code();

  /** @return the severity under the embedder's settings */
  public abstract Severity severity();

  /** @return the day the check was asked about */
  public abstract LocalDate asOf();

  /** @return the records involved, the counted one first; never empty */
  public abstract List<RecordRef> records();

  /** @return the values the message cites, as text */
  public abstract List<String> arguments();

  /** @return a variant of the message, such as the missing document's kind */
  public abstract Optional<String> variant();

  /** @return the DOMAIN.md rule, such as {@code R8}, empty for data-quality checks */
  public Optional<String> rule() {
    return code().rule();
  }

  /** @return the record the violation is counted per */
  public RecordRef subject() {
    return records().get(0);
  }

  /**
   * @param locale the reader's locale, not null; Chinese for {@code zh}, English otherwise
   * @return the message in that locale
   */
  public String message(Locale locale) {
    String key = code().name() + variant().map(v -> "." + v).orElse("");
    return Messages.format(key, arguments(), locale);
  }

  /** Refuses a value that breaks its form, naming the field and the rule. */
  @Value.Check
  protected void check() {
    if (records().isEmpty()) {
      throw dev.responsibility.core.model.InvalidRecordException.of(
          "Violation", "records", records(), "must name at least one record");
    }
  }

  @Override
  public String toString() {
    return code() + " " + records() + ": " + message(Locale.ENGLISH);
  }

  /** @return a builder */
  public static ImmutableViolation.Builder builder() {
    return ImmutableViolation.builder();
  }
}

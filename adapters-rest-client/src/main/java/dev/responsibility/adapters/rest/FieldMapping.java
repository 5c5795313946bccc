package dev.responsibility.adapters.rest;

import dev.responsibility.core.port.PlatformRecord.Kind;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * How record fields are named and dates written on the wire, for a platform whose names differ
 * from FORMAT.md's. The default, {@link #formatMd()}, is the platform API's own: FORMAT.md's
 * snake_case names ({@link RecordFields}), dates as ISO {@code YYYY-MM-DD}, times as RFC 3339 with
 * their offset. Only record fields are mapped; the envelopes ({@code items}, {@code results},
 * {@code changes}…) keep the API's names.
 *
 * <p>An integrator renames with {@link #builder()}:
 * <pre>{@code
 * FieldMapping mapping = FieldMapping.builder()
 *     .rename("division_code", "area_code")            // every kind that has the field
 *     .rename(Kind.BUSINESS, "credit_code", "uscc")     // one kind
 *     .build();
 * }</pre>
 * or implements this interface (for example to write dates as {@code yyyyMMdd}). Within one kind,
 * two fields must never share a wire name: the client checks that when it is built.
 * Implementations are immutable and thread-safe.
 */
public interface FieldMapping {

  /**
   * @param kind the record kind, not null
   * @param field the field's FORMAT.md name, one of {@link RecordFields#of(Kind)}, not null
   * @return the name the platform uses for it, not blank
   */
  String wireName(Kind kind, String field);

  /**
   * @param day a day, not null
   * @return the day as the platform writes it; ISO {@code YYYY-MM-DD} by default
   */
  default String formatDate(LocalDate day) {
    return day.toString();
  }

  /**
   * @param text a day as the platform writes it, not null
   * @return the day
   * @throws DateTimeParseException if {@code text} is not a day in this mapping's form
   */
  default LocalDate parseDate(String text) {
    return LocalDate.parse(text);
  }

  /**
   * @param time a time with its offset, not null
   * @return the time as the platform writes it; RFC 3339 with seconds and offset by default
   */
  default String formatTime(OffsetDateTime time) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
  }

  /**
   * @param text a time as the platform writes it, not null
   * @return the time with its offset
   * @throws DateTimeParseException if {@code text} is not a time in this mapping's form
   */
  default OffsetDateTime parseTime(String text) {
    return OffsetDateTime.parse(text);
  }

  /** @return FORMAT.md's names and ISO dates: the platform API's defaults */
  static FieldMapping formatMd() {
    return RenamedFields.NONE;
  }

  /** @return a builder of renamings over {@link #formatMd()} */
  static Builder builder() {
    return new Builder();
  }

  /** Collects renamings; not thread-safe. */
  final class Builder {
    private final Map<Kind, Map<String, String>> renames = new EnumMap<>(Kind.class);

    private Builder() {}

    /**
     * Renames a field of one kind.
     *
     * @param kind the kind, not null
     * @param field the FORMAT.md name, not null
     * @param wireName the platform's name, not blank
     * @return this builder
     * @throws IllegalArgumentException if {@code kind} has no such field or {@code wireName} is blank
     */
    public Builder rename(Kind kind, String field, String wireName) {
      if (!RecordFields.has(kind, field)) {
        throw new IllegalArgumentException(kind + " records have no field '" + field + "'; they have "
            + RecordFields.of(kind));
      }
      if (wireName == null || wireName.isBlank()) {
        throw new IllegalArgumentException("the wire name of " + kind + "." + field + " must not be blank");
      }
      renames.computeIfAbsent(kind, k -> new HashMap<>()).put(field, wireName);
      return this;
    }

    /**
     * Renames a field in every kind that has it.
     *
     * @param field the FORMAT.md name, not null
     * @param wireName the platform's name, not blank
     * @return this builder
     * @throws IllegalArgumentException if no kind has such a field or {@code wireName} is blank
     */
    public Builder rename(String field, String wireName) {
      boolean any = false;
      for (Kind kind : Kind.values()) {
        if (RecordFields.has(kind, field)) {
          rename(kind, field, wireName);
          any = true;
        }
      }
      if (!any) {
        throw new IllegalArgumentException("no record kind has a field '" + field + "'");
      }
      return this;
    }

    /**
     * @return the mapping
     * @throws IllegalArgumentException if two fields of one kind would share a wire name
     */
    public FieldMapping build() {
      RenamedFields mapping = new RenamedFields(renames);
      RenamedFields.requireDistinctNames(mapping);
      return mapping;
    }
  }
}

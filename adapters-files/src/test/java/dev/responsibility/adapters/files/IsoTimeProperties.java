package dev.responsibility.adapters.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * FORMAT.md's own day and time forms, with or without seconds, are read without patterns; whatever digits they hold, the
 * answer is java.time's strict ISO reading of the same text: the value, or nothing.
 */
class IsoTimeProperties {

  @Property(tries = 3000)
  void aTimeInFormatMdFormIsReadAsJavaTimeReadsIt(
      @ForAll @IntRange(min = 1000, max = 9999) int year, @ForAll @IntRange(min = 0, max = 19) int month,
      @ForAll @IntRange(min = 0, max = 39) int day, @ForAll @IntRange(min = 0, max = 29) int hour,
      @ForAll @IntRange(min = 0, max = 69) int minute, @ForAll @IntRange(min = 0, max = 69) int second,
      @ForAll boolean utc, @ForAll boolean west, @ForAll @IntRange(min = 0, max = 21) int offsetHours,
      @ForAll @IntRange(min = 0, max = 69) int offsetMinutes, @ForAll boolean wholeMinute) {
    String offset = utc ? "Z" : String.format("%s%02d:%02d", west ? "-" : "+", offsetHours, offsetMinutes);
    // OffsetDateTime.toString() leaves the seconds out on a whole minute: 2023-03-04T16:07+08:00.
    String seconds = wholeMinute ? "" : String.format(":%02d", second);
    String text = String.format("%04d-%02d-%02dT%02d:%02d%s%s", year, month, day, hour, minute, seconds, offset);

    assertThat(CellText.time(text)).isEqualTo(strictIso(text));
  }

  @Property(tries = 2000)
  void aDayInFormatMdFormIsReadAsJavaTimeReadsIt(
      @ForAll @IntRange(min = 1000, max = 9999) int year, @ForAll @IntRange(min = 0, max = 19) int month,
      @ForAll @IntRange(min = 0, max = 39) int day) {
    String text = String.format("%04d-%02d-%02d", year, month, day);

    assertThat(CellText.date(text).map(Object::toString)).isEqualTo(strictIsoDay(text));
  }

  private static Optional<OffsetDateTime> strictIso(String text) {
    try {
      return Optional.of(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> strictIsoDay(String text) {
    try {
      return Optional.of(java.time.LocalDate.parse(text).toString());
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}

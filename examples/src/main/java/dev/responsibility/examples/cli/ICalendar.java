package dev.responsibility.examples.cli;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * An iCalendar feed (RFC 5545) of all-day events, written by hand: a calendar of deadlines needs
 * a dozen properties, and the escaping and 75-octet line folding below are all the format asks.
 */
final class ICalendar {

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
      .withZone(ZoneOffset.UTC);

  /** One all-day event; the uid must be stable so that re-imported feeds update rather than duplicate. */
  record Event(String uid, LocalDate day, String summary, String description) {}

  private final String name;
  private final List<Event> events = new ArrayList<>();

  ICalendar(String name) {
    this.name = name;
  }

  ICalendar add(Event event) {
    events.add(event);
    return this;
  }

  String render(Instant stamp) {
    List<String> lines = new ArrayList<>();
    lines.add("BEGIN:VCALENDAR");
    lines.add("VERSION:2.0");
    lines.add("PRODID:-//dev.responsibility//responsibility calendar//ZH");
    lines.add("CALSCALE:GREGORIAN");
    lines.add("METHOD:PUBLISH");
    lines.add("X-WR-CALNAME:" + text(name));
    lines.add("X-WR-TIMEZONE:Asia/Shanghai");
    for (Event e : events) {
      lines.add("BEGIN:VEVENT");
      lines.add("UID:" + e.uid());
      lines.add("DTSTAMP:" + STAMP.format(stamp));
      lines.add("DTSTART;VALUE=DATE:" + DAY.format(e.day()));
      lines.add("DTEND;VALUE=DATE:" + DAY.format(e.day().plusDays(1)));
      lines.add("SUMMARY:" + text(e.summary()));
      lines.add("DESCRIPTION:" + text(e.description()));
      lines.add("TRANSP:TRANSPARENT");
      lines.add("END:VEVENT");
    }
    lines.add("END:VCALENDAR");
    StringBuilder out = new StringBuilder();
    lines.forEach(line -> out.append(fold(line)).append("\r\n"));
    return out.toString();
  }

  /** Escapes a TEXT value (RFC 5545 3.3.11). */
  static String text(String value) {
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
        .replace("\n", "\\n");
  }

  /** Folds a content line at 75 octets without splitting a UTF-8 character (RFC 5545 3.1). */
  static String fold(String line) {
    StringBuilder out = new StringBuilder();
    int octets = 0;
    for (int i = 0; i < line.length(); ) {
      int c = line.codePointAt(i);
      String ch = new String(Character.toChars(c));
      int size = ch.getBytes(StandardCharsets.UTF_8).length;
      if (octets + size > 75) {
        out.append("\r\n ");
        octets = 1;
      }
      out.append(ch);
      octets += size;
      i += Character.charCount(c);
    }
    return out.toString();
  }
}

package dev.responsibility.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ICalendarTest {

  @Test
  void eventsAreAllDayWithStableUidsAndCrlfLines() {
    String feed = new ICalendar("督导时间节点 2023")
        .add(new ICalendar.Event("q2-entry-2023@responsibility.dev", LocalDate.of(2023, 6, 30), "Q2 entry deadline",
            "Last safe working day: 2023-06-30"))
        .render(Instant.parse("2023-01-02T03:04:05Z"));

    assertThat(feed).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:").endsWith("END:VCALENDAR\r\n");
    assertThat(feed).contains("UID:q2-entry-2023@responsibility.dev\r\n", "DTSTAMP:20230102T030405Z\r\n",
        "DTSTART;VALUE=DATE:20230630\r\n", "DTEND;VALUE=DATE:20230701\r\n", "X-WR-CALNAME:督导时间节点 2023\r\n");
    assertThat(feed.replace("\r\n", "")).doesNotContain("\n");
  }

  @Test
  void textIsEscaped() {
    assertThat(ICalendar.text("a,b;c\\d\ne")).isEqualTo("a\\,b\\;c\\\\d\\ne");
  }

  @Test
  void longLinesFoldAtSeventyFiveOctetsWithoutSplittingAChineseCharacter() {
    String line = "SUMMARY:" + "第二季度督导录入截止".repeat(6);

    String folded = ICalendar.fold(line);

    for (String part : folded.split("\r\n")) {
      assertThat(part.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
    }
    assertThat(folded.replace("\r\n ", "")).isEqualTo(line);
  }
}

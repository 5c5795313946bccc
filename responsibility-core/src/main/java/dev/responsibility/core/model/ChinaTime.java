package dev.responsibility.core.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** China Standard Time, in which FORMAT.md counts the day of every time. */
public final class ChinaTime {

  /** UTC+8, China Standard Time (北京时间). China keeps no daylight saving time. */
  public static final ZoneOffset OFFSET = ZoneOffset.ofHours(8);

  private ChinaTime() {}

  /**
   * The day of a time: its calendar day in UTC+8, whatever offset it was written with.
   *
   * @param time a time, not null
   * @return its day in China Standard Time
   */
  public static LocalDate dayOf(OffsetDateTime time) {
    return LocalDate.ofEpochDay(epochDayOf(time));
  }

  /**
   * {@link #dayOf} as a count of days since 1970-01-01, without making the day: a province's
   * supervisions are millions of entry times.
   *
   * @param time a time, not null
   * @return the epoch day of its day in China Standard Time
   */
  public static long epochDayOf(OffsetDateTime time) {
    return Math.floorDiv(time.toEpochSecond() + OFFSET.getTotalSeconds(), 86_400L);
  }
}

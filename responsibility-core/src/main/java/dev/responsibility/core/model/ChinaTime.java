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
    return time.withOffsetSameInstant(OFFSET).toLocalDate();
  }
}

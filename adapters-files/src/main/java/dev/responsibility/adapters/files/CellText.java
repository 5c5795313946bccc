package dev.responsibility.adapters.files;

import dev.responsibility.core.model.ChinaTime;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the text of one cell into a value, accepting the forms real exports contain beside
 * FORMAT.md's ISO forms. Every method is a pure function; an empty result means "does not parse".
 */
final class CellText {

  /** Excel's serial day 61 is 1900-03-01; earlier serials carry Excel's 1900 leap-year error. */
  static final int FIRST_SERIAL = 61;
  /** Excel's serial day of 9999-12-31, its last day. */
  static final int LAST_SERIAL = 2_958_465;
  private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
  /** Excel keeps 15 significant digits of a number. */
  static final int EXCEL_DIGITS = 15;

  private static final Pattern DASHED = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})");
  private static final Pattern CHINESE_DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日?");
  private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
  private static final Pattern SERIAL = Pattern.compile("\\d{1,7}(\\.\\d+)?");
  private static final Pattern TIME = Pattern.compile(
      "(.+?)(?:T|\\s+)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?\\s*(Z|[+-]\\d{2}(?::?\\d{2}(?::\\d{2})?)?)?",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern MIDNIGHT = Pattern.compile("(.+?)(?:T|\\s+)0{1,2}:00(?::00(?:[.,]0{1,9})?)?");
  private static final Pattern WHOLE = Pattern.compile("[+-]?\\d+(\\.0+)?");
  /**
   * Excel's (and Java's) text of a number in scientific notation: one digit, then a fraction or an
   * explicit exponent sign ({@code 4.30102E+11}, {@code 4E+11}, {@code 4.30102001001E11}). The
   * shape matters: GB 32100 credit codes may hold an {@code E} among digits
   * ({@code 9143010600000001E3}) and are no numbers.
   */
  private static final Pattern SCIENTIFIC = Pattern.compile("(\\d)(?:\\.(\\d+))?[eE]([+-]?)(\\d{1,3})");
  private static final Pattern INTEGRAL_DECIMAL = Pattern.compile("(\\d+)\\.0+");
  private static final Pattern DIGITS = Pattern.compile("\\d+");

  private CellText() {}

  /** Folds full-width digits, letters and punctuation to their ASCII forms, for typed values. */
  static String fold(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 127) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
      }
    }
    return text;
  }

  /**
   * A day: {@code 2023-03-05}, {@code 2023-3-5}, {@code 2023/3/5}, {@code 2023.3.5},
   * {@code 2023年3月5日}, {@code 20230305}, an Excel serial day ({@code 44990}), any of them
   * followed by a midnight time ({@code 2023-03-05 00:00:00}).
   */
  static Optional<LocalDate> date(CharSequence text) {
    int iso = isoDay(text);
    if (iso >= 0) {
      return Optional.ofNullable(dayOf(iso));
    }
    String t = fold(text.toString());
    Matcher midnight = MIDNIGHT.matcher(t);
    if (midnight.matches()) {
      t = midnight.group(1);
    }
    return plainDate(t);
  }

  /**
   * FORMAT.md's own form of a day, the common case, read without a pattern or a string.
   *
   * @return {@code yyyyMMdd} as a number when the text is exactly {@code yyyy-MM-dd} in ASCII
   *     digits, whether or not such a day exists ({@link #dayOf}); -1 for any other text
   */
  static int isoDay(CharSequence t) {
    if (t.length() != 10 || !isIsoDate(t)) {
      return -1;
    }
    return (twoDigits(t, 0) * 100 + twoDigits(t, 2)) * 10_000 + twoDigits(t, 5) * 100 + twoDigits(t, 8);
  }

  /** @return the day {@link #isoDay} read, or null when there is none such ({@code 2023-02-30}) */
  static LocalDate dayOf(int isoDay) {
    try {
      return LocalDate.of(isoDay / 10_000, isoDay / 100 % 100, isoDay % 100);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** @return whether the text starts with {@code yyyy-MM-dd} in ASCII digits */
  private static boolean isIsoDate(CharSequence t) {
    return t.length() >= 10 && t.charAt(4) == '-' && t.charAt(7) == '-' && twoDigits(t, 0) >= 0
        && twoDigits(t, 2) >= 0 && twoDigits(t, 5) >= 0 && twoDigits(t, 8) >= 0;
  }

  private static Optional<LocalDate> plainDate(String t) {
    Matcher m = DASHED.matcher(t);
    if (m.matches()) {
      return day(m.group(1), m.group(3), m.group(4));
    }
    m = CHINESE_DATE.matcher(t);
    if (m.matches()) {
      return day(m.group(1), m.group(2), m.group(3));
    }
    m = COMPACT_DATE.matcher(t);
    if (m.matches()) {
      return day(m.group(1), m.group(2), m.group(3));
    }
    if (SERIAL.matcher(t).matches() && t.indexOf('.') < 0) {
      return serialDay(Long.parseLong(t));
    }
    if (SERIAL.matcher(t).matches() && new BigDecimal(t).stripTrailingZeros().scale() <= 0) {
      return serialDay(new BigDecimal(t).longValue());
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> day(String y, String m, String d) {
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<LocalDate> serialDay(long serial) {
    if (serial < FIRST_SERIAL || serial > LAST_SERIAL) {
      return Optional.empty();
    }
    return Optional.of(EXCEL_EPOCH.plusDays(serial));
  }

  /**
   * A time: a day in any form {@link #date} accepts (serials aside), {@code T} or spaces, then
   * {@code H:mm}, {@code H:mm:ss} or with a fraction of up to nine digits, then an optional offset
   * ({@code Z}, {@code +08:00}, {@code +0800}, {@code +08}); or an Excel serial time
   * ({@code 44990.4375}). Without an offset the time is China Standard Time (UTC+8).
   */
  static Optional<OffsetDateTime> time(CharSequence text) {
    OffsetDateTime iso = isoTime(text);
    if (iso != null) {
      return Optional.of(iso);
    }
    String t = fold(text.toString());
    Matcher m = TIME.matcher(t);
    if (m.matches()) {
      Optional<LocalDate> day = plainDate(m.group(1)).filter(d -> !SERIAL.matcher(m.group(1)).matches());
      if (day.isEmpty()) {
        return Optional.empty();
      }
      try {
        int nanos = m.group(5) == null ? 0 : Integer.parseInt((m.group(5) + "00000000").substring(0, 9));
        LocalTime clock = LocalTime.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
            m.group(4) == null ? 0 : Integer.parseInt(m.group(4)), nanos);
        ZoneOffset offset = m.group(6) == null ? ChinaTime.OFFSET : offset(m.group(6));
        return Optional.of(OffsetDateTime.of(day.get(), clock, offset));
      } catch (DateTimeException e) {
        return Optional.empty();
      }
    }
    if (SERIAL.matcher(t).matches()) {
      BigDecimal serial = new BigDecimal(t);
      if (serial.compareTo(BigDecimal.valueOf(FIRST_SERIAL)) < 0
          || serial.compareTo(BigDecimal.valueOf(LAST_SERIAL + 1L)) >= 0) {
        return Optional.empty();
      }
      // Excel keeps times to the millisecond at best; round to the second as Excel displays them.
      long seconds = serial.multiply(BigDecimal.valueOf(86_400)).setScale(0, java.math.RoundingMode.HALF_UP).longValue();
      LocalDateTime local = EXCEL_EPOCH.atStartOfDay().plus(seconds, ChronoUnit.SECONDS);
      return Optional.of(OffsetDateTime.of(local, ChinaTime.OFFSET));
    }
    return Optional.empty();
  }

  /**
   * FORMAT.md's own form, {@code 2023-03-04T16:07:35+08:00} or with {@code Z}, and the same
   * without seconds ({@code 2023-03-04T16:07+08:00}), as {@link OffsetDateTime#toString()} writes
   * a time on a whole minute; read without a pattern: a province's supervisions hold millions.
   *
   * @return the time, or null for any other text (the general path decides)
   */
  private static OffsetDateTime isoTime(CharSequence t) {
    int n = t.length();
    // Where the offset starts: after the seconds, or after the minutes when they are left out.
    int zone = n == 25 || n == 20 ? 19 : n == 22 || n == 17 ? 16 : -1;
    if (zone < 0 || !isIsoDate(t) || t.charAt(10) != 'T' || t.charAt(13) != ':' || zone == 19 && t.charAt(16) != ':') {
      return null;
    }
    int hour = twoDigits(t, 11);
    int minute = twoDigits(t, 14);
    int second = zone == 19 ? twoDigits(t, 17) : 0;
    if (hour < 0 || minute < 0 || second < 0) {
      return null;
    }
    ZoneOffset offset;
    if (n - zone == 1) {
      if (t.charAt(zone) != 'Z') {
        return null;
      }
      offset = ZoneOffset.UTC;
    } else {
      char sign = t.charAt(zone);
      int oh = twoDigits(t, zone + 1);
      int om = twoDigits(t, zone + 4);
      if (sign != '+' && sign != '-' || t.charAt(zone + 3) != ':' || oh < 0 || om < 0) {
        return null;
      }
      if (sign == '+' && oh == 8 && om == 0) {
        offset = ChinaTime.OFFSET; // nearly every row: spares ZoneOffset's cache lookup
      } else {
        int s = sign == '+' ? 1 : -1;
        try {
          offset = ZoneOffset.ofHoursMinutes(s * oh, s * om);
        } catch (DateTimeException e) {
          return null;
        }
      }
    }
    try {
      return OffsetDateTime.of(twoDigits(t, 0) * 100 + twoDigits(t, 2), twoDigits(t, 5), twoDigits(t, 8), hour,
          minute, second, 0, offset);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** @return the number of the two ASCII digits at {@code from}, or -1 */
  private static int twoDigits(CharSequence t, int from) {
    char a = t.charAt(from);
    char b = t.charAt(from + 1);
    return a < '0' || a > '9' || b < '0' || b > '9' ? -1 : (a - '0') * 10 + (b - '0');
  }

  private static ZoneOffset offset(String text) {
    String o = text.toUpperCase(Locale.ROOT);
    if (o.equals("Z")) {
      return ZoneOffset.UTC;
    }
    if (o.length() == 5 && o.indexOf(':') < 0) {
      o = o.substring(0, 3) + ":" + o.substring(3);
    }
    return ZoneOffset.of(o);
  }

  /** A whole number: {@code 300}, {@code +300}, {@code -3}, or {@code 300.0} as a workbook writes it. */
  static OptionalInt wholeNumber(CharSequence text) {
    if (text.length() > 0 && text.length() <= 9 && allDigits(text)) {
      return OptionalInt.of(Integer.parseInt(text, 0, text.length(), 10));
    }
    String t = fold(text.toString());
    if (!WHOLE.matcher(t).matches()) {
      return OptionalInt.empty();
    }
    int dot = t.indexOf('.');
    String digits = dot < 0 ? t : t.substring(0, dot);
    try {
      return OptionalInt.of(Integer.parseInt(digits));
    } catch (NumberFormatException tooLarge) {
      return OptionalInt.empty();
    }
  }

  /** {@code true}/{@code false} in any letter case, or 是/否; null when neither. */
  static Boolean flag(String text) {
    String t = fold(text);
    if (t.equalsIgnoreCase("true") || t.equals(ValueAliases.YES)) {
      return Boolean.TRUE;
    }
    if (t.equalsIgnoreCase("false") || t.equals(ValueAliases.NO)) {
      return Boolean.FALSE;
    }
    return null;
  }

  /**
   * The code a cell held before Excel stored it as a number, when that can be known exactly.
   * A workbook number of at most 15 digits is exact; {@code 430102001001.0} is exact; text in
   * scientific notation is exact when its mantissa shows every digit ({@code 4.30102001001E11}).
   * Any other text is returned as given: an odd code is data, not an error.
   *
   * @param t the cell's text, trimmed
   * @param numeric whether a workbook stored the cell as a number
   * @return the code, or empty when Excel has lost digits ({@code 4.30102E+11}, a workbook number
   *     of 16 or more digits)
   */
  static Optional<String> code(String t, boolean numeric) {
    if (numeric) {
      if (DIGITS.matcher(t).matches() && t.length() > EXCEL_DIGITS) {
        return Optional.empty();
      }
      return Optional.of(t);
    }
    if (t.indexOf('.') < 0 && t.indexOf('e') < 0 && t.indexOf('E') < 0 || !numberCharacters(t)) {
      return Optional.of(t); // the common case: no number notation at all
    }
    Matcher integral = INTEGRAL_DECIMAL.matcher(t);
    if (integral.matches()) {
      return Optional.of(integral.group(1));
    }
    Matcher sci = SCIENTIFIC.matcher(t);
    if (!sci.matches() || sci.group(2) == null && sci.group(3).isEmpty()) {
      return Optional.of(t);
    }
    String mantissaDigits = (sci.group(1) + (sci.group(2) == null ? "" : sci.group(2))).replaceFirst("^0+", "");
    BigDecimal value = new BigDecimal(t.toUpperCase(Locale.ROOT).replace("E+", "E"));
    if (value.signum() <= 0 || value.stripTrailingZeros().scale() > 0 || value.precision() > 40) {
      return Optional.of(t);
    }
    String whole = value.toBigIntegerExact().toString();
    return whole.length() <= mantissaDigits.length() ? Optional.of(whole) : Optional.empty();
  }

  private static boolean allDigits(CharSequence t) {
    for (int i = 0; i < t.length(); i++) {
      if (t.charAt(i) < '0' || t.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** @return whether every character could belong to a number's text ({@code 4.30102E+11}) */
  private static boolean numberCharacters(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if ((c < '0' || c > '9') && c != '.' && c != 'e' && c != 'E' && c != '+' && c != '-') {
        return false;
      }
    }
    return true;
  }

  /**
   * The text of a workbook number that is not a date: a whole number of up to 15 digits without a
   * decimal point, anything else in plain decimal notation rounded to Excel's 15 significant digits.
   */
  static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return Double.toString(value);
    }
    // Excel keeps 15 significant digits; so does its text of the number.
    return new BigDecimal(value).round(new java.math.MathContext(EXCEL_DIGITS)).stripTrailingZeros().toPlainString();
  }

  /** @return the text shortened for a message, quoted */
  static String quote(String text) {
    String t = text.length() > 40 ? text.substring(0, 40) + "…" : text;
    return "\"" + t.replace("\n", "\\n").replace("\r", "\\r") + "\"";
  }
}

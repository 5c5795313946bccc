package dev.responsibility.adapters.files;

import dev.responsibility.core.model.BusinessId;
import dev.responsibility.core.model.CadreId;
import dev.responsibility.core.model.DivisionCode;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One instance per distinct value read from the files of one data set, for the kinds the data set
 * keeps as objects (divisions, status changes, cadres, self-checks): their rows name the same
 * businesses, cadres, divisions and days again and again, and a value made afresh for each row
 * would be held once per row. Ids and codes are looked up by their cell's text, before they are
 * made, so a value is made and checked once. The kinds kept as columns are taken apart as they
 * arrive (their ids as UTF-8 bytes) and use {@link #NONE}, which shares nothing: a look-up per
 * cell would save nothing there. Shared by the files of one data set, which may be read at once:
 * thread-safe.
 */
final class Interner {

  /**
   * What a cell's text is made into, and the table that holds them.
   *
   * @param <V> the value's type
   * @param slot the table's place in {@link #byText}
   * @param make makes a value from a cell's text; may refuse it with an
   *     {@link dev.responsibility.core.model.InvalidRecordException}
   */
  record Kind<V>(int slot, Function<String, V> make) {}

  static final Kind<BusinessId> BUSINESS = new Kind<>(0, BusinessId::of);
  static final Kind<CadreId> CADRE = new Kind<>(1, CadreId::of);
  static final Kind<DivisionCode> DIVISION = new Kind<>(2, DivisionCode::of);
  private static final int KINDS = 3;

  /** Shares nothing: each value is made as it is read. */
  static final Interner NONE = new Interner(false);

  /** Null for {@link #NONE}. */
  private final Map<String, Object>[] byText;
  private final Map<LocalDate, LocalDate> days;

  Interner() {
    this(true);
  }

  @SuppressWarnings("unchecked")
  private Interner(boolean sharing) {
    byText = sharing ? new Map[KINDS] : null;
    days = sharing ? new ConcurrentHashMap<>() : null;
    for (int i = 0; sharing && i < KINDS; i++) {
      byText[i] = new ConcurrentHashMap<>();
    }
  }

  /**
   * @return the value a cell's text was made into first, or the value made of it now
   * @throws dev.responsibility.core.model.InvalidRecordException if the kind refuses the text
   */
  @SuppressWarnings("unchecked")
  <V> V shared(Kind<V> kind, String text) {
    if (byText == null) {
      return kind.make().apply(text);
    }
    Map<String, Object> values = byText[kind.slot()];
    // Most values were read before: look them up without the write path's locking.
    Object first = values.get(text);
    if (first == null) {
      V made = kind.make().apply(text);
      first = values.putIfAbsent(text, made);
      return first == null ? made : (V) first;
    }
    return (V) first;
  }

  /** @return the first day read that equals {@code day}, or {@code day} itself */
  LocalDate shared(LocalDate day) {
    if (days == null) {
      return day;
    }
    LocalDate first = days.get(day);
    if (first == null) {
      first = days.putIfAbsent(day, day);
    }
    return first == null ? day : first;
  }
}

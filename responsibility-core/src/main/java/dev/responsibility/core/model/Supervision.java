package dev.responsibility.core.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A supervision record (督导记录): a cadre's visit to a business on a day, entered into the
 * platform at a time. The entry time keeps the offset it was written with; its day is counted in
 * China Standard Time. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Supervision {

  /** @return the id */
  public abstract SupervisionId id();

  /** @return the cadre, known or not */
  public abstract CadreId cadre();

  /** @return the business, known or not */
  public abstract BusinessId business();

  /** @return the day of the visit */
  public abstract LocalDate visitDate();

  /** @return when the record was entered, with its offset */
  public abstract OffsetDateTime enteredAt();

  /** @return how the supervision was done */
  public abstract SupervisionMode mode();

  /** @return how many problems were found, when given */
  public abstract OptionalInt problemsFound();

  /** @return the day of {@link #enteredAt()} in UTC+8, which decides lateness (R14) */
  @Value.Derived
  public LocalDate entryDay() {
    return ChinaTime.dayOf(enteredAt());
  }

  /** Refuses a value that breaks its form, naming the field and the rule. */
  @Value.Check
  protected void check() {
    problemsFound().ifPresent(n -> Require.nonNegative("Supervision", "problemsFound", n));
  }

  /** @return a builder */
  public static ImmutableSupervision.Builder builder() {
    return ImmutableSupervision.builder();
  }
}

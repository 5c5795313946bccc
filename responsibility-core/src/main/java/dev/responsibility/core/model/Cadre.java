package dev.responsibility.core.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A guarantor cadre (包保干部): a named official of a level and division who answers for the
 * businesses bound to them, while active. The phone number is personal data and is masked in
 * {@link #toString()}. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Cadre {

  /** @return the id */
  public abstract CadreId id();

  /** @return the person's name */
  public abstract String name();

  /** @return the level served at (R3) */
  public abstract CadreLevel level();

  /** @return the division served, known to the data set or not */
  public abstract DivisionCode division();

  /** @return the post, such as {@code 副镇长}, when given */
  public abstract Optional<String> post();

  /** @return the first day as a guarantor */
  public abstract LocalDate activeFrom();

  /** @return the last day as a guarantor, empty while open-ended */
  public abstract Optional<LocalDate> activeTo();

  /** @return the phone number, masked when printed */
  public abstract Optional<PhoneNumber> phone();

  /**
   * @param day a day, not null
   * @return whether the cadre is active on {@code day} (both ends inclusive)
   */
  public boolean isActiveOn(LocalDate day) {
    return !day.isBefore(activeFrom()) && activeTo().map(to -> !day.isAfter(to)).orElse(true);
  }

  /** Refuses a value that breaks its form, naming the field and the rule. */
  @Value.Check
  protected void check() {
    Require.nonBlank("Cadre", "name", name());
    Require.notBefore("Cadre", "activeTo", activeTo(), "activeFrom", activeFrom());
  }

  /** @return a builder */
  public static ImmutableCadre.Builder builder() {
    return ImmutableCadre.builder();
  }
}

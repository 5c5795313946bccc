package dev.responsibility.core.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person appointed to a food-safety role in a business (ORDER-60): principal, director
 * (食品安全总监) or officer (食品安全员), from a day on. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class StaffAppointment {

  /** @return the id */
  public abstract StaffId id();

  /** @return the business, known or not */
  public abstract BusinessId business();

  /** @return the role */
  public abstract StaffRole role();

  /** @return the person's name */
  public abstract String personName();

  /** @return the first day in the role */
  public abstract LocalDate appointedOn();

  /** @return the last day in the role, empty while open-ended */
  public abstract Optional<LocalDate> endedOn();

  /**
   * @param day a day, not null
   * @return whether the appointment is active on {@code day} (both ends inclusive)
   */
  public boolean isActiveOn(LocalDate day) {
    return !day.isBefore(appointedOn()) && endedOn().map(to -> !day.isAfter(to)).orElse(true);
  }

  /** Refuses a value that breaks its form, naming the field and the rule. */
  @Value.Check
  protected void check() {
    Require.nonBlank("StaffAppointment", "personName", personName());
    Require.notBefore("StaffAppointment", "endedOn", endedOn(), "appointedOn", appointedOn());
  }

  /** @return a builder */
  public static ImmutableStaffAppointment.Builder builder() {
    return ImmutableStaffAppointment.builder();
  }
}

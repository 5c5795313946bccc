package dev.responsibility.core.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * An administrative division (行政区划): a 12-digit statistical code, a name, a level and the
 * division above it. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Division {

  /** @return the division's own code, 12 digits */
  public abstract DivisionCode code();

  /** @return the name, such as {@code 城关镇} */
  public abstract String name();

  /** @return the level */
  public abstract DivisionLevel level();

  /** @return the division directly above, empty at the top of the data set */
  public abstract Optional<DivisionCode> parentCode();

  /** Refuses a value that breaks its form, naming the field and the rule. */
  @Value.Check
  protected void check() {
    if (!code().isStatistical()) {
      throw InvalidRecordException.of("Division", "code", code(), "must be 12 digits");
    }
    Require.nonBlank("Division", "name", name());
    parentCode().filter(code()::equals).ifPresent(p -> {
      throw InvalidRecordException.of("Division", "parentCode", p, "must not be the division itself");
    });
  }

  /** @return a builder */
  public static ImmutableDivision.Builder builder() {
    return ImmutableDivision.builder();
  }
}

package dev.responsibility.core.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One of a business's own checks (R18–R20): a daily control, a weekly inspection or a monthly
 * scheduling meeting, on a day, with what it found. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class SelfCheck {

  /** @return the business, known or not */
  public abstract BusinessId business();

  /** @return the kind of check */
  public abstract SelfCheckKind kind();

  /** @return the day of the check */
  public abstract LocalDate date();

  /** @return what was found; empty for a zero-risk report */
  public abstract Optional<String> findings();

  /** @return a builder */
  public static ImmutableSelfCheck.Builder builder() {
    return ImmutableSelfCheck.builder();
  }
}

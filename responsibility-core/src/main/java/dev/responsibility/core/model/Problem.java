package dev.responsibility.core.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A problem found in supervision (督导问题, R2), with the days it was referred to the regulator,
 * rectified by the business and closed out (销号). The days present are in that order.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Problem {

  /** @return the id */
  public abstract ProblemId id();

  /** @return the supervision that found it, when recorded */
  public abstract Optional<SupervisionId> supervision();

  /** @return the business, known or not */
  public abstract BusinessId business();

  /** @return the day it was found */
  public abstract LocalDate foundOn();

  /** @return the day it was referred to the regulator */
  public abstract Optional<LocalDate> referredOn();

  /** @return the day the business rectified it */
  public abstract Optional<LocalDate> rectifiedOn();

  /** @return the day it was closed out (销号) */
  public abstract Optional<LocalDate> closedOn();

  /**
   * @param day a day, not null
   * @return whether the problem is closed out on or before {@code day}
   */
  public boolean isClosedBy(LocalDate day) {
    return closedOn().map(c -> !c.isAfter(day)).orElse(false);
  }

  /** Refuses a value that breaks its form, naming the field and the rule. */
  @Value.Check
  protected void check() {
    // found ≤ referred ≤ rectified ≤ closed, comparing each present day with the latest before it.
    LocalDate last = foundOn();
    String lastField = "foundOn";
    String[] fields = {"referredOn", "rectifiedOn", "closedOn"};
    Optional<?>[] days = {referredOn(), rectifiedOn(), closedOn()};
    for (int i = 0; i < fields.length; i++) {
      if (days[i].isPresent()) {
        LocalDate day = (LocalDate) days[i].get();
        if (day.isBefore(last)) {
          throw InvalidRecordException.of(
              "Problem", fields[i], day, "must be on or after " + lastField + " " + last);
        }
        last = day;
        lastField = fields[i];
      }
    }
  }

  /** @return a builder */
  public static ImmutableProblem.Builder builder() {
    return ImmutableProblem.builder();
  }
}

package dev.responsibility.core.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A guarantee relation (包保关系): one cadre answers for one business from a day on. Either id may
 * name a record the data set does not have; the checks report it. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class GuaranteeRelation {

  /** @return the id */
  public abstract RelationId id();

  /** @return the cadre, known or not */
  public abstract CadreId cadre();

  /** @return the business, known or not */
  public abstract BusinessId business();

  /** @return the first day of the relation */
  public abstract LocalDate validFrom();

  /** @return the last day of the relation, empty while open-ended */
  public abstract Optional<LocalDate> validTo();

  /**
   * @param day a day, not null
   * @return whether the relation binds its cadre on {@code day} (both ends inclusive)
   */
  public boolean isActiveOn(LocalDate day) {
    return !day.isBefore(validFrom()) && validTo().map(to -> !day.isAfter(to)).orElse(true);
  }

  /** Refuses a value that breaks its form, naming the field and the rule. */
  @Value.Check
  protected void check() {
    Require.notBefore("GuaranteeRelation", "validTo", validTo(), "validFrom", validFrom());
  }

  /** @return a builder */
  public static ImmutableGuaranteeRelation.Builder builder() {
    return ImmutableGuaranteeRelation.builder();
  }
}

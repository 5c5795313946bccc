package dev.responsibility.core.rules;

/**
 * Starts violations with the code, severity and day filled in: what an evaluator (in memory or
 * SQL) gives the shared wording of a check.
 */
@FunctionalInterface
public interface ViolationFactory {

  /**
   * @param code a check code, not null
   * @return a builder with the code, its severity and the day set
   */
  ImmutableViolation.Builder violation(CheckCode code);
}

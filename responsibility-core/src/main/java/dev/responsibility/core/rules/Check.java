package dev.responsibility.core.rules;

import java.util.function.Consumer;

/**
 * One check of FORMAT.md: a rule over a whole data set as of a day that reports each breach as
 * a {@link Violation}. Implementations are stateless and thread-safe, and report in a
 * deterministic order (by the ids of the records they are counted per).
 */
public interface Check {

  /** @return the code the check reports under */
  CheckCode code();

  /**
   * Reports every violation of this check as of the context's day.
   *
   * @param context the data set, day, policy and plans, not null
   * @param out receives each violation, not null
   */
  void evaluate(CheckContext context, Consumer<Violation> out);
}

package dev.responsibility.core.chain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated step of a problem's hand-off and the party responsible for it. Immutable and
 * thread-safe.
 *
 * @param stage the stage reached, not null
 * @param on the day it was reached, not null
 * @param party the party that took the step, not null
 * @param responsible who: the cadre id, the regulator's township code or the business id; not blank
 */
public record HandOffStep(ProblemStage stage, LocalDate on, PartyKind party, String responsible) {

  /**
   * @param stage as in the record description
   * @param on as in the record description
   * @param party as in the record description
   * @param responsible as in the record description
   * @throws IllegalArgumentException if {@code responsible} is blank
   */
  public HandOffStep {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(party, "party");
    if (responsible == null || responsible.isBlank()) {
      throw new IllegalArgumentException("a hand-off step needs a responsible party");
    }
  }
}

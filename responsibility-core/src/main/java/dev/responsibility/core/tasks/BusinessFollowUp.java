package dev.responsibility.core.tasks;

import dev.responsibility.core.model.Business;
import dev.responsibility.core.model.CadreId;
import dev.responsibility.core.model.Problem;
import dev.responsibility.core.model.Supervision;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * "一跟进" for a business on a day: who its cadre is, every visit entered (when, how, what was
 * found), and its problems still open. Immutable and thread-safe.
 *
 * @param business the business, not null
 * @param asOf the day, not null
 * @param guarantors the cadres of its active relations (known or not), by relation id, not null
 * @param visits its supervisions entered on or before the day, by visit date then id, not null
 * @param openProblems its problems found on or before the day and not closed by it, by id, not null
 */
public record BusinessFollowUp(Business business, LocalDate asOf, List<CadreId> guarantors, List<Supervision> visits,
    List<Problem> openProblems) {

  /**
   * @param business as in the record description
   * @param asOf as in the record description
   * @param guarantors as in the record description
   * @param visits as in the record description
   * @param openProblems as in the record description
   */
  public BusinessFollowUp {
    Objects.requireNonNull(business, "business");
    Objects.requireNonNull(asOf, "asOf");
    guarantors = List.copyOf(guarantors);
    visits = List.copyOf(visits);
    openProblems = List.copyOf(openProblems);
  }
}

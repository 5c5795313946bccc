package dev.responsibility.core.tasks;

import dev.responsibility.core.model.Business;
import dev.responsibility.core.model.Cadre;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * "双四知" for a cadre on a day: the businesses the cadre guarantees, the duties owed each of them,
 * and the quarter's tasks not yet done. Immutable and thread-safe.
 *
 * @param cadre the cadre, not null
 * @param asOf the day, not null
 * @param businesses the known businesses of the cadre's active relations, by id, not null
 * @param duties the four duties of the task list, not null
 * @param openTasks the quarter's tasks of the cadre that are not DONE, by relation id, not null
 */
public record CadreDuties(Cadre cadre, LocalDate asOf, List<Business> businesses, List<GuarantorDuty> duties,
    List<SupervisionTask> openTasks) {

  /**
   * @param cadre as in the record description
   * @param asOf as in the record description
   * @param businesses as in the record description
   * @param duties as in the record description
   * @param openTasks as in the record description
   */
  public CadreDuties {
    Objects.requireNonNull(cadre, "cadre");
    Objects.requireNonNull(asOf, "asOf");
    businesses = List.copyOf(businesses);
    duties = List.copyOf(duties);
    openTasks = List.copyOf(openTasks);
  }
}

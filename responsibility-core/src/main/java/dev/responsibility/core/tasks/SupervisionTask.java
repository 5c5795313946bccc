package dev.responsibility.core.tasks;

import dev.responsibility.core.calendar.EntryWindow;
import dev.responsibility.core.model.BusinessId;
import dev.responsibility.core.model.CadreId;
import dev.responsibility.core.model.RelationId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One relation's supervision task of a quarter (R12–R14), as of a day. Immutable and thread-safe.
 *
 * @param relation the relation that owes it, not null
 * @param cadre the cadre, not null
 * @param business the business, not null
 * @param window the quarter's window and entry deadline, not null
 * @param lastSafeDay the last working day on or before the entry deadline, not null
 * @param required how many qualifying supervisions the business's grade needs (policy)
 * @param done how many qualifying supervisions are entered, at most {@code required}
 * @param state the state as of the day, not null
 */
public record SupervisionTask(RelationId relation, CadreId cadre, BusinessId business, EntryWindow window,
    LocalDate lastSafeDay, int required, int done, TaskState state) {

  /**
   * @param relation as in the record description
   * @param cadre as in the record description
   * @param business as in the record description
   * @param window as in the record description
   * @param lastSafeDay as in the record description
   * @param required as in the record description
   * @param done as in the record description
   * @param state as in the record description
   */
  public SupervisionTask {
    Objects.requireNonNull(relation, "relation");
    Objects.requireNonNull(cadre, "cadre");
    Objects.requireNonNull(business, "business");
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(lastSafeDay, "lastSafeDay");
    Objects.requireNonNull(state, "state");
  }
}

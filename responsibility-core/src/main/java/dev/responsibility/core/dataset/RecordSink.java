package dev.responsibility.core.dataset;

import dev.responsibility.core.model.Business;
import dev.responsibility.core.model.Cadre;
import dev.responsibility.core.model.CadreDocument;
import dev.responsibility.core.model.Division;
import dev.responsibility.core.model.GuaranteeRelation;
import dev.responsibility.core.model.Problem;
import dev.responsibility.core.model.SelfCheck;
import dev.responsibility.core.model.StaffAppointment;
import dev.responsibility.core.model.StatusChange;
import dev.responsibility.core.model.Supervision;

/**
 * Something that takes the records of a data set one at a time: {@link DataSet.Builder}, a file
 * writer, a database import. Records may arrive in any order and kinds may interleave. Not
 * thread-safe unless an implementation says so.
 */
public interface RecordSink {

  /** @param division a division, not null */
  void division(Division division);

  /** @param business a business, not null */
  void business(Business business);

  /** @param change a status change, not null */
  void statusChange(StatusChange change);

  /** @param cadre a cadre, not null */
  void cadre(Cadre cadre);

  /** @param relation a guarantee relation, not null */
  void relation(GuaranteeRelation relation);

  /** @param document a cadre's document, not null */
  void document(CadreDocument document);

  /** @param supervision a supervision record, not null */
  void supervision(Supervision supervision);

  /** @param problem a problem, not null */
  void problem(Problem problem);

  /** @param staff a staff appointment, not null */
  void staff(StaffAppointment staff);

  /** @param check a self-check, not null */
  void selfCheck(SelfCheck check);
}

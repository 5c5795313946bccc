package dev.responsibility.adapters.files;

import dev.responsibility.core.dataset.RecordSink;
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
import java.util.function.Consumer;

/** A sink that gives every record, whatever its kind, to one action: a file's records are all of one kind. */
final class EachRecord implements RecordSink {

  private final Consumer<Object> action;

  EachRecord(Consumer<Object> action) {
    this.action = action;
  }

  @Override
  public void division(Division division) {
    action.accept(division);
  }

  @Override
  public void business(Business business) {
    action.accept(business);
  }

  @Override
  public void statusChange(StatusChange change) {
    action.accept(change);
  }

  @Override
  public void cadre(Cadre cadre) {
    action.accept(cadre);
  }

  @Override
  public void relation(GuaranteeRelation relation) {
    action.accept(relation);
  }

  @Override
  public void document(CadreDocument document) {
    action.accept(document);
  }

  @Override
  public void supervision(Supervision supervision) {
    action.accept(supervision);
  }

  @Override
  public void problem(Problem problem) {
    action.accept(problem);
  }

  @Override
  public void staff(StaffAppointment staff) {
    action.accept(staff);
  }

  @Override
  public void selfCheck(SelfCheck check) {
    action.accept(check);
  }
}

package dev.responsibility.examples.cli;

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
import java.util.function.LongConsumer;

/** Passes records on and tells how many businesses went by: the unit a generator's size is given in. */
final class CountingSink implements RecordSink {

  private final RecordSink next;
  private final LongConsumer businesses;
  private long count;

  CountingSink(RecordSink next, LongConsumer businesses) {
    this.next = next;
    this.businesses = businesses;
  }

  @Override
  public void division(Division d) {
    next.division(d);
  }

  @Override
  public void business(Business b) {
    next.business(b);
    businesses.accept(++count);
  }

  @Override
  public void statusChange(StatusChange s) {
    next.statusChange(s);
  }

  @Override
  public void cadre(Cadre c) {
    next.cadre(c);
  }

  @Override
  public void relation(GuaranteeRelation r) {
    next.relation(r);
  }

  @Override
  public void document(CadreDocument d) {
    next.document(d);
  }

  @Override
  public void supervision(Supervision s) {
    next.supervision(s);
  }

  @Override
  public void problem(Problem p) {
    next.problem(p);
  }

  @Override
  public void staff(StaffAppointment s) {
    next.staff(s);
  }

  @Override
  public void selfCheck(SelfCheck c) {
    next.selfCheck(c);
  }
}

package dev.responsibility.testkit;

import dev.responsibility.core.dataset.DataSet;
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
import java.util.ArrayList;
import java.util.List;

/** A sink that keeps every record in arrival order, whatever its kind, to compare or replay. */
final class Records implements RecordSink {

  final List<Object> all = new ArrayList<>();

  static Records of(DataSet dataSet) {
    Records records = new Records();
    dataSet.forEach(records);
    return records;
  }

  /** Adds every record, in the list's order, to a new builder. */
  static DataSet replay(List<Object> records) {
    DataSet.Builder b = DataSet.builder();
    for (Object r : records) {
      if (r instanceof Division d) {
        b.add(d);
      } else if (r instanceof Business x) {
        b.add(x);
      } else if (r instanceof StatusChange s) {
        b.add(s);
      } else if (r instanceof Cadre c) {
        b.add(c);
      } else if (r instanceof GuaranteeRelation g) {
        b.add(g);
      } else if (r instanceof CadreDocument d) {
        b.add(d);
      } else if (r instanceof Supervision s) {
        b.add(s);
      } else if (r instanceof Problem p) {
        b.add(p);
      } else if (r instanceof StaffAppointment s) {
        b.add(s);
      } else if (r instanceof SelfCheck c) {
        b.add(c);
      } else {
        throw new IllegalArgumentException("not a record: " + r);
      }
    }
    return b.build();
  }

  @Override
  public void division(Division division) {
    all.add(division);
  }

  @Override
  public void business(Business business) {
    all.add(business);
  }

  @Override
  public void statusChange(StatusChange change) {
    all.add(change);
  }

  @Override
  public void cadre(Cadre cadre) {
    all.add(cadre);
  }

  @Override
  public void relation(GuaranteeRelation relation) {
    all.add(relation);
  }

  @Override
  public void document(CadreDocument document) {
    all.add(document);
  }

  @Override
  public void supervision(Supervision supervision) {
    all.add(supervision);
  }

  @Override
  public void problem(Problem problem) {
    all.add(problem);
  }

  @Override
  public void staff(StaffAppointment staff) {
    all.add(staff);
  }

  @Override
  public void selfCheck(SelfCheck check) {
    all.add(check);
  }
}

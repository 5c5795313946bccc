package dev.responsibility.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responsibility.core.MessyTownships;
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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Builders filled apart and put together, and what a builder sends back. */
class BuilderProperties {

  /**
   * Records shuffled and dealt to two builders: each sends back exactly what it was given, kind
   * by kind in arrival order, and the two put together build the data set they came from,
   * leaving the one taken from empty; trimmed or given a capacity hint at any point, a builder
   * goes on as before.
   */
  @Property(tries = 200)
  void buildersFilledApartPutTogetherBuildTheSameDataSet(@ForAll long seed) {
    Random rnd = new Random(seed);
    DataSet.Builder messy = DataSet.builder();
    MessyTownships.generate(rnd, seed).dataSet().forEach(messy);
    for (int i = rnd.nextInt(4); i > 0; i--) { // entry times off the whole second, in another offset
      Supervision s = MessyTownships.supervision(rnd, "n" + i, 12, 5);
      messy.add(Supervision.builder().from(s).enteredAt(OffsetDateTime.of(s.visitDate().atTime(10, 0, 1,
          1 + rnd.nextInt(999_999_999)), ZoneOffset.ofHoursMinutes(-3, -30))).build());
    }
    DataSet original = messy.build();
    List<Object> records = sent(original);
    Collections.shuffle(records, rnd);
    DataSet.Builder one = DataSet.builder();
    DataSet.Builder two = DataSet.builder();
    List<Object> toOne = new ArrayList<>();
    List<Object> toTwo = new ArrayList<>();
    for (Object r : records) {
      boolean first = rnd.nextBoolean();
      (first ? toOne : toTwo).add(r);
      Collector.send(first ? one : two, r);
      int step = rnd.nextInt(10);
      if (step == 0) {
        (first ? one : two).trimToSize(); // records may still come after
      } else if (step == 1) {
        // A hint, above or below what the builder will hold, by the record's own class.
        (first ? one : two).ensureCapacity(r.getClass(), rnd.nextInt(2 * records.size() + 1));
      }
    }

    assertThat(sent(one)).isEqualTo(byKind(toOne));
    assertThat(sent(two)).isEqualTo(byKind(toTwo));
    DataSet together = one.takeAll(two.trimToSize()).trimToSize().build();
    assertThat(sent(together)).isEqualTo(sent(original));
    assertThat(sent(two)).isEmpty();

    // The builders, and the data set built, share nothing that later additions could change.
    List<Object> built = sent(together);
    Supervision late = MessyTownships.supervision(rnd, "zz", 12, 5);
    Supervision other = MessyTownships.supervision(rnd, "zy", 12, 5);
    one.add(late);
    two.add(other);
    assertThat(sent(together)).isEqualTo(built);
    assertThat(one.build().supervisions()).contains(late).doesNotContain(other)
        .hasSize(together.supervisions().size() + 1);
    assertThat(two.build().supervisions()).containsExactly(other);
  }

  /** @return every record of a data set as it sends them: kind by kind in FORMAT.md's order, each in id order */
  static List<Object> sent(DataSet dataSet) {
    Collector c = new Collector();
    dataSet.forEach(c);
    return c.records;
  }

  private static List<Object> sent(DataSet.Builder builder) {
    Collector c = new Collector();
    builder.forEach(c);
    return c.records;
  }

  /** @return the records in FORMAT.md's kind order, each kind in the order given */
  private static List<Object> byKind(List<Object> records) {
    List<Object> out = new ArrayList<>();
    for (Class<?> kind : List.of(Division.class, Business.class, StatusChange.class, Cadre.class,
        GuaranteeRelation.class, CadreDocument.class, Supervision.class, Problem.class, StaffAppointment.class,
        SelfCheck.class)) {
      records.stream().filter(kind::isInstance).forEach(out::add);
    }
    return out;
  }

  /** Keeps every record sent, in order. */
  private static final class Collector implements RecordSink {
    final List<Object> records = new ArrayList<>();

    static void send(DataSet.Builder b, Object r) {
      if (r instanceof Division d) {
        b.add(d);
      } else if (r instanceof Business x) {
        b.add(x);
      } else if (r instanceof StatusChange x) {
        b.add(x);
      } else if (r instanceof Cadre x) {
        b.add(x);
      } else if (r instanceof GuaranteeRelation x) {
        b.add(x);
      } else if (r instanceof CadreDocument x) {
        b.add(x);
      } else if (r instanceof Supervision x) {
        b.add(x);
      } else if (r instanceof Problem x) {
        b.add(x);
      } else if (r instanceof StaffAppointment x) {
        b.add(x);
      } else {
        b.add((SelfCheck) r);
      }
    }

    @Override
    public void division(Division division) {
      records.add(division);
    }

    @Override
    public void business(Business business) {
      records.add(business);
    }

    @Override
    public void statusChange(StatusChange change) {
      records.add(change);
    }

    @Override
    public void cadre(Cadre cadre) {
      records.add(cadre);
    }

    @Override
    public void relation(GuaranteeRelation relation) {
      records.add(relation);
    }

    @Override
    public void document(CadreDocument document) {
      records.add(document);
    }

    @Override
    public void supervision(Supervision supervision) {
      records.add(supervision);
    }

    @Override
    public void problem(Problem problem) {
      records.add(problem);
    }

    @Override
    public void staff(StaffAppointment staff) {
      records.add(staff);
    }

    @Override
    public void selfCheck(SelfCheck check) {
      records.add(check);
    }
  }
}

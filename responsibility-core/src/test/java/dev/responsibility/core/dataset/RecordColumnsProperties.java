package dev.responsibility.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responsibility.core.MessyTownships;
import dev.responsibility.core.model.BusinessId;
import dev.responsibility.core.model.GuaranteeRelation;
import dev.responsibility.core.model.StaffAppointment;
import dev.responsibility.core.model.StaffId;
import dev.responsibility.core.model.StaffRole;
import dev.responsibility.core.model.Supervision;
import dev.responsibility.core.model.SupervisionId;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The records a data set keeps as columns read back equal to those it was given. */
class RecordColumnsProperties {

  /**
   * Kept as columns, the supervisions read back equal to those added, in id order: unknown
   * cadres and businesses, any offset, fractions of a second, ids outside ASCII, no problem count.
   */
  @Property(tries = 200)
  void theSupervisionsReadBackAsTheyWereAdded(@ForAll long seed, @ForAll @IntRange(max = 60) int count) {
    Random rnd = new Random(seed);
    List<Supervision> added = new ArrayList<>();
    DataSet.Builder builder = DataSet.builder();
    for (int i = 0; i < count; i++) {
      Supervision s = MessyTownships.supervision(rnd, (rnd.nextBoolean() ? "督导" : "v") + i, 5, 4);
      if (rnd.nextInt(4) == 0) {
        s = Supervision.builder().from(s)
            .enteredAt(OffsetDateTime.of(s.visitDate().atTime(9, 30, 15, rnd.nextInt(1_000_000_000)),
                ZoneOffset.ofHoursMinutes(5, 45)))
            .problemsFound(rnd.nextBoolean() ? OptionalInt.empty() : OptionalInt.of(rnd.nextInt(9)))
            .id(SupervisionId.of("x" + i)).build();
      }
      added.add(s);
      builder.add(s);
    }

    DataSet dataSet = builder.build();

    added.sort(Comparator.comparing(Supervision::id));
    assertThat(dataSet.supervisions()).isEqualTo(added).hasSameHashCodeAs(added);
    for (int i = 0; i < added.size(); i++) {
      assertThat(dataSet.supervisions().get(i)).isEqualTo(added.get(i));
      assertThat(dataSet.hasSupervision(added.get(i).id())).isTrue();
    }
    assertThat(dataSet.hasSupervision(SupervisionId.of("w" + count))).isFalse();
  }

  /** Relations, kept as columns the same way, read back as added: ended or not, naming unknown records or not. */
  @Property(tries = 200)
  void theRelationsReadBackAsTheyWereAdded(@ForAll long seed, @ForAll @IntRange(max = 60) int count) {
    Random rnd = new Random(seed);
    List<GuaranteeRelation> added = new ArrayList<>();
    DataSet.Builder builder = DataSet.builder();
    for (int i = 0; i < count; i++) {
      GuaranteeRelation r = MessyTownships.relation(rnd, (rnd.nextBoolean() ? "关系" : "r") + i, 5, 4);
      added.add(r);
      builder.add(r);
    }

    DataSet dataSet = builder.build();

    added.sort(Comparator.comparing(GuaranteeRelation::id));
    assertThat(dataSet.relations()).isEqualTo(added).hasSameHashCodeAs(added);
    assertThat(added).allMatch(r -> dataSet.hasRelation(r.id()));
    assertThat(dataSet.hasRelation(dev.responsibility.core.model.RelationId.of("关系" + count))).isFalse();
  }

  /** Kept as columns, appointments read back equal to those added, in id order, ended or not. */
  @Property(tries = 200)
  void theAppointmentsReadBackAsTheyWereAdded(@ForAll long seed, @ForAll @IntRange(max = 60) int count) {
    Random rnd = new Random(seed);
    List<StaffAppointment> added = new ArrayList<>();
    DataSet.Builder builder = DataSet.builder();
    String[] names = {"王芳", "李娜", "Zhang Wei", "欧阳娜娜"};
    for (int i = 0; i < count; i++) {
      LocalDate from = LocalDate.of(2020, 1, 1).plusDays(rnd.nextInt(2000));
      StaffAppointment s = StaffAppointment.builder().id(StaffId.of((rnd.nextBoolean() ? "员" : "s") + i))
          .business(BusinessId.of("b" + rnd.nextInt(5)))
          .role(StaffRole.values()[rnd.nextInt(StaffRole.values().length)])
          .personName(names[rnd.nextInt(names.length)]).appointedOn(from)
          .endedOn(rnd.nextBoolean() ? Optional.empty() : Optional.of(from.plusDays(rnd.nextInt(400)))).build();
      added.add(s);
      builder.add(s);
    }

    DataSet dataSet = builder.build();

    added.sort(Comparator.comparing(StaffAppointment::id));
    assertThat(dataSet.staff()).isEqualTo(added).hasSameHashCodeAs(added);
    for (int i = 0; i < added.size(); i++) {
      assertThat(dataSet.staff().get(i)).isEqualTo(added.get(i));
    }
  }
}

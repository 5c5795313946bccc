package dev.responsibility.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responsibility.core.model.BusinessId;
import dev.responsibility.core.model.StaffAppointment;
import dev.responsibility.core.model.StaffId;
import dev.responsibility.core.model.StaffRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class StaffColumnsProperties {

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
          .business(BusinessId.of("b" + rnd.nextInt(5))).role(StaffRole.values()[rnd.nextInt(StaffRole.values().length)])
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

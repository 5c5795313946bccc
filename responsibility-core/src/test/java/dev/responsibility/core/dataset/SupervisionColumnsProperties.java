package dev.responsibility.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responsibility.core.MessyTownships;
import dev.responsibility.core.model.Supervision;
import dev.responsibility.core.model.SupervisionId;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class SupervisionColumnsProperties {

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
    }
  }
}

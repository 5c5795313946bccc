package dev.responsibility.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responsibility.core.Responsibility;
import dev.responsibility.core.rules.CheckCode;
import dev.responsibility.core.rules.RecordRef;
import dev.responsibility.core.rules.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class InputOrderProperties {

  /** What a violation says, apart from its severity and day, which the order cannot touch either. */
  record Finding(CheckCode code, List<RecordRef> records, List<String> arguments, Optional<String> variant) {
    static Finding of(Violation v) {
      return new Finding(v.code(), v.records(), v.arguments(), v.variant());
    }
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return DataSetArbitraries.days();
  }

  @Property(tries = 60)
  void checksDoNotDependOnTheOrderRecordsArriveIn(@ForAll long seed, @ForAll @IntRange(min = 1, max = 120) int size,
      @ForAll("days") LocalDate day, @ForAll long shuffle) {
    // With faults, so that there are violations whose records and arguments the order could disturb.
    GeneratedDataSet g = DataSetGenerator.of(seed, size).asOf(day).faultRate(0.3).generate();
    List<Object> records = new ArrayList<>(Records.of(g.dataSet()).all);
    Collections.shuffle(records, new Random(shuffle));

    List<Finding> inOrder = findings(Responsibility.of(g.dataSet()).check(day).violations());
    List<Finding> shuffled = findings(Responsibility.of(Records.replay(records)).check(day).violations());

    assertThat(shuffled).isEqualTo(inOrder);
  }

  private static List<Finding> findings(List<Violation> violations) {
    return violations.stream().map(Finding::of).toList();
  }
}

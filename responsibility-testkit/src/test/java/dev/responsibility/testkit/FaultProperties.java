package dev.responsibility.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responsibility.core.rules.CheckCode;
import dev.responsibility.core.rules.CheckReport;
import dev.responsibility.core.rules.Violation;
import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.statistics.Statistics;

@Domain(Townships.class)
@Domain(DomainContext.Global.class)
class FaultProperties {

  @Property(tries = 400)
  void aFaultYieldsExactlyItsViolationsAndNothingElse(@ForAll GeneratedDataSet township, @ForAll Fault fault,
      @ForAll long seed) {
    Assume.that(fault.canInjectInto(township));

    GeneratedDataSet faulty = fault.injectInto(township, seed);
    CheckReport report = faulty.check();

    assertThat(report.violations()).as("%s", faulty).extracting(Violation::code).containsOnly(fault.code())
        .hasSize(fault.expectedViolations());
    assertThat(faulty.faults()).containsExactly(java.util.Map.entry(fault, 1));
    Statistics.collect(fault);
    Statistics.coverage(c -> {
      for (Fault f : Fault.values()) {
        c.check(f).count(n -> n > 0);
      }
    });
  }

  @Provide
  Arbitrary<GeneratedDataSet> faulty() {
    return DataSetArbitraries.faults().flatMap(DataSetArbitraries::withFault);
  }

  @Property
  void theArbitraryOfAFaultYieldsWhatItSays(@ForAll("faulty") GeneratedDataSet faulty) {
    assertThat(faulty.check().counts()).as("%s", faulty).isEqualTo(faulty.expectedViolations());
    assertThat(faulty.faults().values()).containsExactly(1);
  }

  @Property(tries = 30)
  void aFaultRateYieldsExactlyTheViolationsOfTheFaultsItMade(@ForAll long seed,
      @ForAll @IntRange(min = 20, max = 400) int businesses, @ForAll @DoubleRange(min = 0.05, max = 1) double rate,
      @ForAll("days") LocalDate day) {
    GeneratedDataSet g = DataSetGenerator.of(seed, businesses).asOf(day).faultRate(rate).generate();

    assertThat(g.check().counts()).as("%s with %s", g, g.faults()).isEqualTo(g.expectedViolations());
    Statistics.label("faults made").collect(g.faults().isEmpty() ? "none" : "some");
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return DataSetArbitraries.days();
  }

  @Property(tries = 50)
  void injectingLeavesTheInputAsItWas(@ForAll GeneratedDataSet township, @ForAll Fault fault, @ForAll long seed) {
    Assume.that(fault.canInjectInto(township));
    var before = Records.of(township.dataSet()).all;

    fault.injectInto(township, seed);

    assertThat(Records.of(township.dataSet()).all).isEqualTo(before);
    assertThat(township.check().isClean()).isTrue();
  }

  @Property(tries = 50)
  void everyFaultCanBeMadeInATownshipOfTwentyOrMore(@ForAll long seed, @ForAll @IntRange(min = 20, max = 60) int size,
      @ForAll("days") LocalDate day) {
    GeneratedDataSet township = DataSetGenerator.of(seed, size).asOf(day).generate();

    for (Fault fault : Fault.values()) {
      assertThat(fault.canInjectInto(township)).as("%s in %s", fault, township).isTrue();
    }
  }

  @Property(tries = 50)
  void theSameSeedInjectsTheSameFault(@ForAll GeneratedDataSet township, @ForAll Fault fault, @ForAll long seed) {
    Assume.that(fault.canInjectInto(township));

    assertThat(Records.of(fault.injectInto(township, seed).dataSet()).all)
        .isEqualTo(Records.of(fault.injectInto(township, seed).dataSet()).all);
  }

  @Property(tries = 50)
  void faultsOfDifferentKindsAddUp(@ForAll long seed, @ForAll @IntRange(min = 40, max = 60) int size,
      @ForAll("days") LocalDate day) {
    // Kinds that touch different records compose: each still yields exactly its own violations.
    GeneratedDataSet g = DataSetGenerator.of(seed, size).asOf(day).generate();
    for (Fault f : new Fault[] {Fault.DANGLING_RELATION, Fault.LATE_ENTRY, Fault.ENTERED_BEFORE_VISIT}) {
      g = f.injectInto(g, seed);
    }

    assertThat(g.check().counts()).as("%s", g).isEqualTo(g.expectedViolations());
    assertThat(g.expectedViolations().get(CheckCode.LATE_ENTRY)).isEqualTo(1);
  }
}

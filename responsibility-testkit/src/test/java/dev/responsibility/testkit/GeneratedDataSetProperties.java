package dev.responsibility.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responsibility.core.Responsibility;
import dev.responsibility.core.dataset.DataSet;
import dev.responsibility.core.dataset.RecordSink;
import dev.responsibility.core.model.Business;
import dev.responsibility.core.model.Cadre;
import dev.responsibility.core.model.CadreDocument;
import dev.responsibility.core.model.CreditCode;
import dev.responsibility.core.model.Division;
import dev.responsibility.core.model.GuaranteeRelation;
import dev.responsibility.core.model.Problem;
import dev.responsibility.core.model.SelfCheck;
import dev.responsibility.core.model.StaffAppointment;
import dev.responsibility.core.model.StatusChange;
import dev.responsibility.core.model.Supervision;
import dev.responsibility.core.rules.CheckReport;
import dev.responsibility.core.rules.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;

@Domain(Townships.class)
@Domain(DomainContext.Global.class)
class GeneratedDataSetProperties {

  @Property(tries = 60)
  void aConsistentDataSetHasNoViolation(@ForAll GeneratedDataSet township) {
    CheckReport report = Responsibility.of(township.dataSet()).check(township.asOf());
    assertThat(report.violations()).as("%s", township).isEmpty();
    township.dataSet().businesses().forEach(b -> Statistics.label("category").collect(b.category()));
    township.dataSet().businesses().forEach(b -> Statistics.label("grade").collect(b.grade()));
  }

  @Property(tries = 80)
  void injectingAFaultYieldsExactlyThatViolation(@ForAll Fault fault, @ForAll long seed) {
    GeneratedDataSet base = DataSetGenerator.of(seed, 20 + (int) Math.floorMod(seed, 40L))
        .asOf(java.time.LocalDate.of(2023, 1, 1).plusDays(Math.floorMod(seed, 1460L))).generate();
    GeneratedDataSet faulty = fault.injectInto(base);
    CheckReport report = Responsibility.of(faulty.dataSet()).check(faulty.asOf());
    assertThat(report.violations()).as("%s in %s", fault, base).extracting(Violation::code)
        .containsOnly(fault.code()).hasSize(fault.expectedViolations());
    Statistics.collect(fault);
  }

  @Property(tries = 40)
  void resultsDoNotDependOnInputOrder(@ForAll long seed) {
    GeneratedDataSet g = DataSetGenerator.of(seed, 30).faultRate(0.3).generate();
    List<Consumer<DataSet.Builder>> adds = new ArrayList<>();
    g.dataSet().forEach(new RecordSink() {
      public void division(Division d) { adds.add(b -> b.add(d)); }
      public void business(Business x) { adds.add(b -> b.add(x)); }
      public void statusChange(StatusChange s) { adds.add(b -> b.add(s)); }
      public void cadre(Cadre c) { adds.add(b -> b.add(c)); }
      public void relation(GuaranteeRelation r) { adds.add(b -> b.add(r)); }
      public void document(CadreDocument d) { adds.add(b -> b.add(d)); }
      public void supervision(Supervision s) { adds.add(b -> b.add(s)); }
      public void problem(Problem p) { adds.add(b -> b.add(p)); }
      public void staff(StaffAppointment s) { adds.add(b -> b.add(s)); }
      public void selfCheck(SelfCheck c) { adds.add(b -> b.add(c)); }
    });
    Collections.shuffle(adds, new Random(seed));
    DataSet.Builder shuffled = DataSet.builder();
    adds.forEach(a -> a.accept(shuffled));
    assertThat(Responsibility.of(shuffled.build()).check(g.asOf()).violations())
        .isEqualTo(Responsibility.of(g.dataSet()).check(g.asOf()).violations());
  }

  @Provide
  Arbitrary<String> validCodes() {
    return Arbitraries.strings().withChars(CreditCodeAlphabet.CHARS).ofLength(17)
        .map(first17 -> first17 + CreditCode.checkCharacter(first17));
  }

  @Property
  void everyValidCodeIsValidAndEverySingleCharacterChangeIsNot(@ForAll("validCodes") String code) {
    assertThat(CreditCode.of(code).isValid()).isTrue();
    for (int i = 0; i < code.length(); i++) {
      for (char c : CreditCodeAlphabet.CHARS.toCharArray()) {
        if (c != code.charAt(i)) {
          String changed = code.substring(0, i) + c + code.substring(i + 1);
          assertThat(CreditCode.of(changed).isValid()).as(changed).isFalse();
        }
      }
      for (char c : new char[] {'I', 'O', 'Z', 'S', 'V', 'a', ' ', '中'}) {
        assertThat(CreditCode.of(code.substring(0, i) + c + code.substring(i + 1)).isValid()).isFalse();
      }
    }
  }

  @Property(tries = 20)
  void generatedCreditCodesAreValidAndUnique(@ForAll long seed) {
    DataSet ds = DataSetGenerator.of(seed, 200).generate().dataSet();
    List<String> codes = ds.businesses().stream().map(b -> b.creditCode().value()).filter(c -> !c.isEmpty()).toList();
    assertThat(codes).allMatch(c -> CreditCode.of(c).isValid()).doesNotHaveDuplicates();
  }

  /** GB 32100's alphabet, as FORMAT.md gives it. */
  static final class CreditCodeAlphabet {
    static final String CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  }
}

package dev.responsibility.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responsibility.core.model.Business;
import dev.responsibility.core.model.Cadre;
import dev.responsibility.core.model.Category;
import dev.responsibility.core.model.Division;
import dev.responsibility.core.model.DivisionCode;
import dev.responsibility.core.model.Grade;
import dev.responsibility.core.model.StaffAppointment;
import dev.responsibility.core.model.StaffRole;
import dev.responsibility.core.model.Supervision;
import dev.responsibility.core.model.SupervisionMode;
import dev.responsibility.core.policy.DirectorMandate;
import dev.responsibility.core.rules.CheckReport;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.statistics.Statistics;

@Domain(Townships.class)
class ConsistentDataSetProperties {

  @Property
  void aConsistentDataSetHasNoViolationOnItsDay(@ForAll GeneratedDataSet township) {
    CheckReport report = township.check();

    assertThat(report.violations()).as("%s", township).isEmpty();
    assertThat(township.isConsistent()).isTrue();
    for (Business b : township.dataSet().businesses()) {
      Statistics.label("category").collect(b.category());
      Statistics.label("grade").collect(b.grade());
    }
    Statistics.label("quarter").collect(Quarters.of(township.asOf()));
    Statistics.label("year").collect(township.year());
    Statistics.label("category").coverage(c -> Arrays.stream(Category.values()).forEach(k -> c.check(k).count(n -> n > 0)));
    Statistics.label("grade").coverage(c -> Arrays.stream(Grade.values()).forEach(g -> c.check(g).count(n -> n > 0)));
    Statistics.label("quarter").coverage(c -> {
      for (int q = 1; q <= 4; q++) {
        c.check(q).count(n -> n > 0);
      }
    });
  }

  @Property
  void divisionsFormANationalTreeOfTwelveDigitCodes(@ForAll GeneratedDataSet township) {
    Map<DivisionCode, Division> byCode = township.dataSet().divisions().stream()
        .collect(Collectors.toMap(Division::code, Function.identity()));
    for (Division d : byCode.values()) {
      assertThat(d.code().isStatistical()).isTrue();
      // A child's code keeps its parent's significant digits: 2 province, 4 city, 6 county, 9 township.
      d.parentCode().map(byCode::get).ifPresentOrElse(parent -> {
        assertThat(parent.level().ordinal()).isEqualTo(d.level().ordinal() - 1);
        int kept = new int[] {0, 2, 4, 6, 9}[d.level().ordinal()];
        assertThat(d.code().value()).startsWith(parent.code().value().substring(0, kept));
      }, () -> assertThat(d.code().value()).endsWith("0000000000"));
    }
  }

  @Property
  void cadresServeDivisionsOfTheirLevel(@ForAll GeneratedDataSet township) {
    for (Cadre c : township.dataSet().cadres()) {
      Division served = township.dataSet().division(c.division()).orElseThrow();
      assertThat(served.level()).isEqualTo(c.level().divisionLevel());
      assertThat(c.id().value()).matches("C\\d{6}");
    }
  }

  @Property
  void recordsCarryZeroPaddedIdsAndWellFormedValues(@ForAll GeneratedDataSet township) {
    var ds = township.dataSet();
    assertThat(ds.businesses()).allSatisfy(b -> {
      assertThat(b.id().value()).matches("B\\d{7}");
      assertThat(b.hasValidCreditCode()).isTrue();
      assertThat(b.hasValidLicenseNumber()).isTrue();
      assertThat(b.name()).matches(".*\\p{IsHan}.*");
    });
    assertThat(ds.relations()).allSatisfy(r -> assertThat(r.id().value()).matches("R\\d{7}"));
    assertThat(ds.supervisions()).allSatisfy(s -> {
      assertThat(s.id().value()).matches("S\\d{9}");
      assertThat(s.entryDay()).isAfterOrEqualTo(s.visitDate()).isBeforeOrEqualTo(township.asOf());
    });
  }

  @Property
  void everyBusinessOfTheBaseIsStaffedAndHighRiskOnesAreVisitedOnSite(@ForAll GeneratedDataSet township) {
    var ds = township.dataSet();
    for (Business b : ds.businesses()) {
      if (!ds.isInBase(b.id(), township.asOf()) || b.category().isSmallOperator()) {
        continue;
      }
      var roles = ds.staffOf(b.id()).stream().filter(s -> s.isActiveOn(township.asOf()))
          .map(StaffAppointment::role).collect(Collectors.toSet());
      assertThat(roles).contains(StaffRole.PRINCIPAL, StaffRole.OFFICER);
      assertThat(roles.contains(StaffRole.DIRECTOR)).isEqualTo(DirectorMandate.defaults().isMandatory(b, township.asOf()));
      if (b.highRisk()) {
        assertThat(ds.supervisionsOf(b.id())).extracting(Supervision::mode)
            .doesNotContain(SupervisionMode.CENTRALISED, SupervisionMode.VIDEO);
      }
    }
  }
}

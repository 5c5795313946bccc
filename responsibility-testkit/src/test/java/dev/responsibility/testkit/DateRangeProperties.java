package dev.responsibility.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responsibility.core.model.BusinessId;
import dev.responsibility.core.model.Cadre;
import dev.responsibility.core.model.CadreDocument;
import dev.responsibility.core.model.CadreId;
import dev.responsibility.core.model.CadreLevel;
import dev.responsibility.core.model.DivisionCode;
import dev.responsibility.core.model.DocumentId;
import dev.responsibility.core.model.DocumentKind;
import dev.responsibility.core.model.GuaranteeRelation;
import dev.responsibility.core.model.RelationId;
import dev.responsibility.core.model.StaffAppointment;
import dev.responsibility.core.model.StaffId;
import dev.responsibility.core.model.StaffRole;
import dev.responsibility.core.rules.CheckCode;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;

/** FORMAT.md's day-level ranges: inclusive at both ends, an empty end open. */
@Domain(Townships.class)
@Domain(DomainContext.Global.class)
class DateRangeProperties {

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.integers().between(0, 365 * 12).map(LocalDate.of(2018, 1, 1)::plusDays)
        .edgeCases(c -> c.add(LocalDate.of(2020, 2, 29), LocalDate.of(2024, 2, 28), LocalDate.of(2024, 2, 29),
            LocalDate.of(2024, 12, 31)));
  }

  @Property
  void aRelationIsActiveFromItsFirstToItsLastDayAndNotBeyond(@ForAll("days") LocalDate from,
      @ForAll @IntRange(max = 2000) int length) {
    LocalDate to = from.plusDays(length);
    GuaranteeRelation r = GuaranteeRelation.builder().id(RelationId.of("R1")).cadre(CadreId.of("C1"))
        .business(BusinessId.of("B1")).validFrom(from).validTo(to).build();

    assertActiveExactlyBetween(r::isActiveOn, from, to);
  }

  @Property
  void aCadreIsActiveFromItsFirstToItsLastDayAndNotBeyond(@ForAll("days") LocalDate from,
      @ForAll @IntRange(max = 2000) int length) {
    LocalDate to = from.plusDays(length);
    Cadre c = Cadre.builder().id(CadreId.of("C1")).name("王伟").level(CadreLevel.TOWNSHIP)
        .division(DivisionCode.of("430102001000")).activeFrom(from).activeTo(to).build();

    assertActiveExactlyBetween(c::isActiveOn, from, to);
  }

  @Property
  void aStaffAppointmentIsActiveFromItsFirstToItsLastDayAndNotBeyond(@ForAll("days") LocalDate from,
      @ForAll @IntRange(max = 2000) int length) {
    LocalDate to = from.plusDays(length);
    StaffAppointment s = StaffAppointment.builder().id(StaffId.of("E1")).business(BusinessId.of("B1"))
        .role(StaffRole.OFFICER).personName("李娜").appointedOn(from).endedOn(to).build();

    assertActiveExactlyBetween(s::isActiveOn, from, to);
  }

  @Property
  void withoutAnEndARangeStaysOpen(@ForAll("days") LocalDate from, @ForAll @IntRange(max = 100_000) int later) {
    GuaranteeRelation r = GuaranteeRelation.builder().id(RelationId.of("R1")).cadre(CadreId.of("C1"))
        .business(BusinessId.of("B1")).validFrom(from).build();

    assertThat(r.isActiveOn(from.plusDays(later))).isTrue();
    assertThat(r.isActiveOn(from.minusDays(1))).isFalse();
  }

  @Example
  void aDocumentSignedOnTheLeapDayIsValidThroughThe27thOfFebruary() {
    CadreDocument d = document(LocalDate.of(2024, 2, 29));

    assertThat(d.validThrough()).isEqualTo(LocalDate.of(2025, 2, 27));
    assertThat(d.isValidOn(LocalDate.of(2025, 2, 27))).isTrue();
    assertThat(d.isValidOn(LocalDate.of(2025, 2, 28))).isFalse();
  }

  @Property
  void aDocumentIsValidForExactlyAYearLessADay(@ForAll("days") LocalDate signed) {
    CadreDocument d = document(signed);
    LocalDate through = signed.plusYears(1).minusDays(1);

    assertThat(d.validThrough()).isEqualTo(through);
    assertActiveExactlyBetween(d::isValidOn, signed, through);
  }

  @Property(tries = 60)
  void theChecksCountADocumentValidExactlyFromSigningThroughAYearLessADay(@ForAll GeneratedDataSet township,
      @ForAll @IntRange(min = -3, max = 370) int age) {
    // The cadre of a business in the base has every document of one kind replaced by one signed `age` days ago.
    var ds = township.dataSet();
    LocalDate day = township.asOf();
    var business = ds.businesses().stream().filter(b -> ds.isInBase(b.id(), day)).findFirst();
    Assume.that(business.isPresent());
    CadreId cadre = ds.relationsOf(business.get().id()).stream().filter(r -> r.isActiveOn(day)).findFirst()
        .orElseThrow().cadre();
    LocalDate signed = day.minusDays(age);
    var records = Records.of(ds).all;
    records.removeIf(r -> r instanceof CadreDocument d && d.cadre().equals(cadre) && d.kind() == DocumentKind.TASK_LIST);
    records.add(CadreDocument.builder().from(document(signed)).cadre(cadre).build());

    int missing = dev.responsibility.core.Responsibility.of(Records.replay(records)).check(day)
        .count(CheckCode.MISSING_DOCUMENT);

    boolean valid = !day.isBefore(signed) && !day.isAfter(signed.plusYears(1).minusDays(1));
    assertThat(missing).as("signed %s, checked %s", signed, day).isEqualTo(valid ? 0 : 1);
  }

  private static CadreDocument document(LocalDate signed) {
    return CadreDocument.builder().id(DocumentId.of("D-law")).cadre(CadreId.of("C1")).kind(DocumentKind.TASK_LIST)
        .signedOn(signed).scanSha256(Optional.empty()).build();
  }

  private static void assertActiveExactlyBetween(Predicate<LocalDate> active, LocalDate from, LocalDate to) {
    assertThat(active.test(from.minusDays(1))).as("the day before %s", from).isFalse();
    assertThat(active.test(from)).as("the first day %s", from).isTrue();
    assertThat(active.test(to)).as("the last day %s", to).isTrue();
    assertThat(active.test(to.plusDays(1))).as("the day after %s", to).isFalse();
  }
}

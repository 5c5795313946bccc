package dev.responsibility.core.rules;

import static dev.responsibility.core.Township.DAY;
import static dev.responsibility.core.rules.CheckCode.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.responsibility.core.Responsibility;
import dev.responsibility.core.Township;
import dev.responsibility.core.model.Business;
import dev.responsibility.core.model.BusinessId;
import dev.responsibility.core.model.CadreId;
import dev.responsibility.core.model.Category;
import dev.responsibility.core.model.CreditCode;
import dev.responsibility.core.model.DivisionCode;
import dev.responsibility.core.model.DocumentKind;
import dev.responsibility.core.model.Grade;
import dev.responsibility.core.model.GuaranteeRelation;
import dev.responsibility.core.model.LicenseNumber;
import dev.responsibility.core.model.OperatingStatus;
import dev.responsibility.core.model.RelationId;
import dev.responsibility.core.model.StaffRole;
import dev.responsibility.core.model.SupervisionId;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each check of FORMAT.md at its boundaries, on a one-business township that is clean on DAY. */
class ChecksTest {

  private final Township t = new Township();

  @Test
  void theTownshipIsCleanOnItsDay() {
    assertThat(t.check(DAY).violations()).isEmpty();
  }

  @Nested
  class Uncovered {
    @Test
    void aBusinessIsCoveredOnTheLastDayOfItsRelationAndUncoveredTheDayAfter() {
      t.relation = t.relation.withValidTo(DAY);
      assertThat(t.codes(DAY)).isEmpty();
      assertThat(t.codes(DAY.plusDays(1))).containsExactly(UNCOVERED);
    }

    @Test
    void aRelationStartingTomorrowDoesNotCoverToday() {
      t.relation = t.relation.withValidFrom(DAY.plusDays(1));
      t.supervision = null;
      assertThat(t.codes(DAY)).containsExactly(UNCOVERED);
    }

    @Test
    void aBusinessWhoseOnlyRelationNamesAnUnknownCadreIsNotUncovered() {
      t.relation = t.relation.withCadre(CadreId.of("ghost"));
      t.supervision = null;
      assertThat(t.codes(DAY)).containsExactly(DANGLING_RELATION);
    }

    @Test
    void aBusinessOutOfTheBaseIsNeverUncovered() {
      t.relation = null;
      t.supervision = null;
      t.extra.add(Township.status("b1", OperatingStatus.SUSPENDED, DAY));
      assertThat(t.codes(DAY)).isEmpty();
      assertThat(t.codes(DAY.minusDays(1))).containsExactly(UNCOVERED);
    }
  }

  @Nested
  class Base {
    @Test
    void aBusinessIsInTheBaseOnTheDayItsLicenceExpiresAndNotTheDayAfter() {
      t.business = t.business.withLicenseExpires(DAY);
      assertThat(t.codes(DAY)).isEmpty();
      assertThat(t.codes(DAY.plusDays(1))).containsExactly(STALE_RELATION);
    }

    @Test
    void aBusinessIsOutOfTheBaseBeforeItsLicenceIsIssued() {
      t.business = t.business.withLicenseIssued(DAY.plusDays(1)).withLicenseExpires(DAY.plusYears(5));
      assertThat(t.codes(DAY)).containsExactly(STALE_RELATION);
    }

    @Test
    void theLatestStatusChangeOnOrBeforeTheDayDecides() {
      t.extra.add(Township.status("b1", OperatingStatus.SUSPENDED, DAY.minusDays(10)));
      t.extra.add(Township.status("b1", OperatingStatus.OPERATING, DAY));
      t.extra.add(Township.status("b1", OperatingStatus.CLOSED, DAY.plusDays(1)));
      assertThat(t.codes(DAY.minusDays(1))).containsExactly(STALE_RELATION);
      assertThat(t.codes(DAY)).isEmpty();
      assertThat(t.codes(DAY.plusDays(1))).containsExactly(STALE_RELATION);
    }
  }

  @Nested
  class Relations {
    @Test
    void twoActiveRelationsForOneBusinessAreOneViolationNamingBoth() {
      t.extra.add(t.relation.withId(RelationId.of("r2")));
      CheckReport report = t.check(DAY);
      assertThat(report.violations()).extracting(Violation::code).containsExactly(DOUBLE_RELATION);
      assertThat(report.violations().get(0).records()).extracting(RecordRef::id).containsExactly("b1", "r1", "r2");
    }

    @Test
    void anEndedSecondRelationIsNoDouble() {
      t.extra.add(t.relation.withId(RelationId.of("r2")).withValidTo(DAY.minusDays(1)));
      assertThat(t.codes(DAY)).isEmpty();
    }

    @Test
    void aRelationNamingUnknownRecordsDanglesEvenWhenInactive() {
      t.extra.add(GuaranteeRelation.builder().id(RelationId.of("r9")).cadre(CadreId.of("ghost"))
          .business(BusinessId.of("nobody")).validFrom(LocalDate.of(2020, 1, 1))
          .validTo(LocalDate.of(2020, 12, 31)).build());
      CheckReport report = t.check(DAY);
      assertThat(report.violations()).extracting(Violation::code).containsExactly(DANGLING_RELATION);
      assertThat(report.violations().get(0).variant()).contains("both");
    }

    @Test
    void aRelationHeldByACadreWhoLeftIsInactiveCadre() {
      t.cadre = t.cadre.withActiveTo(DAY.minusDays(1));
      assertThat(t.codes(DAY.minusDays(1))).isEmpty();
      // An inactive cadre is not asked for documents (MISSING_DOCUMENT is for active cadres).
      assertThat(t.codes(DAY)).containsExactly(INACTIVE_CADRE);
    }

    @Test
    void aCadreOfTheWrongLevelIsALevelMismatch() {
      t.business = t.business.withGrade(Grade.A);
      assertThat(t.codes(DAY)).containsExactly(LEVEL_MISMATCH);
    }

    @Test
    void anEmbedderMayRelaxLevelMismatchToAWarning() {
      t.business = t.business.withGrade(Grade.B);
      CheckReport report = Responsibility.of(t.dataSet())
          .withChecks(Checks.defaults().withSeverity(LEVEL_MISMATCH, Severity.WARNING))
          .check(DAY);
      assertThat(report.violations()).singleElement()
          .satisfies(v -> assertThat(v.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void aBusinessInAnotherTownshipIsOutOfJurisdiction() {
      t.business = t.business.withDivision(Township.OTHER_VILLAGE);
      assertThat(t.codes(DAY)).containsExactly(OUT_OF_JURISDICTION);
    }

    @Test
    void aBusinessInTheCadresOwnDivisionIsWithinJurisdiction() {
      t.business = t.business.withDivision(Township.TOWNSHIP);
      assertThat(t.codes(DAY)).isEmpty();
    }

    @Test
    void aDivisionMissingFromTheDataSetIsBelowNothing() {
      t.business = t.business.withDivision(DivisionCode.of("430102001999"));
      assertThat(t.codes(DAY)).containsExactly(OUT_OF_JURISDICTION);
    }

    @Test
    void aCountyCadreCoversEveryTownshipOfTheCounty() {
      t.cadre = t.cadre.withLevel(dev.responsibility.core.model.CadreLevel.COUNTY).withDivision(Township.COUNTY);
      t.business = t.business.withGrade(Grade.B).withDivision(Township.OTHER_VILLAGE);
      assertThat(t.codes(DAY)).isEmpty();
    }
  }

  @Nested
  class Documents {
    @Test
    void aDocumentIsValidForOneYearLessADay() {
      t.documents.put(DocumentKind.TASK_LIST, Township.document("d9", DocumentKind.TASK_LIST, DAY.minusYears(1)));
      assertThat(t.codes(DAY.minusDays(1))).isEmpty();
      assertThat(t.check(DAY).violations()).singleElement()
          .satisfies(v -> {
            assertThat(v.code()).isEqualTo(MISSING_DOCUMENT);
            assertThat(v.variant()).contains("TASK_LIST");
            assertThat(v.records()).extracting(RecordRef::id).containsExactly("c1");
          });
    }

    @Test
    void eachMissingKindIsItsOwnViolation() {
      t.documents.clear();
      assertThat(t.codes(DAY)).containsExactly(MISSING_DOCUMENT, MISSING_DOCUMENT, MISSING_DOCUMENT);
    }

    @Test
    void aCadreWithoutActiveRelationsNeedsNoDocuments() {
      t.documents.clear();
      t.relation = t.relation.withValidTo(DAY.minusDays(1));
      assertThat(t.codes(DAY)).containsExactly(UNCOVERED);
    }

    @Test
    void aDocumentSignedTomorrowIsNotValidToday() {
      t.documents.put(DocumentKind.COMMITMENT_LETTER, Township.document("d9", DocumentKind.COMMITMENT_LETTER, DAY.plusDays(1)));
      assertThat(t.codes(DAY)).containsExactly(MISSING_DOCUMENT);
    }
  }

  @Nested
  class Identity {
    @Test
    void aWrongCheckCharacterIsAnInvalidCreditCodeThatSaysWhichItShouldBe() {
      t.business = t.business.withCreditCode(CreditCode.of("91330100799655058C"));
      assertThat(t.codes(DAY)).containsExactly(INVALID_CREDIT_CODE);
      assertThat(t.check(DAY).violations().get(0).message(Locale.ENGLISH)).contains("should be B");
      t.business = t.business.withCreditCode(CreditCode.of("9133010079965505IB"));
      assertThat(t.check(DAY).violations().get(0).message(Locale.ENGLISH)).contains("'I' (17)");
      t.business = t.business.withCreditCode(CreditCode.of("913301007996"));
      assertThat(t.check(DAY).violations().get(0).message(Locale.CHINESE)).contains("为12位");
    }

    @Test
    void anEmptyCreditCodeIsInvalidExceptForSmallOperators() {
      t.business = t.business.withCreditCode(CreditCode.NONE);
      assertThat(t.codes(DAY)).containsExactly(INVALID_CREDIT_CODE);
      t.business = t.business.withCategory(Category.VENDOR).withLicenseNumber(LicenseNumber.of("摊贩登记001"));
      t.officer = null;
      assertThat(t.codes(DAY)).isEmpty();
    }

    @Test
    void twoBusinessesInTheBaseSharingACodeAreTwoViolations() {
      t.extra.add(t.business.withId(BusinessId.of("b2")));
      t.extra.add(t.relation.withId(RelationId.of("r2")).withBusiness(BusinessId.of("b2")));
      t.extra.add(Township.staff("s2", StaffRole.OFFICER, LocalDate.of(2020, 1, 1)).withBusiness(BusinessId.of("b2")));
      CheckReport report = t.check(DAY);
      assertThat(report.violations()).extracting(Violation::code).containsExactly(DUPLICATE_CREDIT_CODE, DUPLICATE_CREDIT_CODE);
      assertThat(report.violations().get(0).records()).extracting(RecordRef::id).containsExactly("b1", "b2");
    }

    @Test
    void aCodeSharedWithABusinessOutOfTheBaseIsNoDuplicate() {
      t.extra.add(t.business.withId(BusinessId.of("b2")));
      t.extra.add(Township.status("b2", OperatingStatus.CLOSED, LocalDate.of(2022, 1, 1)));
      assertThat(t.codes(DAY)).isEmpty();
    }

    @Test
    void licenceFormsFollowTheCategory() {
      t.business = t.business.withLicenseNumber(LicenseNumber.of("SC14301020000001"));
      assertThat(t.codes(DAY)).containsExactly(INVALID_LICENSE);
      t.business = t.business.withCategory(Category.FOOD_PRODUCER);
      assertThat(t.codes(DAY)).isEmpty();
      t.business = t.business.withLicenseNumber(LicenseNumber.of("SC1430102000000"));
      assertThat(t.codes(DAY)).containsExactly(INVALID_LICENSE);
    }
  }

  @Nested
  class Staffing {
    @Test
    void aLargeSellerNeedsADirector() {
      t.business = t.business.withSize(dev.responsibility.core.model.BusinessSize.LARGE);
      assertThat(t.codes(DAY)).containsExactly(DIRECTOR_MISSING);
      Violation v = t.check(DAY).violations().get(0);
      assertThat(v.message(Locale.ENGLISH)).contains("a LARGE FOOD_SELLER with 0 diners").contains("ORDER-60");
      assertThat(v.message(Locale.CHINESE)).contains("大型食品销售企业");
      t.extra.add(Township.staff("s2", StaffRole.DIRECTOR, DAY));
      assertThat(t.codes(DAY)).isEmpty();
      assertThat(t.codes(DAY.minusDays(1))).containsExactly(DIRECTOR_MISSING);
    }

    @Test
    void anElderlyCareCanteenOf300NeedsADirectorFromTheSwitchDayOn() {
      t.business = t.business.withCategory(Category.CANTEEN_ELDERLY_CARE).withDiners(300);
      LocalDate switchDay = LocalDate.of(2025, 4, 15);
      t.relation = t.relation.withValidFrom(LocalDate.of(2025, 1, 1));
      t.supervision = null;
      t.documents.replaceAll((k, d) -> d.withSignedOn(switchDay.minusDays(10)));
      assertThat(t.codes(switchDay.minusDays(1))).isEmpty();
      assertThat(t.codes(switchDay)).containsExactly(DIRECTOR_MISSING);
    }

    @Test
    void anOfficerWhoseAppointmentEndedIsMissing() {
      t.officer = t.officer.withEndedOn(DAY.minusDays(1));
      assertThat(t.codes(DAY)).containsExactly(OFFICER_MISSING);
      assertThat(t.codes(DAY.minusDays(1))).isEmpty();
    }

    @Test
    void aPrincipalIsNoOfficer() {
      t.officer = t.officer.withRole(StaffRole.PRINCIPAL);
      assertThat(t.codes(DAY)).containsExactly(OFFICER_MISSING);
    }
  }

  @Nested
  class Entries {
    private void visitAndEntry(LocalDate visit, OffsetDateTime entered) {
      t.supervision = t.supervision.withVisitDate(visit).withEnteredAt(entered);
    }

    @Test
    void aFirstQuarterEntryOn31MarchCountsAndOn1AprilItIsLate() {
      visitAndEntry(LocalDate.of(2023, 3, 20), OffsetDateTime.of(2023, 3, 31, 18, 0, 0, 0, ZoneOffset.ofHours(8)));
      assertThat(t.codes(DAY)).isEmpty();
      visitAndEntry(LocalDate.of(2023, 3, 20), OffsetDateTime.of(2023, 4, 1, 8, 0, 0, 0, ZoneOffset.ofHours(8)));
      assertThat(t.codes(DAY)).containsExactly(LATE_ENTRY);
    }

    @Test
    void anEntryAt235959UtcOnTheDeadlineIsTheNextDayInChinaAndLate() {
      visitAndEntry(LocalDate.of(2023, 3, 20), OffsetDateTime.of(2023, 3, 31, 23, 59, 59, 0, ZoneOffset.UTC));
      assertThat(t.codes(DAY)).containsExactly(LATE_ENTRY);
      visitAndEntry(LocalDate.of(2023, 3, 20), OffsetDateTime.of(2023, 3, 31, 15, 59, 59, 0, ZoneOffset.UTC));
      assertThat(t.codes(DAY)).isEmpty();
    }

    @Test
    void aYearWithoutAPlanUsesQuarterEnds() {
      t.relation = t.relation.withValidFrom(LocalDate.of(2024, 1, 1));
      t.documents.replaceAll((k, d) -> d.withSignedOn(LocalDate.of(2024, 3, 1)));
      visitAndEntry(LocalDate.of(2024, 3, 30), OffsetDateTime.of(2024, 3, 31, 9, 0, 0, 0, ZoneOffset.ofHours(8)));
      assertThat(t.codes(LocalDate.of(2024, 6, 1))).isEmpty();
      visitAndEntry(LocalDate.of(2024, 3, 30), OffsetDateTime.of(2024, 4, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8)));
      assertThat(t.codes(LocalDate.of(2024, 6, 1))).containsExactly(LATE_ENTRY);
    }

    @Test
    void anEntryBeforeItsVisitIsReported() {
      visitAndEntry(LocalDate.of(2023, 5, 10), OffsetDateTime.of(2023, 5, 9, 9, 0, 0, 0, ZoneOffset.ofHours(8)));
      assertThat(t.codes(DAY)).containsExactly(ENTERED_BEFORE_VISIT);
    }

    @Test
    void aVisitBeforeTheRelationStartedIsOutOfPeriod() {
      t.relation = t.relation.withValidFrom(LocalDate.of(2023, 5, 11));
      assertThat(t.codes(DAY)).containsExactly(OUT_OF_PERIOD);
      t.relation = t.relation.withValidFrom(LocalDate.of(2023, 5, 10));
      assertThat(t.codes(DAY)).isEmpty();
    }

    @Test
    void aVisitOnAnotherCadresRelationIsOutOfPeriod() {
      t.supervision = t.supervision.withCadre(CadreId.of("c2"));
      assertThat(t.codes(DAY)).containsExactly(OUT_OF_PERIOD);
    }

    @Test
    void entriesAfterTheDayAreNotSeen() {
      visitAndEntry(LocalDate.of(2023, 3, 20), OffsetDateTime.of(2023, 4, 1, 8, 0, 0, 0, ZoneOffset.ofHours(8)));
      assertThat(t.codes(LocalDate.of(2023, 3, 31))).isEmpty();
      assertThat(t.codes(LocalDate.of(2023, 4, 1))).containsExactly(LATE_ENTRY);
    }
  }

  @Nested
  class AsFormatWordsThem {
    @Test
    void anEntryBeforeItsVisitIsSeenOnlyFromItsEntryDay() {
      t.supervision = t.supervision.withVisitDate(LocalDate.of(2023, 6, 20))
          .withEnteredAt(OffsetDateTime.of(2023, 6, 18, 9, 0, 0, 0, ZoneOffset.ofHours(8)));
      assertThat(t.codes(LocalDate.of(2023, 6, 17))).isEmpty();
      assertThat(t.codes(LocalDate.of(2023, 6, 18))).containsExactly(ENTERED_BEFORE_VISIT);
    }

    @Test
    void aVisitOffItsRelationIsSeenOnlyFromItsEntryDay() {
      t.supervision = t.supervision.withCadre(CadreId.of("c2"))
          .withEnteredAt(OffsetDateTime.of(2023, 6, 20, 9, 0, 0, 0, ZoneOffset.ofHours(8)));
      assertThat(t.codes(LocalDate.of(2023, 6, 19))).isEmpty();
      assertThat(t.codes(LocalDate.of(2023, 6, 20))).containsExactly(OUT_OF_PERIOD);
    }

    @Test
    void aDoubleRelationIsCountedForABusinessOutOfTheBaseToo() {
      t.extra.add(Township.status("b1", OperatingStatus.SUSPENDED, LocalDate.of(2023, 6, 1)));
      t.extra.add(t.relation.withId(RelationId.of("r2")));
      assertThat(t.codes(DAY)).containsExactly(DOUBLE_RELATION, STALE_RELATION, STALE_RELATION);
    }

    @Test
    void anInactiveCadresRelationToAnUnknownBusinessOnlyDangles() {
      t.cadre = t.cadre.withActiveTo(LocalDate.of(2023, 6, 1));
      t.relation = t.relation.withBusiness(BusinessId.of("nobody"));
      t.supervision = null;
      t.officer = null;
      t.business = t.business.withCategory(Category.VENDOR).withLicenseNumber(LicenseNumber.of("摊贩-1"));
      t.extra.add(t.relation.withId(RelationId.of("r0")).withBusiness(BusinessId.of("b1")).withCadre(CadreId.of("c9")));
      assertThat(t.codes(DAY)).containsExactly(DANGLING_RELATION, DANGLING_RELATION);
    }

    @Test
    void aStaleRelationIsReportedWhateverItsCadre() {
      t.extra.add(Township.status("b1", OperatingStatus.SUSPENDED, LocalDate.of(2023, 6, 1)));
      t.relation = t.relation.withCadre(CadreId.of("ghost"));
      t.supervision = null;
      assertThat(t.codes(DAY)).containsExactly(DANGLING_RELATION, STALE_RELATION);
    }
  }

  @Nested
  class Reports {
    @Test
    void countsListEveryCodeInOrderWithZeros() {
      t.relation = null;
      t.supervision = null;
      CheckReport report = t.check(DAY);
      assertThat(report.counts().keySet()).containsExactly(CheckCode.values());
      assertThat(report.count(UNCOVERED)).isEqualTo(1);
      assertThat(report.count(DOUBLE_RELATION)).isZero();
    }

    @Test
    void violationsAreOrderedByCodeThenById() {
      t.extra.add(t.business.withId(BusinessId.of("a0")).withCreditCode(CreditCode.of("91110000600037341L")));
      t.extra.add(Township.staff("s0", StaffRole.OFFICER, LocalDate.of(2020, 1, 1)).withBusiness(BusinessId.of("a0")));
      t.extra.add(t.supervision.withId(SupervisionId.of("v0")).withBusiness(BusinessId.of("a0")));
      t.relation = t.relation.withValidTo(DAY.minusDays(1));
      CheckReport report = t.check(DAY);
      assertThat(report.violations()).extracting(v -> v.code() + ":" + v.subject().id())
          .containsExactly("UNCOVERED:a0", "UNCOVERED:b1", "OUT_OF_PERIOD:v0");
    }

    @Test
    void everyMessageIsFilledInInEnglishAndChinese() {
      t.business = t.business.withGrade(Grade.A).withCreditCode(CreditCode.of("X")).withDivision(Township.OTHER_VILLAGE)
          .withLicenseNumber(LicenseNumber.of("bad")).withSize(dev.responsibility.core.model.BusinessSize.LARGE);
      t.documents.clear();
      t.officer = null;
      t.extra.add(t.relation.withId(RelationId.of("r2")).withCadre(CadreId.of("ghost")));
      CheckReport report = t.check(DAY);
      assertThat(report.violations()).hasSizeGreaterThan(8);
      for (Violation v : report.violations()) {
        String en = v.message(Locale.ENGLISH);
        String zh = v.message(Locale.CHINA);
        assertThat(en).doesNotContain("{").contains(v.subject().id());
        assertThat(zh).doesNotContain("{").contains(v.subject().id()).isNotEqualTo(en);
        assertThat(zh.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)).isTrue();
      }
    }

    @Test
    void englishIsTheBaseWhateverTheDefaultLocale() {
      Locale saved = Locale.getDefault();
      try {
        Locale.setDefault(Locale.CHINA);
        t.relation = null;
        t.supervision = null;
        Violation v = t.check(DAY).violations().get(0);
        assertThat(v.message(Locale.ENGLISH)).startsWith("Business");
        assertThat(v.message(Locale.FRENCH)).startsWith("Business");
      } finally {
        Locale.setDefault(saved);
      }
    }

    @Test
    void theSameRecordsInAnotherOrderGiveTheSameReport() {
      t.extra.add(t.relation.withId(RelationId.of("r0")));
      t.extra.add(t.business.withId(BusinessId.of("b0")));
      List<Violation> forward = t.check(DAY).violations();
      var reversed = dev.responsibility.core.dataset.DataSet.builder();
      var records = new java.util.ArrayList<Object>();
      t.dataSet().forEach(new dev.responsibility.core.dataset.RecordSink() {
        public void division(dev.responsibility.core.model.Division d) { records.add(d); }
        public void business(Business b) { records.add(b); }
        public void statusChange(dev.responsibility.core.model.StatusChange s) { records.add(s); }
        public void cadre(dev.responsibility.core.model.Cadre c) { records.add(c); }
        public void relation(GuaranteeRelation r) { records.add(r); }
        public void document(dev.responsibility.core.model.CadreDocument d) { records.add(d); }
        public void supervision(dev.responsibility.core.model.Supervision s) { records.add(s); }
        public void problem(dev.responsibility.core.model.Problem p) { records.add(p); }
        public void staff(dev.responsibility.core.model.StaffAppointment s) { records.add(s); }
        public void selfCheck(dev.responsibility.core.model.SelfCheck c) { records.add(c); }
      });
      java.util.Collections.reverse(records);
      for (Object r : records) {
        if (r instanceof dev.responsibility.core.model.Division d) reversed.add(d);
        else if (r instanceof Business b) reversed.add(b);
        else if (r instanceof dev.responsibility.core.model.Cadre c) reversed.add(c);
        else if (r instanceof GuaranteeRelation g) reversed.add(g);
        else if (r instanceof dev.responsibility.core.model.CadreDocument d) reversed.add(d);
        else if (r instanceof dev.responsibility.core.model.Supervision s) reversed.add(s);
        else if (r instanceof dev.responsibility.core.model.StaffAppointment s) reversed.add(s);
      }
      assertThat(Responsibility.of(reversed.build()).check(DAY).violations()).isEqualTo(forward);
    }
  }
}

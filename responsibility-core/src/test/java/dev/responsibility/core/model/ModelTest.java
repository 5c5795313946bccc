package dev.responsibility.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ModelTest {

  @ParameterizedTest
  @ValueSource(strings = {"91330100799655058B", "91110000600037341L", "91350100M000100Y43", "91440300708461136T"})
  void acceptsPublishedCreditCodes(String code) {
    assertThat(CreditCode.of(code).isValid()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "911100001000013428", "91330100799655058b", "91330100799655058", "91330100799655058BB",
      "9133010079965505IB", "91330100799655O58B"})
  void rejectsMalformedCreditCodes(String code) {
    assertThat(CreditCode.of(code).isValid()).isFalse();
  }

  @Test
  void computesTheCheckCharacter() {
    assertThat(CreditCode.checkCharacter("91330100799655058")).isEqualTo('B');
    assertThatThrownBy(() -> CreditCode.checkCharacter("9133010079965505I"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'I' at 17");
  }

  @ParameterizedTest
  @CsvSource({
      "SC10643010200012, FOOD_PRODUCER, true",
      "SC10643010200012, SPECIAL_FOOD_PRODUCER, true",
      "JY14301020000001, FOOD_PRODUCER, false",
      "JY14301020000001, CANTEEN_SCHOOL, true",
      "JY1430102000000, CATERER, false",
      "JY1430102000000A, CATERER, false",
      "jy14301020000001, CATERER, false",
      "登记-001, SMALL_WORKSHOP, true",
      "'', VENDOR, false"})
  void licenceNumbersFollowTheirCategorysForm(String number, Category category, boolean valid) {
    assertThat(LicenseNumber.of(number).isValidFor(category)).isEqualTo(valid);
  }

  @Test
  void aCadresPhoneIsMaskedWhenPrinted() {
    Cadre cadre = Cadre.builder().id(CadreId.of("c1")).name("张伟").level(CadreLevel.VILLAGE)
        .division(DivisionCode.of("430102001001")).activeFrom(LocalDate.of(2023, 1, 1))
        .phone(PhoneNumber.of("13812345678")).build();
    assertThat(cadre.toString()).contains("138****5678").doesNotContain("13812345678");
    assertThat(cadre.phone()).hasValueSatisfying(p -> assertThat(p.value()).isEqualTo("13812345678"));
    assertThat(PhoneNumber.of("110").toString()).isEqualTo("***");
  }

  @Test
  void aBuilderMissingARequiredFieldThrowsTheLibrarysException() {
    assertThatThrownBy(() -> GuaranteeRelation.builder().id(RelationId.of("r1")).build())
        .isInstanceOfSatisfying(InvalidRecordException.class, e -> {
          assertThat(e.type()).contains("GuaranteeRelation");
          assertThat(e.field()).hasValueSatisfying(f -> assertThat(f).contains("cadre").contains("business").contains("validFrom"));
          assertThat(e.rule()).isEqualTo("is required");
        });
  }

  @Test
  void aNullGivenToABuilderThrowsTheLibrarysException() {
    assertThatThrownBy(() -> Business.builder().name(null)).isInstanceOfSatisfying(InvalidRecordException.class,
        e -> assertThat(e.field()).contains("name"));
  }

  @Test
  void anEndBeforeItsStartNamesTypeFieldValueAndRule() {
    assertThatThrownBy(() -> GuaranteeRelation.builder().id(RelationId.of("r1")).cadre(CadreId.of("c1"))
            .business(BusinessId.of("b1")).validFrom(LocalDate.of(2023, 5, 1)).validTo(LocalDate.of(2023, 4, 30)).build())
        .isInstanceOfSatisfying(InvalidRecordException.class, e -> {
          assertThat(e.type()).contains("GuaranteeRelation");
          assertThat(e.field()).contains("validTo");
          assertThat(e.value()).contains("2023-04-30");
          assertThat(e.rule()).isEqualTo("must be on or after validFrom 2023-05-01");
        });
  }

  @Test
  void aRelationMayStartAndEndOnOneDay() {
    GuaranteeRelation r = GuaranteeRelation.builder().id(RelationId.of("r1")).cadre(CadreId.of("c1"))
        .business(BusinessId.of("b1")).validFrom(LocalDate.of(2023, 5, 1)).validTo(LocalDate.of(2023, 5, 1)).build();
    assertThat(r.isActiveOn(LocalDate.of(2023, 5, 1))).isTrue();
    assertThat(r.isActiveOn(LocalDate.of(2023, 4, 30))).isFalse();
    assertThat(r.isActiveOn(LocalDate.of(2023, 5, 2))).isFalse();
  }

  @Test
  void aLicenceMayNotExpireBeforeItIsIssued() {
    assertThatThrownBy(() -> Business.builder().id(BusinessId.of("b1")).name("x").creditCode(CreditCode.NONE)
            .licenseNumber(LicenseNumber.NONE).licenseIssued(LocalDate.of(2023, 1, 2)).licenseExpires(LocalDate.of(2023, 1, 1))
            .category(Category.VENDOR).size(BusinessSize.MICRO).grade(Grade.D).division(DivisionCode.of("x")).build())
        .isInstanceOf(InvalidRecordException.class).hasMessageContaining("licenseExpires");
  }

  @ParameterizedTest
  @CsvSource({
      "2023-05-01, 2023-04-30, , , referredOn",
      "2023-05-01, 2023-05-02, 2023-05-01, , rectifiedOn",
      "2023-05-01, , 2023-05-03, 2023-05-02, closedOn",
      "2023-05-01, , , 2023-04-01, closedOn"})
  void aProblemsDaysRunInOrder(LocalDate found, LocalDate referred, LocalDate rectified, LocalDate closed, String field) {
    assertThatThrownBy(() -> Problem.builder().id(ProblemId.of("p1")).business(BusinessId.of("b1")).foundOn(found)
            .referredOn(java.util.Optional.ofNullable(referred)).rectifiedOn(java.util.Optional.ofNullable(rectified))
            .closedOn(java.util.Optional.ofNullable(closed)).build())
        .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.field()).contains(field));
  }

  @Test
  void aProblemMaySkipSteps() {
    Problem p = Problem.builder().id(ProblemId.of("p1")).business(BusinessId.of("b1")).foundOn(LocalDate.of(2023, 5, 1))
        .closedOn(LocalDate.of(2023, 5, 1)).build();
    assertThat(p.isClosedBy(LocalDate.of(2023, 5, 1))).isTrue();
    assertThat(p.isClosedBy(LocalDate.of(2023, 4, 30))).isFalse();
  }

  @Test
  void theEntryDayIsCountedInChinaStandardTime() {
    ImmutableSupervision s = Supervision.builder().id(SupervisionId.of("v1")).cadre(CadreId.of("c1")).business(BusinessId.of("b1"))
        .visitDate(LocalDate.of(2023, 3, 31)).enteredAt(OffsetDateTime.of(2023, 3, 31, 16, 0, 0, 0, ZoneOffset.UTC))
        .mode(SupervisionMode.VIDEO).build();
    assertThat(s.entryDay()).isEqualTo(LocalDate.of(2023, 4, 1));
    assertThat(s.withEnteredAt(OffsetDateTime.of(2023, 3, 31, 15, 59, 59, 999_999_999, ZoneOffset.UTC)).entryDay())
        .isEqualTo(LocalDate.of(2023, 3, 31));
  }

  @Test
  void aDocumentSignedOnALeapDayIsValidThrough27February() {
    CadreDocument d = CadreDocument.builder().id(DocumentId.of("d1")).cadre(CadreId.of("c1"))
        .kind(DocumentKind.COMMITMENT_LETTER).signedOn(LocalDate.of(2024, 2, 29)).build();
    assertThat(d.validThrough()).isEqualTo(LocalDate.of(2025, 2, 27));
    assertThat(d.isValidOn(LocalDate.of(2025, 2, 27))).isTrue();
    assertThat(d.isValidOn(LocalDate.of(2025, 2, 28))).isFalse();
    assertThat(d.isValidOn(LocalDate.of(2024, 2, 28))).isFalse();
  }

  @Test
  void aDivisionNeedsTwelveDigitsButAReferenceNeedNot() {
    assertThatThrownBy(() -> Division.builder().code(DivisionCode.of("4301")).name("x").level(DivisionLevel.CITY).build())
        .isInstanceOf(InvalidRecordException.class).hasMessageContaining("12 digits");
    assertThat(DivisionCode.of("4301").isStatistical()).isFalse();
    assertThat(DivisionCode.of("430102001001").isStatistical()).isTrue();
    assertThatThrownBy(() -> DivisionCode.of(" ")).isInstanceOf(InvalidRecordException.class);
  }

  /** Kept as UTF-8, a lone surrogate would read back as '?' and an id would stop matching its references. */
  @ParameterizedTest
  @ValueSource(strings = {"B\uD800", "\uDC00B", "B\uDC00\uD800"})
  void idsNamesAndCodesWithALoneSurrogateAreRefused(String text) {
    assertThatThrownBy(() -> BusinessId.of(text)).isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining("lone surrogate");
    assertThatThrownBy(() -> CadreId.of(text)).isInstanceOf(InvalidRecordException.class);
    assertThatThrownBy(() -> CreditCode.of(text)).isInstanceOf(InvalidRecordException.class);
    assertThatThrownBy(() -> LicenseNumber.of(text)).isInstanceOf(InvalidRecordException.class);
    assertThatThrownBy(() -> vendor().withName(text)).isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining("name");
  }

  @Test
  void charactersBeyondTheBasicPlaneAreWellFormed() {
    assertThat(BusinessId.of("B\uD840\uDC00").value()).isEqualTo("B𠀀");
    assertThat(CreditCode.of("𠀀").value()).isEqualTo("𠀀");
  }

  @Test
  void negativeCountsAreRefused() {
    assertThatThrownBy(() -> vendor().withDiners(-1)).isInstanceOf(InvalidRecordException.class).hasMessageContaining("diners");
  }

  private static ImmutableBusiness vendor() {
    return Business.builder().id(BusinessId.of("b1")).name("x").creditCode(CreditCode.NONE).licenseNumber(LicenseNumber.NONE)
        .licenseIssued(LocalDate.of(2023, 1, 1)).category(Category.VENDOR).size(BusinessSize.MICRO).grade(Grade.D)
        .division(DivisionCode.of("x")).build();
  }

  @Test
  void importErrorsNameFileLineColumnAndRule() {
    ImportException e = new ImportException(java.util.List.of(
        new ImportException.Error("businesses.csv", 7, "license_issued", "not a date: 2023-02-30")));
    assertThat(e.getMessage()).isEqualTo("1 error: businesses.csv, line 7, column license_issued: not a date: 2023-02-30");
    assertThatThrownBy(() -> new ImportException(java.util.List.of())).isInstanceOf(IllegalArgumentException.class);
  }
}

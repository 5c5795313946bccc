package dev.responsibility.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The date-range and one-year-validity laws of FORMAT.md's day-level meaning. */
class ModelProperties {

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.integers().between(0, 365 * 8).map(n -> LocalDate.of(2020, 1, 1).plusDays(n));
  }

  @Property
  void aRangeIsActiveOnBothEndsAndNotADayBeyond(@ForAll("days") LocalDate from, @ForAll @IntRange(min = 0, max = 800) int length) {
    LocalDate to = from.plusDays(length);
    var r = GuaranteeRelation.builder().id(RelationId.of("r")).cadre(CadreId.of("c")).business(BusinessId.of("b"))
        .validFrom(from).validTo(to).build();
    Cadre c = Cadre.builder().id(CadreId.of("c")).name("x").level(CadreLevel.VILLAGE).division(DivisionCode.of("d"))
        .activeFrom(from).activeTo(to).build();
    StaffAppointment s = StaffAppointment.builder().id(StaffId.of("s")).business(BusinessId.of("b")).role(StaffRole.OFFICER)
        .personName("x").appointedOn(from).endedOn(to).build();
    for (LocalDate day : new LocalDate[] {from, to, from.plusDays(length / 2)}) {
      assertThat(r.isActiveOn(day)).isTrue();
      assertThat(c.isActiveOn(day)).isTrue();
      assertThat(s.isActiveOn(day)).isTrue();
    }
    for (LocalDate day : new LocalDate[] {from.minusDays(1), to.plusDays(1)}) {
      assertThat(r.isActiveOn(day)).isFalse();
      assertThat(c.isActiveOn(day)).isFalse();
      assertThat(s.isActiveOn(day)).isFalse();
    }
    assertThat(r.withValidTo(Optional.<LocalDate>empty()).isActiveOn(to.plusYears(50))).isTrue();
  }

  @Property
  void aDocumentIsValidFromSigningForOneYearLessADay(@ForAll("days") LocalDate signed, @ForAll @IntRange(min = -5, max = 400) int offset) {
    CadreDocument d = CadreDocument.builder().id(DocumentId.of("d")).cadre(CadreId.of("c")).kind(DocumentKind.TASK_LIST)
        .signedOn(signed).build();
    LocalDate day = signed.plusDays(offset);
    // Stated independently of the code: on or after signing, and strictly before the same date a year on,
    // except that 29 February runs out on 27 February (java.time's plusYears lands on the 28th, less a day).
    LocalDate anniversary = signed.plusYears(1);
    boolean expected = !day.isBefore(signed) && day.isBefore(anniversary);
    assertThat(d.isValidOn(day)).as("%s signed %s", day, signed).isEqualTo(expected);
  }

  @Property(tries = 50)
  void aLicenceIsValidFromIssueToExpiryInclusive(@ForAll("days") LocalDate issued, @ForAll @IntRange(min = 0, max = 2000) int length) {
    Business b = Business.builder().id(BusinessId.of("b")).name("x").creditCode(CreditCode.NONE).licenseNumber(LicenseNumber.NONE)
        .licenseIssued(issued).licenseExpires(issued.plusDays(length)).category(Category.VENDOR).size(BusinessSize.MICRO)
        .grade(Grade.D).division(DivisionCode.of("d")).build();
    assertThat(b.isLicenseValidOn(issued)).isTrue();
    assertThat(b.isLicenseValidOn(issued.plusDays(length))).isTrue();
    assertThat(b.isLicenseValidOn(issued.minusDays(1))).isFalse();
    assertThat(b.isLicenseValidOn(issued.plusDays(length + 1))).isFalse();
  }

  /** The day of a time in China Standard Time, counted without a day made, is the day made. */
  @Property(tries = 2000)
  void theEpochDayOfATimeIsItsDayInChinaStandardTime(@ForAll @LongRange(min = -5_000_000_000L, max = 5_000_000_000L)
      long second, @ForAll @IntRange(min = -18 * 3600, max = 18 * 3600) int offset) {
    OffsetDateTime time = OffsetDateTime.ofInstant(Instant.ofEpochSecond(second), ZoneOffset.ofTotalSeconds(offset));

    assertThat(ChinaTime.epochDayOf(time))
        .isEqualTo(time.withOffsetSameInstant(ChinaTime.OFFSET).toLocalDate().toEpochDay());
    assertThat(ChinaTime.dayOf(time)).isEqualTo(time.atZoneSameInstant(ZoneOffset.ofHours(8)).toLocalDate());
  }

  /**
   * GB 32100's check, written out as the standard gives it: values by position in the alphabet,
   * weights 3^i mod 31, check character 31 - sum mod 31. Codes are drawn mostly from the alphabet,
   * with the odd character outside it (a lower-case letter, 'I', 'O', a full-width digit).
   */
  @Property(tries = 3000)
  void aCreditCodeIsValidExactlyWhenGb32100SaysSo(@ForAll("creditCodes") String code) {
    String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    boolean expected = code.length() == 18 && code.chars().allMatch(ch -> alphabet.indexOf(ch) >= 0);
    if (expected) {
      int sum = 0;
      int weight = 1;
      for (int i = 0; i < 17; i++) {
        sum += alphabet.indexOf(code.charAt(i)) * weight;
        weight = weight * 3 % 31;
      }
      expected = alphabet.charAt((31 - sum % 31) % 31) == code.charAt(17);
    }

    assertThat(CreditCode.of(code).isValid()).isEqualTo(expected);
    assertThat(CreditCode.of(code).defect().isEmpty()).isEqualTo(expected);
  }

  @Provide
  Arbitrary<String> creditCodes() {
    Arbitrary<Character> inAlphabet = Arbitraries.of("0123456789ABCDEFGHJKLMNPQRTUWXY".chars()
        .mapToObj(ch -> (char) ch).toArray(Character[]::new));
    Arbitrary<Character> outside = Arbitraries.of('a', 'I', 'O', 'Z', '\uFF11', '-');
    Arbitrary<Character> any = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(60, inAlphabet), net.jqwik.api.Tuple.of(1, outside));
    Arbitrary<String> seventeen = any.list().ofSize(17).map(cs -> cs.stream().map(String::valueOf)
        .reduce("", String::concat));
    // The right check character half of the time, so that valid codes are drawn as often as not.
    return Arbitraries.oneOf(
        Arbitraries.lazy(() -> seventeen.flatMap(s -> inAlphabet.map(c -> s + c))),
        seventeen.filter(s -> s.chars().allMatch(ch -> "0123456789ABCDEFGHJKLMNPQRTUWXY".indexOf(ch) >= 0))
            .map(s -> s + CreditCode.checkCharacter(s)),
        any.list().ofMinSize(1).ofMaxSize(20).map(cs -> cs.stream().map(String::valueOf).reduce("", String::concat)));
  }
}

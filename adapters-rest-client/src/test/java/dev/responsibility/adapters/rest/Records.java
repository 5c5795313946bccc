package dev.responsibility.adapters.rest;

import dev.responsibility.core.model.Business;
import dev.responsibility.core.model.BusinessId;
import dev.responsibility.core.model.BusinessSize;
import dev.responsibility.core.model.Cadre;
import dev.responsibility.core.model.CadreDocument;
import dev.responsibility.core.model.CadreId;
import dev.responsibility.core.model.CadreLevel;
import dev.responsibility.core.model.Category;
import dev.responsibility.core.model.CreditCode;
import dev.responsibility.core.model.DivisionCode;
import dev.responsibility.core.model.DocumentId;
import dev.responsibility.core.model.DocumentKind;
import dev.responsibility.core.model.Grade;
import dev.responsibility.core.model.GuaranteeRelation;
import dev.responsibility.core.model.LicenseNumber;
import dev.responsibility.core.model.PhoneNumber;
import dev.responsibility.core.model.Problem;
import dev.responsibility.core.model.ProblemId;
import dev.responsibility.core.model.RelationId;
import dev.responsibility.core.model.Supervision;
import dev.responsibility.core.model.SupervisionId;
import dev.responsibility.core.model.SupervisionMode;
import dev.responsibility.core.port.OutboxEntry;
import dev.responsibility.core.port.PlatformRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Records of every kind: fixed examples, and jqwik arbitraries that reach every optional field. */
final class Records {

  static final LocalDate DAY = LocalDate.of(2023, 6, 15);
  static final Instant NOW = Instant.parse("2023-06-15T02:00:00Z");

  private Records() {}

  static Business business(String id) {
    return Business.builder().id(BusinessId.of(id)).name("城关镇第一小学食堂")
        .creditCode(CreditCode.of("91330100799655058B")).licenseNumber(LicenseNumber.of("JY14301020000001"))
        .licenseIssued(LocalDate.of(2021, 3, 1)).licenseExpires(LocalDate.of(2026, 2, 28))
        .category(Category.CANTEEN_SCHOOL).size(BusinessSize.MEDIUM).grade(Grade.B)
        .division(DivisionCode.of("430102001000")).diners(850).highRisk(true).build();
  }

  static Cadre cadre(String id) {
    return Cadre.builder().id(CadreId.of(id)).name("张伟").level(CadreLevel.TOWNSHIP)
        .division(DivisionCode.of("430102001000")).post("副镇长").activeFrom(LocalDate.of(2023, 1, 1))
        .phone(PhoneNumber.of("13812345678")).build();
  }

  static GuaranteeRelation relation(String id) {
    return GuaranteeRelation.builder().id(RelationId.of(id)).cadre(CadreId.of("C01")).business(BusinessId.of("B001"))
        .validFrom(LocalDate.of(2023, 1, 1)).validTo(LocalDate.of(2023, 12, 31)).build();
  }

  static CadreDocument document(String id) {
    return CadreDocument.builder().id(DocumentId.of(id)).cadre(CadreId.of("C01")).kind(DocumentKind.COMMITMENT_LETTER)
        .signedOn(LocalDate.of(2023, 2, 1))
        .scanSha256("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08").build();
  }

  static Supervision supervision(String id) {
    return Supervision.builder().id(SupervisionId.of(id)).cadre(CadreId.of("C01")).business(BusinessId.of("B001"))
        .visitDate(LocalDate.of(2023, 6, 14)).enteredAt(OffsetDateTime.of(2023, 6, 15, 10, 0, 0, 0,
            ZoneOffset.ofHours(8)))
        .mode(SupervisionMode.ON_SITE).problemsFound(2).build();
  }

  static Problem problem(String id) {
    return Problem.builder().id(ProblemId.of(id)).supervision(SupervisionId.of("V01")).business(BusinessId.of("B001"))
        .foundOn(LocalDate.of(2023, 6, 14)).referredOn(LocalDate.of(2023, 6, 15)).build();
  }

  /** One record of each kind, ids {@code prefix1}…{@code prefix6}. */
  static List<PlatformRecord> oneOfEach(String prefix) {
    return List.of(PlatformRecord.of(business(prefix + "1")), PlatformRecord.of(cadre(prefix + "2")),
        PlatformRecord.of(relation(prefix + "3")), PlatformRecord.of(document(prefix + "4")),
        PlatformRecord.of(supervision(prefix + "5")), PlatformRecord.of(problem(prefix + "6")));
  }

  /** Pending entries, id {@code e-<record id>}, for records. */
  static List<OutboxEntry> entries(List<PlatformRecord> records) {
    List<OutboxEntry> entries = new ArrayList<>();
    for (PlatformRecord r : records) {
      entries.add(OutboxEntry.pending("e-" + r.id(), r, NOW));
    }
    return entries;
  }

  // --- arbitraries ---------------------------------------------------------------------------

  static Arbitrary<String> ids() {
    // Letters, digits, a space, a hyphen and Chinese: enough to exercise path encoding.
    return Arbitraries.strings().withChars("AB01-_ 甲乙").ofMinLength(1).ofMaxLength(8)
        .filter(s -> !s.isBlank());
  }

  static Arbitrary<String> names() {
    return Arbitraries.strings().withChars("城关镇第一小学食堂张伟李\"\\/ \n").ofMinLength(1).ofMaxLength(12)
        .filter(s -> !s.isBlank());
  }

  static Arbitrary<LocalDate> days() {
    return Arbitraries.integers().between(0, 12000).map(n -> LocalDate.of(2000, 1, 1).plusDays(n));
  }

  static <T> Arbitrary<Optional<T>> maybe(Arbitrary<T> value) {
    return value.optional(0.5);
  }

  static Arbitrary<PlatformRecord> any() {
    return Arbitraries.oneOf(businesses(), cadres(), relations(), documents(), supervisions(), problems());
  }

  static Arbitrary<PlatformRecord> businesses() {
    Arbitrary<Business> partial = Combinators.combine(ids(), names(),
            Arbitraries.of("", "91330100799655058B", "not-a-code"), Arbitraries.of("", "JY14301020000001", "摊贩-7"),
            days(), maybe(Arbitraries.integers().between(0, 4000)), Arbitraries.of(Category.class),
            Arbitraries.of(BusinessSize.class))
        .as((id, name, credit, licence, issued, expiresAfter, category, size) -> Business.builder()
            .id(BusinessId.of(id)).name(name).creditCode(CreditCode.of(credit))
            .licenseNumber(LicenseNumber.of(licence)).licenseIssued(issued)
            .licenseExpires(expiresAfter.map(issued::plusDays)).category(category).size(size).grade(Grade.A)
            .division(DivisionCode.of("430102001000")).build());
    return Combinators.combine(partial, Arbitraries.of(Grade.class), Arbitraries.integers().between(0, 5000),
            Arbitraries.of(true, false), Arbitraries.of("430102001000", "9999"))
        .as((b, grade, diners, risk, division) -> PlatformRecord.of(Business.builder().from(b).grade(grade)
            .diners(diners).highRisk(risk).division(DivisionCode.of(division)).build()));
  }

  static Arbitrary<PlatformRecord> cadres() {
    return Combinators.combine(ids(), names(), Arbitraries.of(CadreLevel.class), maybe(names()), days(),
            maybe(Arbitraries.integers().between(0, 3000)), maybe(Arbitraries.of("13812345678", "0731-8888")))
        .as((id, name, level, post, from, toAfter, phone) -> PlatformRecord.of(Cadre.builder().id(CadreId.of(id))
            .name(name).level(level).division(DivisionCode.of("430102")).post(post).activeFrom(from)
            .activeTo(toAfter.map(from::plusDays)).phone(phone.map(PhoneNumber::of)).build()));
  }

  static Arbitrary<PlatformRecord> relations() {
    return Combinators.combine(ids(), ids(), ids(), days(), maybe(Arbitraries.integers().between(0, 3000)))
        .as((id, cadre, business, from, toAfter) -> PlatformRecord.of(GuaranteeRelation.builder()
            .id(RelationId.of(id)).cadre(CadreId.of(cadre)).business(BusinessId.of(business)).validFrom(from)
            .validTo(toAfter.map(from::plusDays)).build()));
  }

  static Arbitrary<PlatformRecord> documents() {
    return Combinators.combine(ids(), ids(), Arbitraries.of(DocumentKind.class), days(),
            maybe(Arbitraries.strings().withChars("0123456789abcdef").ofLength(64)))
        .as((id, cadre, kind, signed, scan) -> PlatformRecord.of(CadreDocument.builder().id(DocumentId.of(id))
            .cadre(CadreId.of(cadre)).kind(kind).signedOn(signed).scanSha256(scan).build()));
  }

  static Arbitrary<PlatformRecord> supervisions() {
    Arbitrary<OffsetDateTime> entered = Combinators.combine(days(), Arbitraries.integers().between(0, 86399),
            Arbitraries.of(0, 0, 500_000_000, 123_456_789), Arbitraries.integers().between(-12, 14))
        .as((day, second, nanos, hours) -> OffsetDateTime.of(day.atStartOfDay().plusSeconds(second).plusNanos(nanos),
            ZoneOffset.ofHours(hours)));
    return Combinators.combine(ids(), ids(), ids(), days(), entered, Arbitraries.of(SupervisionMode.class),
            maybe(Arbitraries.integers().between(0, 20)))
        .as((id, cadre, business, visit, at, mode, found) -> PlatformRecord.of(Supervision.builder()
            .id(SupervisionId.of(id)).cadre(CadreId.of(cadre)).business(BusinessId.of(business)).visitDate(visit)
            .enteredAt(at).mode(mode).problemsFound(found.map(OptionalInt::of).orElse(OptionalInt.empty()))
            .build()));
  }

  static Arbitrary<PlatformRecord> problems() {
    Arbitrary<Integer> step = Arbitraries.integers().between(0, 30);
    return Combinators.combine(ids(), maybe(ids()), ids(), days(), maybe(step), maybe(step), maybe(step))
        .as((id, supervision, business, found, referred, rectified, closed) -> {
          // Present days in order: each after the latest present one before it.
          LocalDate last = found;
          Optional<LocalDate> r1 = referred.map(last::plusDays);
          last = r1.orElse(last);
          Optional<LocalDate> r2 = rectified.map(last::plusDays);
          last = r2.orElse(last);
          Optional<LocalDate> r3 = closed.map(last::plusDays);
          return PlatformRecord.of(Problem.builder().id(ProblemId.of(id)).supervision(supervision.map(SupervisionId::of))
              .business(BusinessId.of(business)).foundOn(found).referredOn(r1).rectifiedOn(r2).closedOn(r3).build());
        });
  }
}

package dev.responsibility.adapters.files;

import dev.responsibility.core.dataset.DataSet;
import dev.responsibility.core.model.Business;
import dev.responsibility.core.model.BusinessId;
import dev.responsibility.core.model.BusinessSize;
import dev.responsibility.core.model.Cadre;
import dev.responsibility.core.model.CadreDocument;
import dev.responsibility.core.model.CadreId;
import dev.responsibility.core.model.CadreLevel;
import dev.responsibility.core.model.Category;
import dev.responsibility.core.model.CreditCode;
import dev.responsibility.core.model.Division;
import dev.responsibility.core.model.DivisionCode;
import dev.responsibility.core.model.DivisionLevel;
import dev.responsibility.core.model.DocumentId;
import dev.responsibility.core.model.DocumentKind;
import dev.responsibility.core.model.Grade;
import dev.responsibility.core.model.GuaranteeRelation;
import dev.responsibility.core.model.LicenseNumber;
import dev.responsibility.core.model.OperatingStatus;
import dev.responsibility.core.model.PhoneNumber;
import dev.responsibility.core.model.Problem;
import dev.responsibility.core.model.ProblemId;
import dev.responsibility.core.model.RelationId;
import dev.responsibility.core.model.SelfCheck;
import dev.responsibility.core.model.SelfCheckKind;
import dev.responsibility.core.model.StaffAppointment;
import dev.responsibility.core.model.StaffId;
import dev.responsibility.core.model.StaffRole;
import dev.responsibility.core.model.StatusChange;
import dev.responsibility.core.model.Supervision;
import dev.responsibility.core.model.SupervisionId;
import dev.responsibility.core.model.SupervisionMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;

/**
 * Small data sets whose text is hard on files: commas, quotes, line breaks, Chinese, emoji, every
 * optional field present or not, times with any offset and precision. The records are valid; ids
 * are distinct by construction (a running number inside each id).
 */
final class TrickyDataSets {

  private TrickyDataSets() {}

  /** Text that survives trimming: no space at either end, never empty. */
  static Arbitrary<String> text() {
    Arbitrary<Character> inner = Arbitraries.of('a', 'Z', '0', ' ', ',', '"', '\n', '\'', '#', '=', '城', '关', '镇',
        '食', '堂', '（', '）', '，', '\u3000', 'é');
    Arbitrary<String> body = inner.list().ofMaxSize(12).map(cs -> {
      StringBuilder sb = new StringBuilder();
      cs.forEach(sb::append);
      return sb.toString();
    });
    Arbitrary<String> edge = Arbitraries.of("A", "李", "\uD83C\uDF5C", "\"", ",", "x\ny");
    return Combinators.combine(edge, body, edge).as((a, b, c) -> a + b + c);
  }

  private static Arbitrary<LocalDate> days() {
    return Arbitraries.integers().between(0, 18_000).map(d -> LocalDate.of(1990, 1, 1).plusDays(d));
  }

  private static Arbitrary<OffsetDateTime> times() {
    Arbitrary<Integer> nanos = Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(0, 999)
        .map(ms -> ms * 1_000_000), Arbitraries.integers().between(0, 999_999_999));
    Arbitrary<ZoneOffset> offsets = Arbitraries.of(ZoneOffset.ofHours(8), ZoneOffset.UTC, ZoneOffset.ofHours(-5),
        ZoneOffset.ofHoursMinutes(5, 30), ZoneOffset.ofHours(14));
    return Combinators.combine(days(), Arbitraries.integers().between(0, 86_399), nanos, offsets)
        .as((d, s, n, o) -> OffsetDateTime.of(d, LocalTime.ofSecondOfDay(s).withNano(n), o));
  }

  private static Arbitrary<String> id(String prefix, int i) {
    return Arbitraries.of("", "-甲", " x", ",\"1\"").map(tail -> prefix + i + tail);
  }

  private static Arbitrary<String> code() {
    return Arbitraries.oneOf(Arbitraries.strings().withChars("0123456789ABCDEFGHJKLMNPQRTUWXY").ofLength(18),
        Arbitraries.strings().numeric().ofLength(12), Arbitraries.of("JY14301020000001", "SC10643010200001", "摊贩登记123", "9143010600000001E3", "4E12"));
  }

  private static <T> Arbitrary<Optional<T>> maybe(Arbitrary<T> a) {
    return a.optional(0.5);
  }

  static Arbitrary<DataSet> dataSets() {
    return Arbitraries.integers().between(1, 4).flatMap(n -> Combinators.combine(
        divisions(n), list(n, TrickyDataSets::business), list(n, TrickyDataSets::cadre), list(n, TrickyDataSets::relation),
        list(n, TrickyDataSets::document), list(n, TrickyDataSets::supervision), list(n, TrickyDataSets::problem),
        list(n, TrickyDataSets::staff)).as((d, b, c, r, doc, s, p, st) -> {
          DataSet.Builder builder = DataSet.builder();
          d.forEach(builder::add);
          b.forEach(builder::add);
          c.forEach(builder::add);
          r.forEach(builder::add);
          doc.forEach(builder::add);
          s.forEach(builder::add);
          p.forEach(builder::add);
          st.forEach(builder::add);
          for (int i = 0; i < b.size(); i++) {
            builder.add(new StatusChange(b.get(i).id(), OperatingStatus.values()[i % 3], b.get(i).licenseIssued()));
            builder.add(SelfCheck.builder().business(b.get(i).id()).kind(SelfCheckKind.values()[i % 3])
                .date(b.get(i).licenseIssued()).findings(i % 2 == 0 ? Optional.of(b.get(i).name()) : Optional.empty())
                .build());
          }
          return builder.build();
        }));
  }

  private static <T> Arbitrary<List<T>> list(int n, java.util.function.IntFunction<Arbitrary<T>> one) {
    Arbitrary<List<T>> all = Arbitraries.just(List.of());
    for (int i = 0; i < n; i++) {
      int at = i;
      all = Combinators.combine(all, one.apply(at)).as((l, x) -> {
        List<T> next = new java.util.ArrayList<>(l);
        next.add(x);
        return next;
      });
    }
    return all;
  }

  private static Arbitrary<List<Division>> divisions(int n) {
    return list(n, i -> Combinators.combine(text(), Arbitraries.of(DivisionLevel.class)).as((name, level) ->
        Division.builder().code(DivisionCode.of(String.valueOf(430000000000L + i))).name(name).level(level)
            .parentCode(i == 0 ? Optional.empty() : Optional.of(DivisionCode.of(String.valueOf(430000000000L + i - 1))))
            .build()));
  }

  private record Licence(LocalDate issued, Optional<Integer> validFor) {}

  private static Arbitrary<Business> business(int i) {
    return Builders.withBuilder(() -> Business.builder().division(DivisionCode.of("430000000000")))
        .use(id("B", i)).in((b, v) -> b.id(BusinessId.of(v)))
        .use(text()).in((b, v) -> b.name(v))
        .use(code().injectNull(0.3)).in((b, v) -> b.creditCode(CreditCode.of(v == null ? "" : v)))
        .use(code().injectNull(0.3)).in((b, v) -> b.licenseNumber(LicenseNumber.of(v == null ? "" : v)))
        .use(Combinators.combine(days(), maybe(Arbitraries.integers().between(0, 4000))).as(Licence::new))
        .in((b, v) -> b.licenseIssued(v.issued()).licenseExpires(v.validFor().map(v.issued()::plusDays)))
        .use(Arbitraries.of(Category.class)).in((b, v) -> b.category(v))
        .use(Arbitraries.of(BusinessSize.class)).in((b, v) -> b.size(v))
        .use(Arbitraries.of(Grade.class)).in((b, v) -> b.grade(v))
        .use(Arbitraries.of("430000000000", "999999999999", "4301", "未知区划")).in((b, v) -> b.division(DivisionCode.of(v)))
        .use(Arbitraries.integers().between(0, 100_000)).in((b, v) -> b.diners(v))
        .use(Arbitraries.of(true, false)).in((b, v) -> b.highRisk(v))
        .build(b -> b.build());
  }

  private static Arbitrary<Cadre> cadre(int i) {
    return Combinators.combine(id("C", i), text(), Arbitraries.of(CadreLevel.class), maybe(text()), days(),
        maybe(Arbitraries.integers().between(0, 3000)), maybe(Arbitraries.of("13812345678", "0731-8888888", "+86 138")))
        .as((id, name, level, post, from, to, phone) -> Cadre.builder().id(CadreId.of(id)).name(name).level(level)
            .division(DivisionCode.of("430000000000")).post(post).activeFrom(from).activeTo(to.map(from::plusDays))
            .phone(phone.map(PhoneNumber::of)).build());
  }

  private static Arbitrary<GuaranteeRelation> relation(int i) {
    return Combinators.combine(id("R", i), id("C", i), id("B", i + 1), days(), maybe(Arbitraries.integers().between(0, 900)))
        .as((id, c, b, from, to) -> GuaranteeRelation.builder().id(RelationId.of(id)).cadre(CadreId.of(c))
            .business(BusinessId.of(b)).validFrom(from).validTo(to.map(from::plusDays)).build());
  }

  private static Arbitrary<CadreDocument> document(int i) {
    return Combinators.combine(id("D", i), Arbitraries.of(DocumentKind.class), days(),
        maybe(Arbitraries.strings().withChars("0123456789abcdef").ofLength(64)))
        .as((id, kind, day, scan) -> CadreDocument.builder().id(DocumentId.of(id)).cadre(CadreId.of("C" + i)).kind(kind)
            .signedOn(day).scanSha256(scan).build());
  }

  private static Arbitrary<Supervision> supervision(int i) {
    return Combinators.combine(id("S", i), days(), times(), Arbitraries.of(SupervisionMode.class),
        Arbitraries.integers().between(0, 40).injectNull(0.4))
        .as((id, visit, entered, mode, found) -> Supervision.builder().id(SupervisionId.of(id)).cadre(CadreId.of("C" + i))
            .business(BusinessId.of("B" + i)).visitDate(visit).enteredAt(entered).mode(mode)
            .problemsFound(found == null ? OptionalInt.empty() : OptionalInt.of(found)).build());
  }

  private static Arbitrary<Problem> problem(int i) {
    Arbitrary<Optional<Integer>> step = maybe(Arbitraries.integers().between(0, 60));
    return Combinators.combine(id("P", i), maybe(id("S", i)), days(), step, step, step).as((id, s, found, a, b, c) -> {
      LocalDate referred = a.map(found::plusDays).orElse(null);
      LocalDate rectified = b.map((referred == null ? found : referred)::plusDays).orElse(null);
      LocalDate last = rectified != null ? rectified : referred != null ? referred : found;
      return Problem.builder().id(ProblemId.of(id)).supervision(s.map(SupervisionId::of)).business(BusinessId.of("B" + i))
          .foundOn(found).referredOn(Optional.ofNullable(referred)).rectifiedOn(Optional.ofNullable(rectified))
          .closedOn(c.map(last::plusDays)).build();
    });
  }

  private static Arbitrary<StaffAppointment> staff(int i) {
    return Combinators.combine(id("T", i), Arbitraries.of(StaffRole.class), text(), days(),
        maybe(Arbitraries.integers().between(0, 2000)))
        .as((id, role, name, from, to) -> StaffAppointment.builder().id(StaffId.of(id)).business(BusinessId.of("B" + i))
            .role(role).personName(name).appointedOn(from).endedOn(to.map(from::plusDays)).build());
  }
}

package dev.responsibility.core;

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
import dev.responsibility.core.model.DivisionCode;
import dev.responsibility.core.model.DocumentId;
import dev.responsibility.core.model.DocumentKind;
import dev.responsibility.core.model.Grade;
import dev.responsibility.core.model.GuaranteeRelation;
import dev.responsibility.core.model.LicenseNumber;
import dev.responsibility.core.model.OperatingStatus;
import dev.responsibility.core.model.Problem;
import dev.responsibility.core.model.ProblemId;
import dev.responsibility.core.model.RelationId;
import dev.responsibility.core.model.StaffAppointment;
import dev.responsibility.core.model.StaffId;
import dev.responsibility.core.model.StaffRole;
import dev.responsibility.core.model.StatusChange;
import dev.responsibility.core.model.Supervision;
import dev.responsibility.core.model.SupervisionId;
import dev.responsibility.core.model.SupervisionMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.domains.DomainContextBase;
import net.jqwik.api.Provide;

/**
 * Random, messy data sets for the core's own properties: every field drawn freely over a small
 * division tree and the year 2023, with unknown references, overlapping relations, late and early
 * entries, out-of-base businesses. Where the testkit's generator makes realistic, consistent
 * townships, this one makes the corner cases likely.
 */
public class MessyTownships extends DomainContextBase {

  public static final LocalDate YEAR_START = LocalDate.of(2023, 1, 1);
  private static final List<DivisionCode> PLACES = List.of(
      Township.COUNTY, Township.TOWNSHIP, Township.VILLAGE, Township.OTHER_TOWNSHIP, Township.OTHER_VILLAGE,
      DivisionCode.of("430102009009"));
  private static final String[] CREDIT = {"91330100799655058B", "91110000600037341L", "91350100M000100Y43", "", "X"};
  private static final String[] LICENCE = {"JY14301020000001", "SC10643010200012", "", "登记-1"};

  /** A messy data set and a day in its year. */
  public record Messy(DataSet dataSet, LocalDate day, long seed) {
    @Override
    public String toString() {
      return "Messy[seed=" + seed + ", day=" + day + ", " + dataSet + "]";
    }
  }

  @Provide
  Arbitrary<Messy> messy() {
    return Arbitraries.longs().map(seed -> generate(new Random(seed), seed));
  }

  public static Messy generate(Random rnd, long seed) {
    DataSet.Builder b = DataSet.builder();
    new Township().divisions.forEach(b::add);
    int businesses = 1 + rnd.nextInt(12);
    int cadres = 1 + rnd.nextInt(5);
    for (int i = 0; i < businesses; i++) {
      b.add(business(rnd, "b" + i, "主体" + i));
      if (rnd.nextInt(4) == 0) {
        b.add(new StatusChange(BusinessId.of("b" + i), pick(rnd, OperatingStatus.values()), day(rnd)));
      }
      for (int s = rnd.nextInt(3); s > 0; s--) {
        LocalDate from = day(rnd);
        b.add(StaffAppointment.builder().id(StaffId.of("s" + i + "-" + s)).business(BusinessId.of("b" + i))
            .role(pick(rnd, StaffRole.values())).personName("人" + s).appointedOn(from)
            .endedOn(rnd.nextBoolean() ? Optional.of(from.plusDays(rnd.nextInt(200))) : Optional.empty()).build());
      }
    }
    for (int i = 0; i < cadres; i++) {
      LocalDate from = day(rnd).minusDays(rnd.nextInt(300));
      b.add(Cadre.builder().id(CadreId.of("c" + i)).name("干部" + i).level(pick(rnd, CadreLevel.values()))
          .division(pick(rnd, PLACES)).activeFrom(from)
          .activeTo(rnd.nextInt(4) == 0 ? Optional.of(from.plusDays(rnd.nextInt(400))) : Optional.empty()).build());
      for (int d = rnd.nextInt(4); d > 0; d--) {
        b.add(CadreDocument.builder().id(DocumentId.of("d" + i + "-" + d)).cadre(CadreId.of("c" + i))
            .kind(pick(rnd, DocumentKind.values())).signedOn(day(rnd).minusDays(rnd.nextInt(300))).build());
      }
    }
    for (int r = rnd.nextInt(businesses * 2); r > 0; r--) {
      b.add(relation(rnd, "r" + r, businesses, cadres));
    }
    for (int s = rnd.nextInt(businesses * 3); s > 0; s--) {
      b.add(supervision(rnd, "v" + s, businesses, cadres));
    }
    for (int p = rnd.nextInt(4); p > 0; p--) {
      LocalDate found = day(rnd);
      b.add(Problem.builder().id(ProblemId.of("p" + p)).business(BusinessId.of("b" + rnd.nextInt(businesses + 1)))
          .foundOn(found).closedOn(rnd.nextBoolean() ? Optional.of(found.plusDays(rnd.nextInt(60))) : Optional.empty()).build());
    }
    return new Messy(b.build(), day(rnd), seed);
  }

  /** A business with every field drawn: codes valid, invalid, shared or empty; any division. */
  public static Business business(Random rnd, String id, String name) {
    LocalDate issued = day(rnd).minusDays(rnd.nextInt(200));
    return Business.builder().id(BusinessId.of(id)).name(name)
        .creditCode(CreditCode.of(pick(rnd, CREDIT))).licenseNumber(LicenseNumber.of(pick(rnd, LICENCE)))
        .licenseIssued(issued).licenseExpires(rnd.nextInt(4) == 0 ? Optional.of(issued.plusDays(rnd.nextInt(400))) : Optional.empty())
        .category(pick(rnd, Category.values())).size(pick(rnd, BusinessSize.values())).grade(pick(rnd, Grade.values()))
        .division(pick(rnd, PLACES)).diners(rnd.nextInt(4) == 0 ? rnd.nextInt(1500) : 0).highRisk(rnd.nextInt(4) == 0)
        .build();
  }

  /** A relation naming a business and cadre that usually exist (one more id than there are records). */
  public static GuaranteeRelation relation(Random rnd, String id, int businesses, int cadres) {
    LocalDate from = day(rnd).minusDays(rnd.nextInt(120));
    return GuaranteeRelation.builder().id(RelationId.of(id)).cadre(CadreId.of("c" + rnd.nextInt(cadres + 1)))
        .business(BusinessId.of("b" + rnd.nextInt(businesses + 1))).validFrom(from)
        .validTo(rnd.nextInt(3) == 0 ? Optional.of(from.plusDays(rnd.nextInt(200))) : Optional.empty()).build();
  }

  /** A supervision of a business and cadre that usually exist, entered around its visit. */
  public static Supervision supervision(Random rnd, String id, int businesses, int cadres) {
    LocalDate visit = day(rnd);
    OffsetDateTime entered = visit.plusDays(rnd.nextInt(20) - 3).atTime(rnd.nextInt(24), 0)
        .atOffset(rnd.nextBoolean() ? ZoneOffset.ofHours(8) : ZoneOffset.UTC);
    return Supervision.builder().id(SupervisionId.of(id)).cadre(CadreId.of("c" + rnd.nextInt(cadres + 1)))
        .business(BusinessId.of("b" + rnd.nextInt(businesses + 1))).visitDate(visit).enteredAt(entered)
        .mode(pick(rnd, SupervisionMode.values())).build();
  }

  public static LocalDate day(Random rnd) {
    return YEAR_START.plusDays(rnd.nextInt(365));
  }

  public static <T> T pick(Random rnd, T[] values) {
    return values[rnd.nextInt(values.length)];
  }

  public static <T> T pick(Random rnd, List<T> values) {
    return values.get(rnd.nextInt(values.size()));
  }

  /** All scopes worth asking: none, and every division of the data set. */
  public static List<Optional<DivisionCode>> scopes(DataSet dataSet) {
    List<Optional<DivisionCode>> scopes = new ArrayList<>();
    scopes.add(Optional.empty());
    dataSet.divisions().forEach(d -> scopes.add(Optional.of(d.code())));
    return scopes;
  }
}

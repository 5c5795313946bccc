package dev.responsibility.testkit;

import static dev.responsibility.testkit.Quarters.earliest;
import static dev.responsibility.testkit.Quarters.latest;
import static java.time.temporal.ChronoUnit.DAYS;

import dev.responsibility.core.calendar.EntryWindow;
import dev.responsibility.core.dataset.RecordSink;
import dev.responsibility.core.model.Business;
import dev.responsibility.core.model.BusinessId;
import dev.responsibility.core.model.Cadre;
import dev.responsibility.core.model.CadreId;
import dev.responsibility.core.model.CadreLevel;
import dev.responsibility.core.model.Category;
import dev.responsibility.core.model.ChinaTime;
import dev.responsibility.core.model.CreditCode;
import dev.responsibility.core.model.DivisionCode;
import dev.responsibility.core.model.DocumentKind;
import dev.responsibility.core.model.Grade;
import dev.responsibility.core.model.GuaranteeRelation;
import dev.responsibility.core.model.LicenseNumber;
import dev.responsibility.core.model.OperatingStatus;
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
import dev.responsibility.core.policy.DirectorMandate;
import dev.responsibility.core.policy.Policy;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * One run of a {@link DataSetGenerator}: a single random stream, consumed in a fixed order, so
 * the same settings give the same records. Each business is made and sent with all its records
 * before the next; only the division tree, each cadre pool's newest cadre and a few counters are
 * kept. Not thread-safe; one per run.
 */
final class Generation {

  private static final Policy POLICY = Policy.defaults();
  private static final DirectorMandate MANDATE = POLICY.directorMandate();
  private static final Fault[] FAULTS = Fault.values();
  private static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  /** 31^9: the organisation part of a credit code is nine characters of the alphabet. */
  private static final long ORGANISATION_CODES = 26_439_622_160_671L;
  /** A multiplier prime to 31, so that numbering businesses by it is a one-to-one scramble. */
  private static final long SCRAMBLE = 7_777_777L;
  private static final int BUSINESSES_PER_TOWNSHIP = 150;

  /** How a business stands on the run's day, apart from any fault. */
  private enum Lifecycle {
    /** Licensed before last year began and operating. */
    ESTABLISHED,
    /** Licensed since last year began. */
    NEW,
    /** Suspended for a few weeks and reopened before the day. */
    PAUSED,
    /** Closed on or before the day; its relation ended the day before. */
    CLOSED,
    /** Its licence ran out before the day and was not renewed; its relation ended with it. */
    EXPIRED
  }

  /** A relation of the business being made and the cadre it names, to time visits by. */
  private record Binding(GuaranteeRelation relation, Cadre cadre) {}

  private final DataSetGenerator settings;
  private final RecordSink sink;
  private final SplittableRandom random;
  private final LocalDate asOf;
  private final LocalDate yearStart;
  /** Relations of long-standing businesses run from the first day of the year before. */
  private final LocalDate bindingStart;
  private final Set<Category> alwaysDirectorMandatory;
  private final long organisationOffset;
  private final Map<Fault, Integer> injected = new EnumMap<>(Fault.class);
  private DivisionTree tree;
  private CadreRoster roster;
  private long relations;
  private long supervisions;
  private long problems;
  private long staff;
  /** A credit code of a business surely in the base and copied by no one yet, for a duplicate. */
  private String donorCode;

  Generation(DataSetGenerator settings, RecordSink sink) {
    this.settings = settings;
    this.sink = sink;
    this.random = new SplittableRandom(settings.seed());
    this.asOf = settings.asOf();
    this.yearStart = asOf.withDayOfYear(1);
    this.bindingStart = yearStart.minusYears(1);
    this.alwaysDirectorMandatory = MANDATE.versionOn(asOf).alwaysMandatory();
    this.organisationOffset = random.nextLong(ORGANISATION_CODES);
  }

  /** Sends every record to the sink and returns how many faults of each kind it injected. */
  Map<Fault, Integer> run() {
    int townships = Math.max(1, (settings.businesses() + BUSINESSES_PER_TOWNSHIP / 2) / BUSINESSES_PER_TOWNSHIP);
    tree = DivisionTree.plant(townships, random, sink);
    roster = new CadreRoster(sink, random, asOf, bindingStart, settings.cadreLoad());
    for (int n = 1; n <= settings.businesses(); n++) {
      business(n);
    }
    return injected;
  }

  private void business(int n) {
    Fault fault = drawFault();
    Lifecycle life = fault == null ? drawLifecycle() : Lifecycle.ESTABLISHED;
    Predicate<Category> allowed = fault == Fault.DIRECTOR_MISSING ? alwaysDirectorMandatory::contains
        : fault == Fault.OFFICER_MISSING ? c -> !c.isSmallOperator() : c -> true;
    BusinessProfile profile = BusinessProfile.draw(random, allowed);
    int t = random.nextInt(tree.townshipCount());
    String village = tree.village(t, random.nextInt(tree.villageCount(t)));
    String division = profile.grade() == Grade.D || random.nextInt(10) < 7 ? village : tree.township(t);
    CadreLevel level = POLICY.cadreLevelFor(profile.grade());
    String county = tree.township(t).substring(0, 6);

    LocalDate issued = switch (life) {
      case NEW -> bindingStart.plusDays(random.nextLong(DAYS.between(bindingStart, asOf)));
      case EXPIRED -> asOf.minusYears(5).minusDays(random.nextInt(400));
      default -> bindingStart.minusDays(1 + random.nextInt(1000));
    };
    boolean permanent = profile.category().isSmallOperator() && life != Lifecycle.EXPIRED && random.nextBoolean();
    Optional<LocalDate> expires = permanent ? Optional.empty() : Optional.of(issued.plusYears(5).minusDays(1));

    if (fault == Fault.DUPLICATE_CREDIT_CODE && donorCode == null) {
      fault = null; // nobody to copy from yet: this business stays clean
    }
    String creditCode = creditCode(n, county, profile.category(), fault == Fault.INVALID_CREDIT_CODE);
    if (fault == Fault.DUPLICATE_CREDIT_CODE) {
      creditCode = donorCode;
      donorCode = null;
    }
    Grade grade = fault == Fault.LEVEL_MISMATCH ? gradeNotAt(level) : profile.grade();
    Business business = Business.builder().id(BusinessId.of(Ids.Kind.BUSINESS.of(n)))
        .name(ChineseNames.business(profile.category(), ChineseNames.place(random), random))
        .creditCode(CreditCode.of(creditCode))
        .licenseNumber(LicenseNumber.of(licence(n, county, profile.category(), fault == Fault.INVALID_LICENSE)))
        .licenseIssued(issued).licenseExpires(expires).category(profile.category()).size(profile.size())
        .grade(grade).division(DivisionCode.of(fault == Fault.OUT_OF_JURISDICTION ? tree.unknownVillage(t) : division))
        .diners(profile.diners()).highRisk(profile.highRisk()).build();
    sink.business(business);
    if (fault == null && (life == Lifecycle.ESTABLISHED || life == Lifecycle.NEW) && !creditCode.isEmpty()) {
      donorCode = creditCode;
    }

    LocalDate relationEnd = null;
    if (life == Lifecycle.CLOSED) {
      LocalDate closedOn = asOf.minusDays(random.nextInt(300));
      sink.statusChange(new StatusChange(business.id(), OperatingStatus.CLOSED, closedOn));
      relationEnd = closedOn.minusDays(1);
    } else if (life == Lifecycle.EXPIRED) {
      relationEnd = expires.orElseThrow();
    } else if (life == Lifecycle.PAUSED) {
      LocalDate suspended = asOf.minusDays(30 + random.nextInt(200));
      sink.statusChange(new StatusChange(business.id(), OperatingStatus.SUSPENDED, suspended));
      sink.statusChange(new StatusChange(business.id(), OperatingStatus.OPERATING, suspended.plusDays(7 + random.nextInt(21))));
    }

    if (fault != Fault.UNCOVERED) {
      LocalDate from = latest(issued, bindingStart);
      if (relationEnd != null && from.isAfter(relationEnd)) {
        from = issued;
      }
      String cadreDivision = tree.divisionFor(level, t, village);
      List<Binding> bindings = bind(business, level, cadreDivision, from, relationEnd, fault);
      for (Binding b : bindings) {
        supervise(business, b);
      }
      if (fault != null) {
        injectAround(fault, business, bindings, level, cadreDivision, n);
      }
    }
    if (fault == Fault.STALE_RELATION) {
      sink.statusChange(new StatusChange(business.id(), OperatingStatus.SUSPENDED, asOf.minusDays(random.nextInt(21))));
    }
    appointStaff(business, fault);
    if ((life == Lifecycle.ESTABLISHED || life == Lifecycle.NEW) && !profile.category().isSmallOperator()
        && random.nextInt(100) < 3) {
      selfChecks(business);
    }
    if (fault != null) {
      injected.merge(fault, 1, Integer::sum);
    }
  }

  private Fault drawFault() {
    double rate = settings.faultRate();
    return rate > 0 && random.nextDouble() < rate ? FAULTS[random.nextInt(FAULTS.length)] : null;
  }

  private Lifecycle drawLifecycle() {
    int r = random.nextInt(100);
    return r < 2 ? Lifecycle.CLOSED : r < 3 ? Lifecycle.EXPIRED : r < 5 ? Lifecycle.PAUSED
        : r < 20 ? Lifecycle.NEW : Lifecycle.ESTABLISHED;
  }

  private Grade gradeNotAt(CadreLevel level) {
    List<Grade> others = new ArrayList<>();
    for (Grade g : Grade.values()) {
      if (POLICY.cadreLevelFor(g) != level) {
        others.add(g);
      }
    }
    return others.get(random.nextInt(others.size()));
  }

  /**
   * The relations that bind the business from {@code from} to {@code end} (null: open): one to a
   * cadre of its pool, split at the takeover day when that cadre took over from a predecessor, or
   * one to a cadre of its own for the faults that need one.
   */
  private List<Binding> bind(Business business, CadreLevel level, String division, LocalDate from, LocalDate end,
      Fault fault) {
    List<Binding> bindings = new ArrayList<>(2);
    if (fault == Fault.INACTIVE_CADRE || fault == Fault.MISSING_DOCUMENT) {
      Cadre own = fault == Fault.INACTIVE_CADRE
          ? roster.dedicated(level, division, asOf.minusDays(1 + random.nextInt(30)), null)
          : roster.dedicated(level, division, null, DocumentKind.values()[random.nextInt(DocumentKind.values().length)]);
      bindings.add(relate(business, own, from, end));
      return bindings;
    }
    CadreRoster.Guarantor guarantor = roster.assign(level, division);
    LocalDate tookOver = guarantor.tookOver();
    if (guarantor.predecessor().isPresent() && from.isBefore(tookOver)) {
      LocalDate handedOver = end == null ? tookOver.minusDays(1) : earliest(end, tookOver.minusDays(1));
      bindings.add(relate(business, guarantor.predecessor().get(), from, handedOver));
      if (end == null || !end.isBefore(tookOver)) {
        bindings.add(relate(business, guarantor.cadre(), tookOver, end));
      }
    } else {
      bindings.add(relate(business, guarantor.cadre(), from, end));
    }
    return bindings;
  }

  private Binding relate(Business business, Cadre cadre, LocalDate from, LocalDate to) {
    return relate(business, cadre.id(), cadre, from, to);
  }

  private Binding relate(Business business, CadreId cadreId, Cadre cadre, LocalDate from, LocalDate to) {
    GuaranteeRelation relation = GuaranteeRelation.builder().id(RelationId.of(Ids.Kind.RELATION.of(++relations)))
        .cadre(cadreId).business(business.id()).validFrom(from).validTo(Optional.ofNullable(to)).build();
    sink.relation(relation);
    return new Binding(relation, cadre);
  }

  /**
   * One visit a quarter of the year up to the day, on the relation, by its cadre while active:
   * inside the quarter's window, entered on the visit day or up to three days later but by the
   * entry deadline and by the day. While the current quarter's window runs, some are still to come.
   */
  private void supervise(Business business, Binding b) {
    LocalDate until = earliest(asOf, b.relation().validTo().orElse(asOf));
    until = earliest(until, b.cadre().activeTo().orElse(until));
    int current = Quarters.of(asOf);
    for (int q = 1; q <= current; q++) {
      EntryWindow w = Quarters.window(asOf.getYear(), q);
      LocalDate lo = latest(w.first(), b.relation().validFrom());
      LocalDate hi = earliest(w.last(), until);
      boolean stillRunning = q == current && !w.last().isBefore(asOf);
      if (lo.isAfter(hi) || (stillRunning && random.nextInt(10) < 3)) {
        continue;
      }
      LocalDate visit = lo.plusDays(random.nextLong(DAYS.between(lo, hi) + 1));
      LocalDate entry = earliest(visit.plusDays(random.nextInt(4)), earliest(w.entryDeadline(), asOf));
      supervision(business, b.cadre().id(), visit, entry, true);
    }
  }

  private void supervision(Business business, CadreId cadre, LocalDate visit, LocalDate entry, boolean mayFindProblems) {
    SupervisionId id = SupervisionId.of(Ids.Kind.SUPERVISION.of(++supervisions));
    int found = mayFindProblems && random.nextInt(100) < 8 ? 1 + random.nextInt(2) : 0;
    int r = random.nextInt(100);
    SupervisionMode mode = business.highRisk() || r < 75 ? SupervisionMode.ON_SITE
        : r < 90 ? SupervisionMode.CENTRALISED : SupervisionMode.VIDEO;
    sink.supervision(Supervision.builder().id(id).cadre(cadre).business(business.id()).visitDate(visit)
        .enteredAt(enteredAt(entry)).mode(mode).problemsFound(found).build());
    for (int p = 0; p < found; p++) {
      problem(business, id, visit);
    }
  }

  /**
   * A time on the entry day in China Standard Time, a fifth of them written in UTC as some
   * platforms export them: the day of the time in UTC+8 is the entry day either way.
   */
  private OffsetDateTime enteredAt(LocalDate day) {
    OffsetDateTime at = OffsetDateTime.of(day, LocalTime.of(8 + random.nextInt(14), random.nextInt(60), random.nextInt(60)),
        ChinaTime.OFFSET);
    return random.nextInt(5) == 0 ? at.withOffsetSameInstant(ZoneOffset.UTC) : at;
  }

  /** A problem found on a visit, referred, rectified and closed out on days in order, none after the day. */
  private void problem(Business business, SupervisionId supervision, LocalDate found) {
    LocalDate referred = found.plusDays(random.nextInt(3));
    LocalDate rectified = referred.plusDays(1 + random.nextInt(20));
    LocalDate closed = rectified.plusDays(random.nextInt(6));
    boolean closes = random.nextInt(5) > 0;
    sink.problem(Problem.builder().id(ProblemId.of(Ids.Kind.PROBLEM.of(++problems))).supervision(supervision)
        .business(business.id()).foundOn(found)
        .referredOn(Optional.of(referred).filter(d -> !d.isAfter(asOf)))
        .rectifiedOn(Optional.of(rectified).filter(d -> !referred.isAfter(asOf) && !d.isAfter(asOf)))
        .closedOn(Optional.of(closed).filter(d -> closes && !rectified.isAfter(asOf) && !d.isAfter(asOf)))
        .build());
  }

  /** The records that make a fault around a business already bound and supervised. */
  private void injectAround(Fault fault, Business business, List<Binding> bindings, CadreLevel level,
      String cadreDivision, int n) {
    Binding last = bindings.get(bindings.size() - 1);
    switch (fault) {
      case DOUBLE_RELATION -> relate(business, last.cadre(),
          latest(last.relation().validFrom(), asOf.minusDays(random.nextInt(60))), null);
      case DANGLING_RELATION -> relate(business, CadreId.of("CX" + Ids.pad("", n, 7)), last.cadre(),
          bindingStart.minusDays(400), bindingStart.minusDays(200));
      case LATE_ENTRY -> {
        EntryWindow w = Quarters.latestClosedBefore(asOf);
        LocalDate visit = w.first().plusDays(random.nextLong(DAYS.between(w.first(), w.last()) + 1));
        LocalDate late = w.entryDeadline().plusDays(1);
        LocalDate entry = late.plusDays(random.nextLong(Math.min(5, DAYS.between(late, asOf)) + 1));
        supervision(business, cadreOn(bindings, visit), visit, entry, false);
      }
      case ENTERED_BEFORE_VISIT -> {
        LocalDate visit = earliest(Quarters.windowOf(asOf).last(), asOf);
        supervision(business, cadreOn(bindings, visit), visit, visit.minusDays(1), false);
      }
      case OUT_OF_PERIOD -> {
        Cadre colleague = roster.dedicated(level, cadreDivision, null, null);
        LocalDate visit = earliest(Quarters.windowOf(asOf).last(), asOf);
        supervision(business, colleague.id(), visit, visit, false);
      }
      default -> {
        // The other faults are in the business, its status or its staff, made where those are made.
      }
    }
  }

  /** The cadre of the binding active on a day: fault businesses are bound without a gap since the binding start. */
  private static CadreId cadreOn(List<Binding> bindings, LocalDate day) {
    for (Binding b : bindings) {
      if (b.relation().isActiveOn(day)) {
        return b.cadre().id();
      }
    }
    throw new IllegalStateException("no binding on " + day + " in " + bindings);
  }

  /** A principal for every business; an officer, and a director where the mandate asks, for the others. */
  private void appointStaff(Business business, Fault fault) {
    LocalDate issued = business.licenseIssued();
    appoint(business, StaffRole.PRINCIPAL, issued, null);
    if (business.category().isSmallOperator()) {
      return;
    }
    if (fault != Fault.OFFICER_MISSING) {
      LocalDate from = earliest(issued.plusDays(random.nextInt(30)), asOf);
      if (random.nextInt(100) < 5 && from.isBefore(asOf)) {
        // The first officer left; the second took over the next day.
        LocalDate change = from.plusDays(1 + random.nextLong(DAYS.between(from, asOf)));
        appoint(business, StaffRole.OFFICER, from, change.minusDays(1));
        appoint(business, StaffRole.OFFICER, change, null);
      } else {
        appoint(business, StaffRole.OFFICER, from, null);
      }
    }
    if (fault != Fault.DIRECTOR_MISSING && MANDATE.isMandatory(business, asOf)) {
      appoint(business, StaffRole.DIRECTOR, earliest(issued.plusDays(random.nextInt(60)), asOf), null);
    }
  }

  private void appoint(Business business, StaffRole role, LocalDate from, LocalDate to) {
    sink.staff(StaffAppointment.builder().id(StaffId.of(Ids.Kind.STAFF.of(++staff))).business(business.id())
        .role(role).personName(ChineseNames.person(random)).appointedOn(from).endedOn(Optional.ofNullable(to)).build());
  }

  /** A week of daily checks, a weekly inspection and a monthly meeting, none before the licence. */
  private void selfChecks(Business business) {
    for (int d = 0; d < 7; d++) {
      LocalDate day = asOf.minusDays(d);
      if (!day.isBefore(business.licenseIssued())) {
        Optional<String> findings = random.nextInt(10) == 0 ? Optional.of(ChineseNames.finding(random)) : Optional.empty();
        sink.selfCheck(SelfCheck.builder().business(business.id()).kind(SelfCheckKind.DAILY).date(day).findings(findings)
            .build());
      }
    }
    LocalDate weekly = asOf.minusDays(asOf.getDayOfWeek().getValue() - 1);
    LocalDate monthly = asOf.withDayOfMonth(1);
    if (!weekly.isBefore(business.licenseIssued())) {
      sink.selfCheck(SelfCheck.builder().business(business.id()).kind(SelfCheckKind.WEEKLY).date(weekly).build());
    }
    if (!monthly.isBefore(business.licenseIssued())) {
      sink.selfCheck(SelfCheck.builder().business(business.id()).kind(SelfCheckKind.MONTHLY).date(monthly).build());
    }
  }

  /**
   * A credit code unique to business {@code n}: 9 (registered by market regulation), 1 for an
   * enterprise or 2 for an individual business, the county's six digits, nine characters
   * numbering the business (scrambled so neighbours do not look alike) and the GB 32100 check
   * character, wrong when {@code corrupt}. Half the small operators have none.
   */
  private String creditCode(int n, String county, Category category, boolean corrupt) {
    boolean small = category.isSmallOperator();
    if (small && random.nextBoolean() && !corrupt) {
      return "";
    }
    long organisation = Math.floorMod(n * SCRAMBLE + organisationOffset, ORGANISATION_CODES);
    char[] digits = new char[9];
    for (int i = 8; i >= 0; i--) {
      digits[i] = CREDIT_ALPHABET.charAt((int) (organisation % 31));
      organisation /= 31;
    }
    String first17 = "9" + (small ? '2' : '1') + county + new String(digits);
    char check = CreditCode.checkCharacter(first17);
    if (corrupt) {
      check = CREDIT_ALPHABET.charAt((CREDIT_ALPHABET.indexOf(check) + 1 + random.nextInt(30)) % 31);
    }
    return first17 + check;
  }

  /**
   * A licence number of the category's form: SC and 14 digits for producers, JY and 14 for the
   * others, a local registration for small operators. When {@code wrong}: a producer's number
   * with JY, a trader's with SC, or none for a small operator.
   */
  private String licence(int n, String county, Category category, boolean wrong) {
    String serial = Ids.pad("", n % 1_000_000, 6);
    return switch (category.licenceForm()) {
      case PRODUCTION -> (wrong ? "JY" : "SC") + "1" + Ids.pad("", 1 + random.nextInt(32), 2) + county + serial.substring(1);
      case TRADE -> (wrong ? "SC" : "JY") + tradeKind(category) + county + serial + random.nextInt(10);
      case LOCAL_REGISTRATION -> wrong ? ""
          : (category == Category.SMALL_WORKSHOP ? "小作坊登记-" : "摊贩登记-") + county + "-" + serial;
    };
  }

  /** The first digit of a trade licence: 1 sales, 2 catering, 3 canteens. */
  private static char tradeKind(Category category) {
    return switch (category) {
      case FOOD_SELLER, CHAIN_RETAIL_HQ -> '1';
      case CANTEEN_KINDERGARTEN, CANTEEN_SCHOOL, CANTEEN_ELDERLY_CARE, CANTEEN_OTHER -> '3';
      default -> '2';
    };
  }
}

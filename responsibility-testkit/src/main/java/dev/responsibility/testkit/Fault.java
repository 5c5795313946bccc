package dev.responsibility.testkit;

import static dev.responsibility.testkit.Quarters.earliest;
import static dev.responsibility.testkit.Quarters.latest;
import static java.time.temporal.ChronoUnit.DAYS;

import dev.responsibility.core.calendar.EntryWindow;
import dev.responsibility.core.model.Business;
import dev.responsibility.core.model.BusinessId;
import dev.responsibility.core.model.BusinessSize;
import dev.responsibility.core.model.Cadre;
import dev.responsibility.core.model.CadreId;
import dev.responsibility.core.model.Category;
import dev.responsibility.core.model.ChinaTime;
import dev.responsibility.core.model.CreditCode;
import dev.responsibility.core.model.Division;
import dev.responsibility.core.model.DivisionCode;
import dev.responsibility.core.model.DivisionLevel;
import dev.responsibility.core.model.DocumentKind;
import dev.responsibility.core.model.Grade;
import dev.responsibility.core.model.GuaranteeRelation;
import dev.responsibility.core.model.LicenseNumber;
import dev.responsibility.core.model.OperatingStatus;
import dev.responsibility.core.model.RelationId;
import dev.responsibility.core.model.StaffAppointment;
import dev.responsibility.core.model.StaffId;
import dev.responsibility.core.model.StaffRole;
import dev.responsibility.core.model.StatusChange;
import dev.responsibility.core.model.Supervision;
import dev.responsibility.core.model.SupervisionId;
import dev.responsibility.core.model.SupervisionMode;
import dev.responsibility.core.policy.DirectorMandateVersion;
import dev.responsibility.core.policy.Policy;
import dev.responsibility.core.rules.CheckCode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * One kind of fault (数据问题) for each of FORMAT.md's sixteen checks, injected into a consistent
 * generated data set so that the checks as of its day find exactly {@link #expectedViolations()}
 * violations of {@link #code()} and nothing else. Each constant says how the fault is made and
 * why it disturbs no other check. The input must be consistent: no check finds anything as of
 * its day, as for a {@link DataSetGenerator}'s output with no faults; what an injection does to
 * another data set is unspecified. The same input and seed give the same output.
 *
 * <p>A {@link DataSetGenerator} with a fault rate makes the same kinds while it generates, with
 * records of their own rather than edits.
 */
public enum Fault {

  /**
   * A business of the base loses every relation, and with them its supervisions (which would
   * otherwise be out of period) and the problems those found. Its cadre may be left holding no
   * relation, which only lifts the cadre's duty to hold documents.
   */
  UNCOVERED(CheckCode.UNCOVERED, 1) {
    @Override
    void inject(DataSetEdit e) {
      Business b = e.pick(e.inBase(x -> true), "business in the base");
      Set<SupervisionId> dropped = e.original.supervisionsOf(b.id()).stream().map(Supervision::id)
          .collect(Collectors.toSet());
      e.relations.removeIf(r -> r.business().equals(b.id()));
      e.supervisions.removeIf(s -> dropped.contains(s.id()));
      e.problems.removeIf(p -> p.supervision().filter(dropped::contains).isPresent());
    }
  },

  /**
   * A business of the base is bound a second time, to the same cadre, by a relation that started
   * within the last two months: the cadre's level, division and documents fit as before.
   */
  DOUBLE_RELATION(CheckCode.DOUBLE_RELATION, 1) {
    @Override
    void inject(DataSetEdit e) {
      Business b = e.pick(e.inBase(x -> true), "business in the base");
      GuaranteeRelation r = e.activeRelationOf(b);
      LocalDate from = latest(r.validFrom(), e.asOf.minusDays(e.nextInt(60)));
      e.relations.add(GuaranteeRelation.builder().from(r).id(RelationId.of(e.freshRelationId()))
          .validFrom(from).validTo(Optional.empty()).build());
    }
  },

  /**
   * A relation that ended before the day names a known business and a cadre no record has (one
   * struck from the register). Ended, it binds nobody on the day; no supervision names the cadre.
   */
  DANGLING_RELATION(CheckCode.DANGLING_RELATION, 1) {
    @Override
    void inject(DataSetEdit e) {
      Business b = e.pick(e.businesses, "business");
      LocalDate to = e.asOf.minusDays(1 + e.nextInt(400));
      e.relations.add(GuaranteeRelation.builder().id(RelationId.of(e.freshRelationId()))
          .cadre(CadreId.of(e.freshCadreId())).business(b.id())
          .validFrom(to.minusDays(30 + e.nextInt(300))).validTo(to).build());
    }
  },

  /**
   * A business of the base with no status change on the day is suspended from the day, and its
   * relation is not released. Leaving the base, the business is no longer asked for cover,
   * codes, licence or staff, none of which were wanting.
   */
  STALE_RELATION(CheckCode.STALE_RELATION, 1) {
    @Override
    void inject(DataSetEdit e) {
      Set<BusinessId> changedOnTheDay = e.statusChanges.stream().filter(s -> s.effectiveFrom().equals(e.asOf))
          .map(StatusChange::business).collect(Collectors.toSet());
      Business b = e.pick(e.inBase(x -> !changedOnTheDay.contains(x.id())), "business in the base unchanged on the day");
      e.statusChanges.add(new StatusChange(b.id(), OperatingStatus.SUSPENDED, e.asOf));
    }
  },

  /**
   * The relation of a business of the base passes, with the supervisions made on it, to a new
   * cadre of the same level and division who left within the last month. The relation still
   * binds; a cadre who is not active owes no documents; the old cadre owes no more than before.
   */
  INACTIVE_CADRE(CheckCode.INACTIVE_CADRE, 1) {
    @Override
    void inject(DataSetEdit e) {
      Business b = e.pick(e.inBase(x -> true), "business in the base");
      GuaranteeRelation r = e.activeRelationOf(b);
      Cadre c = e.cadreOf(r);
      LocalDate left = e.asOf.minusDays(1 + e.nextInt(30));
      Cadre gone = Cadre.builder().from(c).id(CadreId.of(e.freshCadreId())).name(e.personName())
          .activeFrom(earliest(c.activeFrom(), left)).activeTo(left).build();
      e.cadres.add(gone);
      DataSetEdit.replace(e.relations, r, GuaranteeRelation.builder().from(r).cadre(gone.id()).build());
      e.supervisions.replaceAll(s -> s.business().equals(b.id()) && s.cadre().equals(c.id())
          && r.isActiveOn(s.visitDate()) ? Supervision.builder().from(s).cadre(gone.id()).build() : s);
    }
  },

  /**
   * A business of the base is regraded to a grade of another cadre level than its cadre's. The
   * grade decides nothing else the checks look at.
   */
  LEVEL_MISMATCH(CheckCode.LEVEL_MISMATCH, 1) {
    @Override
    void inject(DataSetEdit e) {
      Business b = e.pick(e.inBase(x -> true), "business in the base");
      Cadre c = e.cadreOf(e.activeRelationOf(b));
      List<Grade> others = new ArrayList<>();
      for (Grade g : Grade.values()) {
        if (POLICY.cadreLevelFor(g) != c.level()) {
          others.add(g);
        }
      }
      DataSetEdit.replace(e.businesses, b, Business.builder().from(b).grade(e.pick(others, "other grade")).build());
    }
  },

  /**
   * A business of the base is recorded in a village outside its cadre's division, or, when the
   * data set has none, under a 12-digit code it lacks (which is below nothing). The division
   * decides nothing else the checks look at.
   */
  OUT_OF_JURISDICTION(CheckCode.OUT_OF_JURISDICTION, 1) {
    @Override
    void inject(DataSetEdit e) {
      Business b = e.pick(e.inBase(x -> true), "business in the base");
      Cadre c = e.cadreOf(e.activeRelationOf(b));
      Map<DivisionCode, Division> known = new HashMap<>();
      e.divisions.forEach(d -> known.put(d.code(), d));
      List<Division> outside = e.divisions.stream()
          .filter(d -> d.level() == DivisionLevel.VILLAGE && !atOrBelow(d.code(), c.division(), known)).toList();
      DivisionCode target = outside.isEmpty() ? unknownCode(known) : e.pick(outside, "village").code();
      DataSetEdit.replace(e.businesses, b, Business.builder().from(b).division(target).build());
    }
  },

  /**
   * The cadre of a business of the base loses every document of one kind. The cadre is active
   * and holds that relation, so the kind is wanting; the other two are still valid.
   */
  MISSING_DOCUMENT(CheckCode.MISSING_DOCUMENT, 1) {
    @Override
    void inject(DataSetEdit e) {
      Business b = e.pick(e.inBase(x -> true), "business in the base");
      Cadre c = e.cadreOf(e.activeRelationOf(b));
      DocumentKind kind = e.pick(List.of(DocumentKind.values()), "kind");
      e.documents.removeIf(d -> d.cadre().equals(c.id()) && d.kind() == kind);
    }
  },

  /**
   * A business of the base gets a credit code with a wrong check character: its own code's
   * first 17 characters, or for a small operator without one, a code made up for it. No other
   * business has it, valid codes all being different from an invalid one.
   */
  INVALID_CREDIT_CODE(CheckCode.INVALID_CREDIT_CODE, 1) {
    @Override
    void inject(DataSetEdit e) {
      Business b = e.pick(e.inBase(x -> true), "business in the base");
      String code = b.creditCode().value();
      String first17 = code.length() == CreditCode.LENGTH ? code.substring(0, 17) : madeUpFirst17(e);
      char check = CreditCode.checkCharacter(first17);
      char wrong = ALPHABET.charAt((ALPHABET.indexOf(check) + 1 + e.nextInt(ALPHABET.length() - 1)) % ALPHABET.length());
      DataSetEdit.replace(e.businesses, b, Business.builder().from(b).creditCode(CreditCode.of(first17 + wrong)).build());
    }
  },

  /**
   * A business of the base with a credit code is registered twice: a twin with a new id, the
   * same code and licence, bound to the same cadre and staffed by copies of its appointments
   * active on the day. Both are in the base, so both are counted: two violations.
   */
  DUPLICATE_CREDIT_CODE(CheckCode.DUPLICATE_CREDIT_CODE, 2) {
    @Override
    void inject(DataSetEdit e) {
      Business b = e.pick(e.inBase(x -> !x.creditCode().isEmpty()), "business in the base with a credit code");
      Business twin = Business.builder().from(b).id(BusinessId.of(e.freshBusinessId())).build();
      e.businesses.add(twin);
      GuaranteeRelation r = e.activeRelationOf(b);
      e.relations.add(GuaranteeRelation.builder().from(r).id(RelationId.of(e.freshRelationId())).business(twin.id())
          .build());
      for (StaffAppointment s : e.original.staffOf(b.id())) {
        if (s.isActiveOn(e.asOf)) {
          e.staff.add(StaffAppointment.builder().from(s).id(StaffId.of(e.freshStaffId())).business(twin.id()).build());
        }
      }
    }
  },

  /**
   * A business of the base gets a licence number of the wrong form: a producer's number with
   * JY, a trader's with SC, or none for a small operator.
   */
  INVALID_LICENSE(CheckCode.INVALID_LICENSE, 1) {
    @Override
    void inject(DataSetEdit e) {
      Business b = e.pick(e.inBase(x -> true), "business in the base");
      String number = b.licenseNumber().value();
      String wrong = switch (b.category().licenceForm()) {
        case PRODUCTION -> "JY" + number.substring(2);
        case TRADE -> "SC" + number.substring(2);
        case LOCAL_REGISTRATION -> "";
      };
      DataSetEdit.replace(e.businesses, b, Business.builder().from(b).licenseNumber(LicenseNumber.of(wrong)).build());
    }
  },

  /**
   * A business of the base that the mandate in force on the day can cover is made to need a
   * director if it did not (grown to LARGE, or feeding as many as its category's threshold),
   * and its directors leave the day before (or are struck off if appointed on the day). Size
   * and diners decide nothing else the checks look at.
   */
  DIRECTOR_MISSING(CheckCode.DIRECTOR_MISSING, 1) {
    @Override
    void inject(DataSetEdit e) {
      DirectorMandateVersion mandate = POLICY.directorMandate().versionOn(e.asOf);
      Business b = e.pick(e.inBase(x -> canNeedDirector(mandate, x.category())), "business that can need a director");
      Business needing = needingDirector(mandate, b);
      if (!needing.equals(b)) {
        DataSetEdit.replace(e.businesses, b, needing);
      }
      e.original.staffOf(b.id()).stream().filter(s -> s.role() == StaffRole.DIRECTOR && s.isActiveOn(e.asOf))
          .forEach(s -> endBeforeTheDay(e, s));
    }
  },

  /**
   * The officers of a business of the base that is not a small operator leave the day before
   * (or are struck off if appointed on the day).
   */
  OFFICER_MISSING(CheckCode.OFFICER_MISSING, 1) {
    @Override
    void inject(DataSetEdit e) {
      Business b = e.pick(e.inBase(x -> !x.category().isSmallOperator()), "business in the base not a small operator");
      e.original.staffOf(b.id()).stream().filter(s -> s.role() == StaffRole.OFFICER && s.isActiveOn(e.asOf))
          .forEach(s -> endBeforeTheDay(e, s));
    }
  },

  /**
   * A new supervision, on a relation during the window of the latest quarter whose entry
   * deadline has passed, entered one to six days after that deadline and by the day. It is on
   * its relation and not entered before its visit.
   */
  LATE_ENTRY(CheckCode.LATE_ENTRY, 1) {
    @Override
    void inject(DataSetEdit e) {
      EntryWindow closed = Quarters.latestClosedBefore(e.asOf);
      List<Visit> visits = new ArrayList<>();
      for (GuaranteeRelation r : e.relations) {
        if (e.isKnown(r)) {
          visitIn(r, closed, e.asOf).ifPresent(visits::add);
        }
      }
      Visit v = e.pick(visits, "relation during a closed quarter's window");
      LocalDate visit = v.from().plusDays(e.nextInt((int) DAYS.between(v.from(), v.to()) + 1));
      LocalDate late = v.window().entryDeadline().plusDays(1);
      LocalDate entry = late.plusDays(e.nextInt((int) Math.min(5, DAYS.between(late, e.asOf)) + 1));
      e.supervisions.add(supervision(e, v.relation().cadre(), v.relation().business(), visit, entry));
    }
  },

  /**
   * A new supervision on a relation, visiting on a day of a quarter's window up to the day, is
   * entered the day before its visit. Entered earlier than the window closes, it is not late.
   */
  ENTERED_BEFORE_VISIT(CheckCode.ENTERED_BEFORE_VISIT, 1) {
    @Override
    void inject(DataSetEdit e) {
      EntryWindow current = Quarters.windowOf(e.asOf);
      List<Visit> visits = new ArrayList<>();
      for (GuaranteeRelation r : e.relations) {
        if (e.isKnown(r)) {
          visitIn(r, current, e.asOf).ifPresent(visits::add);
        }
      }
      Visit v = e.pick(visits, "relation during a quarter's window");
      LocalDate visit = v.to().minusDays(e.nextInt((int) Math.min(7, DAYS.between(v.from(), v.to())) + 1));
      e.supervisions.add(supervision(e, v.relation().cadre(), v.relation().business(), visit, visit.minusDays(1)));
    }
  },

  /**
   * A cadre with no relation to a business enters a visit to it, on a day of the current
   * quarter's window up to the day, entered that day. The cadre is an active one of the data set
   * when there is one, or else a new cadre holding no relation, who owes no documents.
   */
  OUT_OF_PERIOD(CheckCode.OUT_OF_PERIOD, 1) {
    @Override
    void inject(DataSetEdit e) {
      Business b = e.pick(e.businesses, "business");
      Set<CadreId> related = e.original.relationsOf(b.id()).stream().map(GuaranteeRelation::cadre)
          .collect(Collectors.toSet());
      List<Cadre> strangers = e.cadres.stream().filter(c -> !related.contains(c.id()) && c.isActiveOn(e.asOf)).toList();
      Cadre stranger = strangers.isEmpty() ? newCadreFor(e, b) : e.pick(strangers, "cadre");
      LocalDate visit = earliest(Quarters.windowOf(e.asOf).last(), e.asOf);
      e.supervisions.add(supervision(e, stranger.id(), b.id(), visit, visit));
    }
  };

  private static final Policy POLICY = Policy.defaults();
  private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private final CheckCode code;
  private final int expectedViolations;

  Fault(CheckCode code, int expectedViolations) {
    this.code = code;
    this.expectedViolations = expectedViolations;
  }

  /** @return the check that finds this fault */
  public CheckCode code() {
    return code;
  }

  /**
   * @return how many violations one injection makes: 1, or 2 for {@link #DUPLICATE_CREDIT_CODE},
   *     which FORMAT.md counts once for each business sharing the code
   */
  public int expectedViolations() {
    return expectedViolations;
  }

  /**
   * @param code a check code, not null
   * @return the fault that check finds
   */
  public static Fault of(CheckCode code) {
    Objects.requireNonNull(code, "code");
    for (Fault f : values()) {
      if (f.code == code) {
        return f;
      }
    }
    throw new AssertionError("no fault for " + code);
  }

  /**
   * Whether the data set has records this fault can be made from: most faults need a business in
   * the base, some one that is not a small operator, one with a credit code, or a relation
   * during a quarter's window.
   *
   * @param consistent a consistent generated data set, not null
   * @return whether {@link #injectInto} can inject this fault into it
   */
  public boolean canInjectInto(GeneratedDataSet consistent) {
    try {
      inject(new DataSetEdit(consistent, new SplittableRandom(0)));
      return true;
    } catch (DataSetEdit.NotApplicable e) {
      return false;
    }
  }

  /**
   * Injects one fault of this kind.
   *
   * @param consistent a data set on which no check finds anything as of its day, not null
   * @param seed chooses the records to change
   * @return a new data set on which the checks as of the same day find exactly {@link
   *     #expectedViolations()} violations of {@link #code()} and no other; the input is unchanged
   * @throws IllegalArgumentException if the data set has no record this fault can be made from
   *     (see {@link #canInjectInto})
   */
  public GeneratedDataSet injectInto(GeneratedDataSet consistent, long seed) {
    DataSetEdit edit = new DataSetEdit(consistent, new SplittableRandom(seed));
    try {
      inject(edit);
    } catch (DataSetEdit.NotApplicable e) {
      throw new IllegalArgumentException("cannot inject " + name() + " into " + consistent + ": " + e.getMessage(), e);
    }
    Map<Fault, Integer> faults = new EnumMap<>(Fault.class);
    faults.putAll(consistent.faults());
    faults.merge(this, 1, Integer::sum);
    return new GeneratedDataSet(edit.build(), consistent.asOf(), faults,
        consistent.origin() + " + " + name() + " (seed " + seed + ")");
  }

  /** Makes the fault in the edit, or throws {@link DataSetEdit.NotApplicable}. */
  abstract void inject(DataSetEdit edit);

  /** Days a relation binds within a quarter's window, by the day. */
  private record Visit(GuaranteeRelation relation, EntryWindow window, LocalDate from, LocalDate to) {}

  /**
   * The days of the latest window, {@code window} or one before it, in which the relation binds,
   * none after {@code asOf}.
   */
  private static Optional<Visit> visitIn(GuaranteeRelation r, EntryWindow window, LocalDate asOf) {
    for (EntryWindow w = window; !w.last().isBefore(r.validFrom()); w = Quarters.previous(w)) {
      LocalDate from = latest(w.first(), r.validFrom());
      LocalDate to = earliest(earliest(w.last(), asOf), r.validTo().orElse(w.last()));
      if (!from.isAfter(to)) {
        return Optional.of(new Visit(r, w, from, to));
      }
    }
    return Optional.empty();
  }

  /** A supervision on site, entered at ten in the morning China Standard Time. */
  private static Supervision supervision(DataSetEdit e, CadreId cadre, BusinessId business, LocalDate visit,
      LocalDate entered) {
    return Supervision.builder().id(SupervisionId.of(e.freshSupervisionId())).cadre(cadre)
        .business(business).visitDate(visit)
        .enteredAt(OffsetDateTime.of(entered, LocalTime.of(10, 0), ChinaTime.OFFSET))
        .mode(SupervisionMode.ON_SITE).problemsFound(0).build();
  }

  private static boolean atOrBelow(DivisionCode child, DivisionCode ancestor, Map<DivisionCode, Division> known) {
    for (Division d = known.get(child); d != null; d = d.parentCode().map(known::get).orElse(null)) {
      if (d.code().equals(ancestor)) {
        return true;
      }
    }
    return child.equals(ancestor);
  }

  private static DivisionCode unknownCode(Map<DivisionCode, Division> known) {
    for (int n = 999; ; n--) {
      DivisionCode code = DivisionCode.of("999999999" + n);
      if (!known.containsKey(code)) {
        return code;
      }
    }
  }

  private static String madeUpFirst17(DataSetEdit e) {
    StringBuilder s = new StringBuilder("92");
    while (s.length() < 17) {
      s.append(ALPHABET.charAt(e.nextInt(ALPHABET.length())));
    }
    return s.toString();
  }

  private static boolean canNeedDirector(DirectorMandateVersion mandate, Category category) {
    return mandate.alwaysMandatory().contains(category) || mandate.mandatoryWhenLargeOrMedium().contains(category)
        || mandate.dinersAtLeast().containsKey(category) || mandate.dinersMoreThan().containsKey(category);
  }

  private static Business needingDirector(DirectorMandateVersion mandate, Business b) {
    if (mandate.isMandatory(b.category(), b.size(), b.diners())) {
      return b;
    }
    if (mandate.mandatoryWhenLargeOrMedium().contains(b.category())) {
      return Business.builder().from(b).size(BusinessSize.LARGE).build();
    }
    Integer atLeast = mandate.dinersAtLeast().get(b.category());
    return Business.builder().from(b)
        .diners(atLeast != null ? atLeast : mandate.dinersMoreThan().get(b.category()) + 1).build();
  }

  private static void endBeforeTheDay(DataSetEdit e, StaffAppointment s) {
    if (s.appointedOn().isBefore(e.asOf)) {
      DataSetEdit.replace(e.staff, s, StaffAppointment.builder().from(s).endedOn(e.asOf.minusDays(1)).build());
    } else {
      e.staff.remove(s);
    }
  }

  /** A new cadre of the business's grade level and division, active for a year, added to the data set. */
  private static Cadre newCadreFor(DataSetEdit e, Business b) {
    Cadre c = Cadre.builder().id(CadreId.of(e.freshCadreId())).name(e.personName())
        .level(POLICY.cadreLevelFor(b.grade())).division(b.division()).activeFrom(e.asOf.minusYears(1)).build();
    e.cadres.add(c);
    return c;
  }
}

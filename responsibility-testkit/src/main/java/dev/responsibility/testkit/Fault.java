package dev.responsibility.testkit;

import dev.responsibility.core.calendar.WorkPlans;
import dev.responsibility.core.dataset.DataSet;
import dev.responsibility.core.model.Business;
import dev.responsibility.core.model.BusinessSize;
import dev.responsibility.core.model.Cadre;
import dev.responsibility.core.model.CadreDocument;
import dev.responsibility.core.model.CadreId;
import dev.responsibility.core.model.Category;
import dev.responsibility.core.model.CreditCode;
import dev.responsibility.core.model.DivisionCode;
import dev.responsibility.core.model.Grade;
import dev.responsibility.core.model.GuaranteeRelation;
import dev.responsibility.core.model.LicenseNumber;
import dev.responsibility.core.model.OperatingStatus;
import dev.responsibility.core.model.RelationId;
import dev.responsibility.core.model.StaffAppointment;
import dev.responsibility.core.model.StaffRole;
import dev.responsibility.core.model.StatusChange;
import dev.responsibility.core.model.Supervision;
import dev.responsibility.core.model.SupervisionId;
import dev.responsibility.core.model.SupervisionMode;
import dev.responsibility.core.policy.DirectorMandate;
import dev.responsibility.core.rules.CheckCode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * One fault of each check's kind, injected into a consistent generated data set so that the checks
 * as of its day report exactly {@link #expectedViolations()} violations of {@link #code()} and
 * nothing else. Each constant's Javadoc says how it is made without side effects on other checks.
 * The input must be consistent on its day (a {@link DataSetGenerator} output with no faults) and
 * hold at least two businesses of the base with supervisions, which a township of 20 or more has.
 */
public enum Fault {
  /** A business of the base loses its relation and, so that nothing is out of period, its supervisions. */
  UNCOVERED(CheckCode.UNCOVERED, 1) {
    @Override
    void apply(Records r) {
      Business b = r.businessInBase(x -> !r.relationsOf(x).isEmpty());
      r.relations.removeIf(rel -> rel.business().equals(b.id()));
      r.supervisions.removeIf(s -> s.business().equals(b.id()));
    }
  },
  /** A business's relation gets a twin, same cadre and start, another id. */
  DOUBLE_RELATION(CheckCode.DOUBLE_RELATION, 1) {
    @Override
    void apply(Records r) {
      GuaranteeRelation rel = r.activeRelation(r.businessInBase(x -> !r.relationsOf(x).isEmpty()));
      r.relations.add(GuaranteeRelation.builder().from(rel).id(RelationId.of(rel.id().value() + "-twin")).build());
    }
  },
  /** An ended relation names a cadre nobody has; it is not active, so only DANGLING_RELATION sees it. */
  DANGLING_RELATION(CheckCode.DANGLING_RELATION, 1) {
    @Override
    void apply(Records r) {
      Business b = r.businessInBase(x -> true);
      LocalDate end = r.asOf.minusYears(3);
      r.relations.add(GuaranteeRelation.builder().id(RelationId.of("R-DANGLING")).cadre(CadreId.of("C-NOBODY"))
          .business(b.id()).validFrom(end.minusDays(30)).validTo(end).build());
    }
  },
  /** A business with a relation is suspended the day before: its relation is still active. */
  STALE_RELATION(CheckCode.STALE_RELATION, 1) {
    @Override
    void apply(Records r) {
      Business b = r.businessInBase(x -> r.relationsOf(x).size() == 1
          && r.statusChanges.stream().noneMatch(s -> s.business().equals(x.id())));
      r.statusChanges.add(new StatusChange(b.id(), OperatingStatus.SUSPENDED, r.asOf.minusDays(1)));
    }
  },
  /**
   * A business moves, with its supervisions, to a new cadre of the same level and division who
   * left the day before; an inactive cadre owes no documents.
   */
  INACTIVE_CADRE(CheckCode.INACTIVE_CADRE, 1) {
    @Override
    void apply(Records r) {
      Business b = r.businessInBase(x -> r.relationsOf(x).size() == 1);
      GuaranteeRelation rel = r.relationsOf(b).get(0);
      Cadre old = r.cadre(rel.cadre());
      Cadre gone = Cadre.builder().from(old).id(CadreId.of("C-LEFT")).activeTo(r.asOf.minusDays(1)).build();
      r.cadres.add(gone);
      r.relations.set(r.relations.indexOf(rel), GuaranteeRelation.builder().from(rel).cadre(gone.id()).build());
      r.supervisions.replaceAll(s -> s.business().equals(b.id()) ? Supervision.builder().from(s).cadre(gone.id()).build() : s);
    }
  },
  /** A business's grade moves one step, so its cadre's level no longer matches. */
  LEVEL_MISMATCH(CheckCode.LEVEL_MISMATCH, 1) {
    @Override
    void apply(Records r) {
      Business b = r.businessInBase(x -> r.relationsOf(x).size() == 1);
      r.replace(b, Business.builder().from(b).grade(b.grade() == Grade.D ? Grade.C : Grade.D).build());
    }
  },
  /** A business moves to a division code the data set lacks, which is below nothing. */
  OUT_OF_JURISDICTION(CheckCode.OUT_OF_JURISDICTION, 1) {
    @Override
    void apply(Records r) {
      Business b = r.businessInBase(x -> r.relationsOf(x).size() == 1);
      r.replace(b, Business.builder().from(b).division(DivisionCode.of("999999999999")).build());
    }
  },
  /** A cadre holding relations loses the task list. */
  MISSING_DOCUMENT(CheckCode.MISSING_DOCUMENT, 1) {
    @Override
    void apply(Records r) {
      Business b = r.businessInBase(x -> r.relationsOf(x).size() == 1);
      CadreId cadre = r.relationsOf(b).get(0).cadre();
      r.documents.removeIf(d -> d.cadre().equals(cadre) && d.kind() == dev.responsibility.core.model.DocumentKind.TASK_LIST);
    }
  },
  /** A business that needs a credit code gets a wrong check character. */
  INVALID_CREDIT_CODE(CheckCode.INVALID_CREDIT_CODE, 1) {
    @Override
    void apply(Records r) {
      Business b = r.businessInBase(x -> x.creditCode().isValid());
      String code = b.creditCode().value();
      char wrong = code.charAt(17) == '0' ? '1' : '0';
      r.replace(b, Business.builder().from(b).creditCode(CreditCode.of(code.substring(0, 17) + wrong)).build());
    }
  },
  /** A second business of the base takes the first's code: both are counted. */
  DUPLICATE_CREDIT_CODE(CheckCode.DUPLICATE_CREDIT_CODE, 2) {
    @Override
    void apply(Records r) {
      Business first = r.businessInBase(x -> x.creditCode().isValid());
      Business second = r.businessInBase(x -> x.creditCode().isValid() && !x.id().equals(first.id()));
      r.replace(second, Business.builder().from(second).creditCode(first.creditCode()).build());
    }
  },
  /** A trade-licensed business gets a number that is not JY and 14 digits. */
  INVALID_LICENSE(CheckCode.INVALID_LICENSE, 1) {
    @Override
    void apply(Records r) {
      Business b = r.businessInBase(x -> x.category().licenceForm() == Category.LicenceForm.TRADE);
      r.replace(b, Business.builder().from(b).licenseNumber(LicenseNumber.of("JY-" + b.id().value())).build());
    }
  },
  /** A director-mandatory business loses its director, or a seller grows to LARGE without one. */
  DIRECTOR_MISSING(CheckCode.DIRECTOR_MISSING, 1) {
    @Override
    void apply(Records r) {
      Optional<StaffAppointment> director = r.staff.stream().filter(s -> s.role() == StaffRole.DIRECTOR
          && s.isActiveOn(r.asOf) && r.inBase(r.business(s.business()))).findFirst();
      if (director.isPresent()) {
        r.staff.remove(director.get());
        return;
      }
      Business b = r.businessInBase(x -> (x.category() == Category.FOOD_SELLER || x.category() == Category.CATERER)
          && !DirectorMandate.defaults().isMandatory(x, r.asOf));
      r.replace(b, Business.builder().from(b).size(BusinessSize.LARGE).build());
    }
  },
  /** A business that needs an officer loses its officer. */
  OFFICER_MISSING(CheckCode.OFFICER_MISSING, 1) {
    @Override
    void apply(Records r) {
      StaffAppointment officer = r.staff.stream().filter(s -> s.role() == StaffRole.OFFICER && s.isActiveOn(r.asOf)
          && r.inBase(r.business(s.business()))).findFirst().orElseThrow();
      r.staff.remove(officer);
    }
  },
  /** A new supervision of last year's fourth quarter, on a relation active then, is entered today: late. */
  LATE_ENTRY(CheckCode.LATE_ENTRY, 1) {
    @Override
    void apply(Records r) {
      GuaranteeRelation rel = r.relationActiveOn(r.asOf.withDayOfYear(1).minusDays(40));
      r.supervisions.add(r.supervision("S-LATE", rel, r.asOf.withDayOfYear(1).minusDays(40), r.asOf));
    }
  },
  /** A new supervision is entered the day before its visit (today). */
  ENTERED_BEFORE_VISIT(CheckCode.ENTERED_BEFORE_VISIT, 1) {
    @Override
    void apply(Records r) {
      LocalDate day = r.safeDay();
      GuaranteeRelation rel = r.relationActiveOn(day);
      r.supervisions.add(r.supervision("S-EARLY", rel, day, day.minusDays(1)));
    }
  },
  /** Another active cadre enters a visit to a business on no relation of theirs. */
  OUT_OF_PERIOD(CheckCode.OUT_OF_PERIOD, 1) {
    @Override
    void apply(Records r) {
      LocalDate day = r.safeDay();
      GuaranteeRelation rel = r.relationActiveOn(day);
      Cadre other = r.cadres.stream().filter(c -> !c.id().equals(rel.cadre()) && c.isActiveOn(r.asOf)).findFirst()
          .orElseGet(() -> {
            Cadre copy = Cadre.builder().from(r.cadre(rel.cadre())).id(CadreId.of("C-OTHER")).build();
            r.cadres.add(copy);
            return copy;
          });
      GuaranteeRelation elsewhere = GuaranteeRelation.builder().from(rel).cadre(other.id()).build();
      r.supervisions.add(r.supervision("S-ELSEWHERE", elsewhere, day, day));
    }
  };

  private final CheckCode code;
  private final int expected;

  Fault(CheckCode code, int expected) {
    this.code = code;
    this.expected = expected;
  }

  /** @return the check that reports this fault */
  public CheckCode code() {
    return code;
  }

  /** @return how many violations the fault makes (two for a shared credit code: one per business) */
  public int expectedViolations() {
    return expected;
  }

  /**
   * @param consistent a data set with no violation on its day, not null
   * @return the same data set with this fault
   * @throws IllegalArgumentException if the data set has no record this fault can be made from
   */
  public GeneratedDataSet injectInto(GeneratedDataSet consistent) {
    Records r = new Records(consistent.dataSet(), consistent.asOf(), consistent.seed());
    try {
      apply(r);
    } catch (java.util.NoSuchElementException e) {
      throw new IllegalArgumentException(name() + " needs a record the data set does not have: " + consistent, e);
    }
    return new GeneratedDataSet(r.build(), consistent.asOf(), consistent.seed());
  }

  abstract void apply(Records r);

  /** The records of a data set as lists to change, with the look-ups the faults need. */
  static final class Records {
    final LocalDate asOf;
    final SplittableRandom rnd;
    final DataSet original;
    final List<Business> businesses;
    final List<StatusChange> statusChanges;
    final List<Cadre> cadres;
    final List<GuaranteeRelation> relations;
    final List<CadreDocument> documents;
    final List<Supervision> supervisions;
    final List<StaffAppointment> staff;

    Records(DataSet d, LocalDate asOf, long seed) {
      this.original = d;
      this.asOf = asOf;
      this.rnd = new SplittableRandom(seed);
      businesses = new ArrayList<>(d.businesses());
      statusChanges = new ArrayList<>(d.statusChanges());
      cadres = new ArrayList<>(d.cadres());
      relations = new ArrayList<>(d.relations());
      documents = new ArrayList<>(d.documents());
      supervisions = new ArrayList<>(d.supervisions());
      staff = new ArrayList<>(d.staff());
    }

    boolean inBase(Business b) {
      return original.isInBase(b.id(), asOf);
    }

    /** A business of the base meeting a condition, picked by the seed. */
    Business businessInBase(Predicate<Business> condition) {
      List<Business> candidates = businesses.stream().filter(b -> inBase(b) && condition.test(b)).toList();
      if (candidates.isEmpty()) {
        throw new java.util.NoSuchElementException("no business of the base fits");
      }
      return candidates.get(rnd.nextInt(candidates.size()));
    }

    Business business(dev.responsibility.core.model.BusinessId id) {
      return businesses.stream().filter(b -> b.id().equals(id)).findFirst().orElseThrow();
    }

    Cadre cadre(CadreId id) {
      return cadres.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    List<GuaranteeRelation> relationsOf(Business b) {
      return relations.stream().filter(r -> r.business().equals(b.id()) && r.isActiveOn(asOf)).toList();
    }

    GuaranteeRelation activeRelation(Business b) {
      return relationsOf(b).get(0);
    }

    /** A relation of a business in the base whose cadre is active, active on a day and today. */
    GuaranteeRelation relationActiveOn(LocalDate day) {
      Business b = businessInBase(x -> relationsOf(x).stream().anyMatch(r -> r.isActiveOn(day)));
      return relationsOf(b).stream().filter(r -> r.isActiveOn(day)).findFirst().orElseThrow();
    }

    /** The latest day on or before the day asked whose entry is not late: the day, or its quarter's deadline. */
    LocalDate safeDay() {
      LocalDate deadline = WorkPlans.defaults().entryDeadlineOf(asOf);
      return deadline.isBefore(asOf) ? deadline : asOf;
    }

    Supervision supervision(String id, GuaranteeRelation on, LocalDate visit, LocalDate entered) {
      return Supervision.builder().id(SupervisionId.of(id)).cadre(on.cadre()).business(on.business()).visitDate(visit)
          .enteredAt(OffsetDateTime.of(entered.atTime(10, 0), ZoneOffset.ofHours(8))).mode(SupervisionMode.ON_SITE).build();
    }

    void replace(Business old, Business changed) {
      businesses.set(businesses.indexOf(old), changed);
    }

    DataSet build() {
      DataSet.Builder b = DataSet.builder();
      original.divisions().forEach(b::add);
      businesses.forEach(b::add);
      statusChanges.forEach(b::add);
      cadres.forEach(b::add);
      relations.forEach(b::add);
      documents.forEach(b::add);
      supervisions.forEach(b::add);
      original.problems().forEach(b::add);
      staff.forEach(b::add);
      original.selfChecks().forEach(b::add);
      return b.build();
    }
  }
}

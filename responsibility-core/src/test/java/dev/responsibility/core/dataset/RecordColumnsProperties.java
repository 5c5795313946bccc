package dev.responsibility.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.responsibility.core.MessyTownships;
import dev.responsibility.core.model.Business;
import dev.responsibility.core.model.BusinessId;
import dev.responsibility.core.model.CadreDocument;
import dev.responsibility.core.model.CadreId;
import dev.responsibility.core.model.DocumentId;
import dev.responsibility.core.model.DocumentKind;
import dev.responsibility.core.model.GuaranteeRelation;
import dev.responsibility.core.model.InvalidRecordException;
import dev.responsibility.core.model.Problem;
import dev.responsibility.core.model.ProblemId;
import dev.responsibility.core.model.RelationId;
import dev.responsibility.core.model.StaffAppointment;
import dev.responsibility.core.model.StaffId;
import dev.responsibility.core.model.StaffRole;
import dev.responsibility.core.model.Supervision;
import dev.responsibility.core.model.SupervisionId;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The records a data set keeps as columns read back equal to those it was given. */
class RecordColumnsProperties {

  /**
   * A supervision given as its fields goes in as its record would: the same data set when taken,
   * the record's own error when refused, and nothing kept of a refused one. Ids plain, outside
   * ASCII, beyond the BMP, blank, empty or holding a lone surrogate; counts negative, absent or
   * not; times in any offset, off the whole second, or at the end of time.
   */
  @Property(tries = 300)
  void aSupervisionAddedAsItsFieldsIsTheRecordAdded(@ForAll long seed, @ForAll @IntRange(max = 30) int count) {
    Random rnd = new Random(seed);
    assertAddedAlike(count, i -> {
      Supervision s = MessyTownships.supervision(rnd, "s" + i, 5, 4);
      String[] ids = oddly(rnd, "s" + i, s.cadre().value(), s.business().value());
      String id = ids[0];
      String cadre = ids[1];
      String business = ids[2];
      OptionalInt found = rnd.nextInt(3) == 0 ? OptionalInt.empty() : OptionalInt.of(rnd.nextInt(9) - 2);
      OffsetDateTime entered = rnd.nextInt(20) == 0 ? OffsetDateTime.MAX // its day in UTC+8 is past LocalDate's
          : rnd.nextBoolean() ? s.enteredAt()
          : s.enteredAt().withOffsetSameInstant(ZoneOffset.ofHoursMinutes(-9, -30)).plusNanos(rnd.nextInt(1000));
      return new Ways(b -> b.add(Supervision.builder().id(SupervisionId.of(id)).cadre(CadreId.of(cadre))
          .business(BusinessId.of(business)).visitDate(s.visitDate()).enteredAt(entered).mode(s.mode())
          .problemsFound(found).build()),
          b -> b.addSupervision(new StringBuilder(id), new StringBuilder(cadre), new StringBuilder(business),
              s.visitDate(), entered, s.mode(), found));
    });
  }

  /** As {@link #aSupervisionAddedAsItsFieldsIsTheRecordAdded}, for relations, ending before they start too. */
  @Property(tries = 200)
  void aRelationAddedAsItsFieldsIsTheRecordAdded(@ForAll long seed, @ForAll @IntRange(max = 30) int count) {
    Random rnd = new Random(seed);
    assertAddedAlike(count, i -> {
      GuaranteeRelation r = MessyTownships.relation(rnd, "r" + i, 5, 4);
      String[] ids = oddly(rnd, "r" + i, r.cadre().value(), r.business().value());
      String id = ids[0];
      String cadre = ids[1];
      String business = ids[2];
      Optional<LocalDate> to = rnd.nextInt(3) == 0 ? Optional.empty()
          : Optional.of(r.validFrom().plusDays(rnd.nextInt(40) - 10));
      return new Ways(b -> b.add(GuaranteeRelation.builder().id(RelationId.of(id)).cadre(CadreId.of(cadre))
          .business(BusinessId.of(business)).validFrom(r.validFrom()).validTo(to).build()),
          b -> b.addRelation(new StringBuilder(id), new StringBuilder(cadre), new StringBuilder(business),
              r.validFrom(), to));
    });
  }

  /** As {@link #aSupervisionAddedAsItsFieldsIsTheRecordAdded}, for staff, their names odd too. */
  @Property(tries = 200)
  void anAppointmentAddedAsItsFieldsIsTheRecordAdded(@ForAll long seed, @ForAll @IntRange(max = 30) int count) {
    Random rnd = new Random(seed);
    assertAddedAlike(count, i -> {
      String id = oddly(rnd, "e" + i);
      String business = oddly(rnd, "b" + rnd.nextInt(5));
      String name = oddly(rnd, rnd.nextBoolean() ? "唐珍" : "Ana");
      StaffRole role = MessyTownships.pick(rnd, StaffRole.values());
      LocalDate from = MessyTownships.day(rnd);
      Optional<LocalDate> ended = rnd.nextInt(3) == 0 ? Optional.of(from.plusDays(rnd.nextInt(40) - 10))
          : Optional.empty();
      return new Ways(b -> b.add(StaffAppointment.builder().id(StaffId.of(id)).business(BusinessId.of(business))
          .role(role).personName(name).appointedOn(from).endedOn(ended).build()),
          b -> b.addStaff(new StringBuilder(id), new StringBuilder(business), role, new StringBuilder(name), from,
              ended));
    });
  }

  /**
   * One record added two ways: built and added, and given as its fields, the texts as
   * characters held the way a reader holds them, not as strings.
   */
  private record Ways(Consumer<DataSet.Builder> asRecord, Consumer<DataSet.Builder> asFields) {}

  /**
   * Adds records both ways to two builders: each refused one way is refused the other with the
   * same error, and the two builders build the same data set.
   */
  private static void assertAddedAlike(int count, IntFunction<Ways> record) {
    DataSet.Builder asRecords = DataSet.builder();
    DataSet.Builder asFields = DataSet.builder();
    for (int i = 0; i < count; i++) {
      Ways ways = record.apply(i);
      Throwable refused = catchThrowable(() -> ways.asRecord().accept(asRecords));
      Throwable refusedToo = catchThrowable(() -> ways.asFields().accept(asFields));
      if (refused == null) {
        assertThat(refusedToo).isNull();
      } else {
        assertThat(refusedToo).isInstanceOf(refused.getClass()).hasMessage(refused.getMessage());
      }
    }
    assertThat(BuilderProperties.sent(asFields.build())).isEqualTo(BuilderProperties.sent(asRecords.build()));
  }

  /** @return a record's id and the ids it names, each drawn by {@link #oddly(Random, String)} */
  private static String[] oddly(Random rnd, String... ids) {
    String[] out = new String[ids.length];
    for (int k = 0; k < ids.length; k++) {
      out[k] = oddly(rnd, ids[k]);
    }
    return out;
  }

  /**
   * @return a text as it is, or outside ASCII, beyond the BMP, blank (in ASCII or not), empty,
   *     with a lone surrogate, or after a no-break space
   */
  private static String oddly(Random rnd, String id) {
    return switch (rnd.nextInt(14)) {
      case 0 -> "督" + id;
      case 1 -> "\uD840\uDC00" + id;
      case 2 -> " \t ";
      case 3 -> "";
      case 4 -> id + "\uDC00";
      case 5 -> "\u0001" + id;
      case 6 -> "\u3000"; // blank: an ideographic space is white space
      case 7 -> "\u00A0" + id; // a no-break space is not white space
      default -> id;
    };
  }

  /**
   * Kept as columns, the supervisions read back equal to those added, in id order: unknown
   * cadres and businesses, any offset, fractions of a second, ids outside ASCII, no problem count.
   */
  @Property(tries = 200)
  void theSupervisionsReadBackAsTheyWereAdded(@ForAll long seed, @ForAll @IntRange(max = 60) int count) {
    Random rnd = new Random(seed);
    List<Supervision> added = new ArrayList<>();
    DataSet.Builder builder = DataSet.builder();
    for (int i = 0; i < count; i++) {
      Supervision s = MessyTownships.supervision(rnd, (rnd.nextBoolean() ? "督导" : "v") + i, 5, 4);
      if (rnd.nextInt(4) == 0) {
        s = Supervision.builder().from(s)
            .enteredAt(OffsetDateTime.of(s.visitDate().atTime(9, 30, 15, rnd.nextInt(1_000_000_000)),
                ZoneOffset.ofHoursMinutes(5, 45)))
            .problemsFound(rnd.nextBoolean() ? OptionalInt.empty() : OptionalInt.of(rnd.nextInt(9)))
            .id(SupervisionId.of("x" + i)).build();
      }
      added.add(s);
      builder.add(s);
    }

    DataSet dataSet = builder.build();

    added.sort(Comparator.comparing(Supervision::id));
    assertThat(dataSet.supervisions()).isEqualTo(added).hasSameHashCodeAs(added);
    for (int i = 0; i < added.size(); i++) {
      assertThat(dataSet.supervisions().get(i)).isEqualTo(added.get(i));
      assertThat(dataSet.hasSupervision(added.get(i).id())).isTrue();
    }
    assertThat(dataSet.hasSupervision(SupervisionId.of("w" + count))).isFalse();
  }

  /**
   * Kept as columns, the businesses read back equal to those added, in id order: names and ids
   * outside ASCII, credit codes valid, invalid, shared and empty, divisions the data set lacks.
   */
  @Property(tries = 200)
  void theBusinessesReadBackAsTheyWereAdded(@ForAll long seed, @ForAll @IntRange(max = 60) int count) {
    Random rnd = new Random(seed);
    List<Business> added = new ArrayList<>();
    DataSet.Builder builder = DataSet.builder();
    for (int i = 0; i < count; i++) {
      Business b = MessyTownships.business(rnd, (rnd.nextBoolean() ? "主体" : "b") + i,
          rnd.nextBoolean() ? "餐馆" + i : "Shop " + i + " 😀");
      added.add(b);
      builder.add(b);
    }

    DataSet dataSet = builder.build();

    added.sort(Comparator.comparing(Business::id));
    assertThat(dataSet.businesses()).isEqualTo(added).hasSameHashCodeAs(added);
    for (Business b : added) {
      assertThat(dataSet.business(b.id())).contains(b);
    }
  }

  /** Kept as columns, documents read back as added: scanned or not (an empty scan text too), any cadre. */
  @Property(tries = 200)
  void theDocumentsReadBackAsTheyWereAdded(@ForAll long seed, @ForAll @IntRange(max = 60) int count) {
    Random rnd = new Random(seed);
    List<CadreDocument> added = new ArrayList<>();
    DataSet.Builder builder = DataSet.builder();
    String[] scans = {"", "ab12", "B18BFAB0635823894E0B52FB8D27A53DB362ABEA95E430E94A24FBDB1DE4237E", "扫描"};
    for (int i = 0; i < count; i++) {
      CadreDocument d = CadreDocument.builder().id(DocumentId.of((rnd.nextBoolean() ? "文件" : "d") + i))
          .cadre(CadreId.of("c" + rnd.nextInt(4))).kind(MessyTownships.pick(rnd, DocumentKind.values()))
          .signedOn(MessyTownships.day(rnd))
          .scanSha256(rnd.nextBoolean() ? Optional.empty() : Optional.of(MessyTownships.pick(rnd, scans))).build();
      added.add(d);
      builder.add(d);
    }

    DataSet dataSet = builder.build();

    added.sort(Comparator.comparing(CadreDocument::id));
    assertThat(dataSet.documents()).isEqualTo(added).hasSameHashCodeAs(added);
  }

  /** Kept as columns, problems read back as added: from a supervision or not, with any of their days. */
  @Property(tries = 200)
  void theProblemsReadBackAsTheyWereAdded(@ForAll long seed, @ForAll @IntRange(max = 60) int count) {
    Random rnd = new Random(seed);
    List<Problem> added = new ArrayList<>();
    DataSet.Builder builder = DataSet.builder();
    for (int i = 0; i < count; i++) {
      LocalDate found = MessyTownships.day(rnd);
      LocalDate referred = found.plusDays(rnd.nextInt(5));
      LocalDate rectified = referred.plusDays(rnd.nextInt(20));
      Problem p = Problem.builder().id(ProblemId.of((rnd.nextBoolean() ? "问题" : "p") + i))
          .supervision(rnd.nextBoolean() ? Optional.empty() : Optional.of(SupervisionId.of("督导" + rnd.nextInt(9))))
          .business(BusinessId.of("b" + rnd.nextInt(5))).foundOn(found)
          .referredOn(rnd.nextBoolean() ? Optional.empty() : Optional.of(referred))
          .rectifiedOn(rnd.nextBoolean() ? Optional.empty() : Optional.of(rectified))
          .closedOn(rnd.nextBoolean() ? Optional.empty() : Optional.of(rectified.plusDays(rnd.nextInt(9))))
          .build();
      added.add(p);
      builder.add(p);
    }

    DataSet dataSet = builder.build();

    added.sort(Comparator.comparing(Problem::id));
    assertThat(dataSet.problems()).isEqualTo(added).hasSameHashCodeAs(added);
  }

  /** Relations, kept as columns the same way, read back as added: ended or not, naming unknown records or not. */
  @Property(tries = 200)
  void theRelationsReadBackAsTheyWereAdded(@ForAll long seed, @ForAll @IntRange(max = 60) int count) {
    Random rnd = new Random(seed);
    List<GuaranteeRelation> added = new ArrayList<>();
    DataSet.Builder builder = DataSet.builder();
    for (int i = 0; i < count; i++) {
      GuaranteeRelation r = MessyTownships.relation(rnd, (rnd.nextBoolean() ? "关系" : "r") + i, 5, 4);
      added.add(r);
      builder.add(r);
    }

    DataSet dataSet = builder.build();

    added.sort(Comparator.comparing(GuaranteeRelation::id));
    assertThat(dataSet.relations()).isEqualTo(added).hasSameHashCodeAs(added);
    assertThat(added).allMatch(r -> dataSet.hasRelation(r.id()));
    assertThat(dataSet.hasRelation(dev.responsibility.core.model.RelationId.of("关系" + count))).isFalse();
  }

  /** Kept as columns, appointments read back equal to those added, in id order, ended or not. */
  @Property(tries = 200)
  void theAppointmentsReadBackAsTheyWereAdded(@ForAll long seed, @ForAll @IntRange(max = 60) int count) {
    Random rnd = new Random(seed);
    List<StaffAppointment> added = new ArrayList<>();
    DataSet.Builder builder = DataSet.builder();
    String[] names = {"王芳", "李娜", "Zhang Wei", "欧阳娜娜"};
    for (int i = 0; i < count; i++) {
      LocalDate from = LocalDate.of(2020, 1, 1).plusDays(rnd.nextInt(2000));
      StaffAppointment s = StaffAppointment.builder().id(StaffId.of((rnd.nextBoolean() ? "员" : "s") + i))
          .business(BusinessId.of("b" + rnd.nextInt(5)))
          .role(StaffRole.values()[rnd.nextInt(StaffRole.values().length)])
          .personName(names[rnd.nextInt(names.length)]).appointedOn(from)
          .endedOn(rnd.nextBoolean() ? Optional.empty() : Optional.of(from.plusDays(rnd.nextInt(400)))).build();
      added.add(s);
      builder.add(s);
    }

    DataSet dataSet = builder.build();

    added.sort(Comparator.comparing(StaffAppointment::id));
    assertThat(dataSet.staff()).isEqualTo(added).hasSameHashCodeAs(added);
    for (int i = 0; i < added.size(); i++) {
      assertThat(dataSet.staff().get(i)).isEqualTo(added.get(i));
    }
  }

  /**
   * An id given twice is refused for each kind kept as columns, wherever the second copy arrives,
   * naming the type and the id, as for the kinds kept as objects.
   */
  @Property(tries = 200)
  void aRepeatedIdIsRefusedWhereverItArrives(@ForAll long seed, @ForAll @IntRange(min = 1, max = 60) int count) {
    Random rnd = new Random(seed);
    int kind = rnd.nextInt(3);
    List<Object> records = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String id = (rnd.nextBoolean() ? "甲" : "a") + i;
      records.add(kind == 0 ? MessyTownships.supervision(rnd, id, 5, 4)
          : kind == 1 ? MessyTownships.relation(rnd, id, 5, 4) : appointment(rnd, id));
    }
    Object repeated = records.get(rnd.nextInt(count));
    records.add(rnd.nextInt(records.size() + 1), repeated);
    DataSet.Builder builder = DataSet.builder();
    records.forEach(r -> add(builder, r));

    assertThatThrownBy(builder::build).isInstanceOfSatisfying(InvalidRecordException.class, e -> {
      assertThat(e.type()).contains(kind == 0 ? "Supervision" : kind == 1 ? "GuaranteeRelation" : "StaffAppointment");
      assertThat(e.field()).contains("id");
      assertThat(e.value()).contains(idOf(repeated));
      assertThat(e.rule()).contains("repeats");
    });
  }

  /**
   * A builder goes on after it has built: records added afterwards join those before, and the
   * data set built first does not change.
   */
  @Property(tries = 100)
  void aBuilderGoesOnAfterItHasBuilt(@ForAll long seed, @ForAll @IntRange(max = 40) int before,
      @ForAll @IntRange(max = 40) int after) {
    Random rnd = new Random(seed);
    DataSet.Builder builder = DataSet.builder();
    DataSet.Builder everything = DataSet.builder();
    addRecords(rnd, before, "a", builder, everything);
    DataSet first = builder.build();
    List<Supervision> supervisions = List.copyOf(first.supervisions());
    List<GuaranteeRelation> relations = List.copyOf(first.relations());
    List<StaffAppointment> staff = List.copyOf(first.staff());

    addRecords(rnd, after, "b", builder, everything);
    DataSet second = builder.build();

    assertThat(first.supervisions()).isEqualTo(supervisions).hasSize(before);
    assertThat(first.relations()).isEqualTo(relations);
    assertThat(first.staff()).isEqualTo(staff);
    DataSet expected = everything.build();
    assertThat(second.supervisions()).isEqualTo(expected.supervisions()).hasSize(before + after);
    assertThat(second.relations()).isEqualTo(expected.relations());
    assertThat(second.staff()).isEqualTo(expected.staff());
  }

  /**
   * Records given in id order, as files give them, and the builder trimmed: the data set built
   * shares the builder's arrays, and records added afterwards (of every kind kept as columns, and a
   * first entry time off the whole second) still leave it unchanged.
   */
  @Property(tries = 100)
  void aDataSetSharingItsBuildersColumnsDoesNotChangeWhenTheBuilderGoesOn(@ForAll long seed) {
    Random rnd = new Random(seed);
    DataSet original = MessyTownships.generate(rnd, seed).dataSet();
    DataSet.Builder builder = DataSet.builder().addAll(original);
    if (rnd.nextBoolean()) {
      builder.trimToSize();
    }
    DataSet first = builder.build();
    List<Object> before = BuilderProperties.sent(first);

    // Ids that sort after every other: the builder's columns stay in id order.
    original.businesses().stream().findFirst()
        .ifPresent(b -> builder.add(Business.builder().from(b).id(BusinessId.of("~" + b.id().value())).build()));
    original.relations().stream().findFirst().ifPresent(r -> builder.add(GuaranteeRelation.builder().from(r)
        .id(dev.responsibility.core.model.RelationId.of("~" + r.id().value())).build()));
    original.documents().stream().findFirst().ifPresent(d -> builder.add(CadreDocument.builder().from(d)
        .id(DocumentId.of("~" + d.id().value())).build()));
    original.supervisions().stream().findFirst().ifPresent(v -> builder.add(Supervision.builder().from(v)
        .id(SupervisionId.of("~" + v.id().value())).enteredAt(v.enteredAt().withNano(1 + rnd.nextInt(999_999_999)))
        .build()));
    original.problems().stream().findFirst().ifPresent(p -> builder.add(Problem.builder().from(p)
        .id(ProblemId.of("~" + p.id().value())).build()));
    original.staff().stream().findFirst().ifPresent(a -> builder.add(StaffAppointment.builder().from(a)
        .id(StaffId.of("~" + a.id().value())).build()));
    DataSet second = builder.build();

    assertThat(BuilderProperties.sent(first)).isEqualTo(before);
    assertThat(BuilderProperties.sent(first)).isEqualTo(BuilderProperties.sent(original));
    assertThat(second.supervisions().size()).isEqualTo(first.supervisions().size()
        + (first.supervisions().isEmpty() ? 0 : 1));
    assertThat(second.businesses().size())
        .isEqualTo(first.businesses().size() + (first.businesses().isEmpty() ? 0 : 1));
  }

  private static void addRecords(Random rnd, int count, String prefix, DataSet.Builder... builders) {
    for (int i = 0; i < count; i++) {
      String id = rnd.nextInt(1000) + prefix + i;
      Supervision s = MessyTownships.supervision(rnd, "v" + id, 5, 4);
      GuaranteeRelation r = MessyTownships.relation(rnd, "r" + id, 5, 4);
      StaffAppointment a = appointment(rnd, "s" + id);
      for (DataSet.Builder b : builders) {
        b.add(s).add(r).add(a);
      }
    }
  }

  private static StaffAppointment appointment(Random rnd, String id) {
    LocalDate from = LocalDate.of(2020, 1, 1).plusDays(rnd.nextInt(2000));
    return StaffAppointment.builder().id(StaffId.of(id)).business(BusinessId.of("b" + rnd.nextInt(5)))
        .role(StaffRole.values()[rnd.nextInt(StaffRole.values().length)]).personName("王芳").appointedOn(from)
        .endedOn(rnd.nextBoolean() ? Optional.empty() : Optional.of(from.plusDays(rnd.nextInt(400)))).build();
  }

  private static void add(DataSet.Builder builder, Object record) {
    if (record instanceof Supervision s) {
      builder.add(s);
    } else if (record instanceof GuaranteeRelation r) {
      builder.add(r);
    } else {
      builder.add((StaffAppointment) record);
    }
  }

  private static String idOf(Object record) {
    if (record instanceof Supervision s) {
      return s.id().value();
    }
    if (record instanceof GuaranteeRelation r) {
      return r.id().value();
    }
    return ((StaffAppointment) record).id().value();
  }
}

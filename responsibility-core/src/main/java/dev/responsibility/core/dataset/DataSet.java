package dev.responsibility.core.dataset;

import dev.responsibility.core.internal.Index;
import dev.responsibility.core.internal.Rows;
import dev.responsibility.core.model.Business;
import dev.responsibility.core.model.BusinessId;
import dev.responsibility.core.model.Cadre;
import dev.responsibility.core.model.CadreDocument;
import dev.responsibility.core.model.CadreId;
import dev.responsibility.core.model.ChinaTime;
import dev.responsibility.core.model.Division;
import dev.responsibility.core.model.DivisionCode;
import dev.responsibility.core.model.GuaranteeRelation;
import dev.responsibility.core.model.InvalidRecordException;
import dev.responsibility.core.model.OperatingStatus;
import dev.responsibility.core.model.Problem;
import dev.responsibility.core.model.RelationId;
import dev.responsibility.core.model.SelfCheck;
import dev.responsibility.core.model.StaffAppointment;
import dev.responsibility.core.model.StaffId;
import dev.responsibility.core.model.StaffRole;
import dev.responsibility.core.model.StatusChange;
import dev.responsibility.core.model.Supervision;
import dev.responsibility.core.model.SupervisionId;
import dev.responsibility.core.model.SupervisionMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * A data set (数据集): every record of a place, as given. It is well-formed as a whole (FORMAT.md's
 * data-set errors are refused when it is built) but may hold any amount of bad data for the
 * checks to find: unknown ids, double relations, late entries. Records are kept sorted by id, so
 * answers never depend on the order they were added in. Immutable and thread-safe through this
 * API; {@link #index()} exposes the library's internal arrays, which must never be written.
 */
public final class DataSet {

  private static final Comparator<StatusChange> STATUS_ORDER =
      Comparator.comparing(StatusChange::business).thenComparing(StatusChange::effectiveFrom);
  private static final Comparator<SelfCheck> SELF_CHECK_ORDER = Comparator.comparing(SelfCheck::business)
      .thenComparing(SelfCheck::date)
      .thenComparing(SelfCheck::kind)
      .thenComparing(c -> c.findings().orElse(""));

  private final List<Division> divisions;
  private final BusinessColumns businesses;
  private final List<StatusChange> statusChanges;
  private final List<Cadre> cadres;
  private final RelationColumns relations;
  private final DocumentColumns documents;
  private final SupervisionColumns supervisions;
  private final ProblemColumns problems;
  private final List<StaffAppointment> staff;
  private final List<SelfCheck> selfChecks;
  private final Index index;

  private DataSet(Builder b) {
    divisions = sortedUnique(b.divisions, Division::code, "Division", "code");
    BusinessColumns.Arrivals.Sorted businessRecords = b.businesses.sorted();
    statusChanges = sorted(b.statusChanges, STATUS_ORDER);
    cadres = sortedUnique(b.cadres, Cadre::id, "Cadre", "id");
    RelationColumns.Arrivals.Sorted relationRecords = b.relations.sorted();
    DocumentColumns.Arrivals.Sorted documentRecords = b.documents.sorted();
    SupervisionColumns.Arrivals.Sorted supervisionRecords = b.supervisions.sorted();
    ProblemColumns.Arrivals.Sorted problemRecords = b.problems.sorted();
    StaffColumns.Arrivals.Sorted staffRecords = b.staff.sorted();
    selfChecks = sorted(b.selfChecks, SELF_CHECK_ORDER);
    checkOneStatusChangePerDay();
    checkDivisionTree();
    index = new Index(divisions, TextColumn.of(divisions, d -> d.code().value()), businessRecords.facts(),
        statusChanges, cadres, TextColumn.of(cadres, c -> c.id().value()), relationRecords.facts(),
        documentRecords.facts(),
        supervisionRecords.facts(), problemRecords.facts(), staffRecords.facts());
    businesses = businessRecords.columns(index);
    documents = documentRecords.columns(index);
    supervisions = supervisionRecords.columns(index);
    problems = problemRecords.columns(index);
    staff = staffRecords.columns(index);
    relations = relationRecords.columns(index);
  }

  /** @return a builder for a new data set */
  public static Builder builder() {
    return new Builder();
  }

  /** @return an empty data set */
  public static DataSet empty() {
    return builder().build();
  }

  /** @return the divisions, by code */
  public List<Division> divisions() {
    return divisions;
  }

  /** @return the businesses, by id */
  public List<Business> businesses() {
    return businesses;
  }

  /** @return the status changes, by business and day */
  public List<StatusChange> statusChanges() {
    return statusChanges;
  }

  /** @return the cadres, by id */
  public List<Cadre> cadres() {
    return cadres;
  }

  /**
   * @param id a relation id, not null
   * @return whether the data set has a relation with this id
   */
  public boolean hasRelation(RelationId id) {
    return relations.containsId(id.value());
  }

  /**
   * @param id a supervision id, not null
   * @return whether the data set has a supervision with this id
   */
  public boolean hasSupervision(SupervisionId id) {
    return supervisions.containsId(id.value());
  }

  /** @return the guarantee relations, by id */
  public List<GuaranteeRelation> relations() {
    return relations;
  }

  /** @return the cadres' documents, by id */
  public List<CadreDocument> documents() {
    return documents;
  }

  /** @return the supervision records, by id */
  public List<Supervision> supervisions() {
    return supervisions;
  }

  /** @return the problems, by id */
  public List<Problem> problems() {
    return problems;
  }

  /** @return the staff appointments, by id */
  public List<StaffAppointment> staff() {
    return staff;
  }

  /** @return the self-checks, by business, day and kind */
  public List<SelfCheck> selfChecks() {
    return selfChecks;
  }

  /**
   * @param id a business id, not null
   * @return the business, empty when the data set has none of that id
   */
  public Optional<Business> business(BusinessId id) {
    int key = index.businesses.keyOf(id.value());
    return index.businesses.isKnown(key) ? Optional.of(businesses.get(key)) : Optional.empty();
  }

  /**
   * @param id a cadre id, not null
   * @return the cadre, empty when the data set has none of that id
   */
  public Optional<Cadre> cadre(CadreId id) {
    int key = index.cadres.keyOf(id.value());
    return index.cadres.isKnown(key) ? Optional.of(cadres.get(key)) : Optional.empty();
  }

  /**
   * @param code a division code, not null
   * @return the division, empty when the data set has none of that code
   */
  public Optional<Division> division(DivisionCode code) {
    int key = index.divisions.keyOf(code.value());
    return index.divisions.isKnown(key) ? Optional.of(divisions.get(key)) : Optional.empty();
  }

  /**
   * @param business a business id, known or not, not null
   * @return the relations naming it, by relation id
   */
  public List<GuaranteeRelation> relationsOf(BusinessId business) {
    return rows(index.relationsByBusiness, index.businesses.keyOf(business.value()), relations);
  }

  /**
   * @param cadre a cadre id, known or not, not null
   * @return the relations naming the cadre, by relation id
   */
  public List<GuaranteeRelation> relationsOf(CadreId cadre) {
    return rows(index.relationsByCadre, index.cadres.keyOf(cadre.value()), relations);
  }

  /**
   * @param cadre a cadre id, known or not, not null
   * @return the documents naming the cadre, by document id
   */
  public List<CadreDocument> documentsOf(CadreId cadre) {
    return rows(index.documentsByCadre, index.cadres.keyOf(cadre.value()), documents);
  }

  /**
   * @param business a business id, known or not, not null
   * @return the supervisions naming it, by supervision id
   */
  public List<Supervision> supervisionsOf(BusinessId business) {
    return rows(index.supervisionsByBusiness, index.businesses.keyOf(business.value()), supervisions);
  }

  /**
   * @param business a business id, known or not, not null
   * @return the staff appointments naming it, by id
   */
  public List<StaffAppointment> staffOf(BusinessId business) {
    return rows(index.staffByBusiness, index.businesses.keyOf(business.value()), staff);
  }

  /**
   * @param business a business id, known or not, not null
   * @return the problems naming it, by id
   */
  public List<Problem> problemsOf(BusinessId business) {
    return rows(index.problemsByBusiness, index.businesses.keyOf(business.value()), problems);
  }

  /**
   * @param business a business id, known or not, not null
   * @param day a day, not null
   * @return its status on {@code day}: that of its latest change on or before the day, else
   *     OPERATING
   */
  public OperatingStatus statusOn(BusinessId business, LocalDate day) {
    int key = index.businesses.keyOf(business.value());
    return key < 0 ? OperatingStatus.OPERATING : OperatingStatus.values()[index.statusOn(key, Index.day(day))];
  }

  /**
   * @param business a business id, not null
   * @param day a day, not null
   * @return whether it is a known business in the base on {@code day} (licence valid and
   *     OPERATING, R5)
   */
  public boolean isInBase(BusinessId business, LocalDate day) {
    int key = index.businesses.keyOf(business.value());
    return index.businesses.isKnown(key) && index.isInBase(key, Index.day(day));
  }

  /**
   * The businesses in a scope: those whose division is the scope's or below it. A business
   * coded to a division the data set lacks is below nothing.
   *
   * @param scope a division of the data set, not null
   * @return the businesses in scope, by id
   * @throws dev.responsibility.core.model.UnknownScopeException if the data set has no such division
   */
  public List<Business> businessesIn(DivisionCode scope) {
    int s = index.scopeKey(scope.value());
    List<Business> in = new ArrayList<>();
    for (int b = 0; b < businesses.size(); b++) {
      if (index.isAtOrBelow(index.businessDivision[b], s)) {
        in.add(businesses.get(b));
      }
    }
    return in;
  }

  /**
   * The cadres in a scope: those whose division is the scope's or below it.
   *
   * @param scope a division of the data set, not null
   * @return the cadres in scope, by id
   * @throws dev.responsibility.core.model.UnknownScopeException if the data set has no such division
   */
  public List<Cadre> cadresIn(DivisionCode scope) {
    int s = index.scopeKey(scope.value());
    List<Cadre> in = new ArrayList<>();
    for (int c = 0; c < cadres.size(); c++) {
      if (index.isAtOrBelow(index.cadreDivision[c], s)) {
        in.add(cadres.get(c));
      }
    }
    return in;
  }

  /**
   * Sends every record to a sink, kind by kind, each kind in this data set's order.
   *
   * @param sink the sink, not null
   */
  public void forEach(RecordSink sink) {
    divisions.forEach(sink::division);
    businesses.forEach(sink::business);
    statusChanges.forEach(sink::statusChange);
    cadres.forEach(sink::cadre);
    relations.forEach(sink::relation);
    documents.forEach(sink::document);
    supervisions.forEach(sink::supervision);
    problems.forEach(sink::problem);
    staff.forEach(sink::staff);
    selfChecks.forEach(sink::selfCheck);
  }

  /**
   * The compact index the library's evaluators run on. Not API: its shape may change in any
   * release, and adapters must not use it.
   *
   * @return the index
   */
  public Index index() {
    return index;
  }

  @Override
  public String toString() {
    return "DataSet[" + divisions.size() + " divisions, " + businesses.size() + " businesses, "
        + cadres.size() + " cadres, " + relations.size() + " relations, " + supervisions.size()
        + " supervisions]";
  }

  private static <T> List<T> rows(Rows rows, int key, List<T> records) {
    if (key < 0) {
      return List.of();
    }
    List<T> out = new ArrayList<>(rows.count(key));
    for (int p = rows.from(key); p < rows.to(key); p++) {
      out.add(records.get(rows.item(p)));
    }
    return List.copyOf(out);
  }

  private static <T> List<T> sorted(List<T> records, Comparator<? super T> order) {
    List<T> copy = new ArrayList<>(records);
    copy.sort(order);
    return List.copyOf(copy);
  }

  private static <T, K extends Comparable<K>> List<T> sortedUnique(
      List<T> records, Function<T, K> id, String type, String field) {
    List<T> copy = sorted(records, Comparator.comparing(id));
    for (int i = 1; i < copy.size(); i++) {
      K k = id.apply(copy.get(i));
      if (k.equals(id.apply(copy.get(i - 1)))) {
        throw InvalidRecordException.of(type, field, k, "repeats: two records of the data set have this " + field);
      }
    }
    return copy;
  }

  private void checkOneStatusChangePerDay() {
    for (int i = 1; i < statusChanges.size(); i++) {
      StatusChange a = statusChanges.get(i - 1);
      StatusChange b = statusChanges.get(i);
      if (a.business().equals(b.business()) && a.effectiveFrom().equals(b.effectiveFrom())) {
        throw InvalidRecordException.of(
            "StatusChange", "effectiveFrom", b.effectiveFrom(), "business " + b.business() + " has two status changes on one day");
      }
    }
  }

  private void checkDivisionTree() {
    Map<DivisionCode, Division> byCode = new HashMap<>();
    divisions.forEach(d -> byCode.put(d.code(), d));
    Map<DivisionCode, Boolean> settled = new HashMap<>();
    for (Division start : divisions) {
      List<DivisionCode> path = new ArrayList<>();
      Division d = start;
      while (d != null && !settled.containsKey(d.code())) {
        if (path.contains(d.code())) {
          throw InvalidRecordException.of(
              "Division", "parentCode", d.code(), "makes a cycle: " + path);
        }
        path.add(d.code());
        Optional<DivisionCode> parent = d.parentCode();
        if (parent.isPresent() && !byCode.containsKey(parent.get())) {
          throw InvalidRecordException.of(
              "Division", "parentCode", parent.get(), "names an unknown division (parent of " + d.code() + ")");
        }
        d = parent.map(byCode::get).orElse(null);
      }
      path.forEach(code -> settled.put(code, Boolean.TRUE));
    }
  }

  /**
   * Collects records in any order, then builds the data set. Not thread-safe; use one builder
   * per thread.
   */
  public static final class Builder implements RecordSink {
    private final ArrayList<Division> divisions = new ArrayList<>();
    private final BusinessColumns.Arrivals businesses = new BusinessColumns.Arrivals();
    private final ArrayList<StatusChange> statusChanges = new ArrayList<>();
    private final ArrayList<Cadre> cadres = new ArrayList<>();
    // The most numerous kinds go straight into columns: as objects they would hold most of a
    // province's heap until the build.
    private final RelationColumns.Arrivals relations = new RelationColumns.Arrivals();
    private final DocumentColumns.Arrivals documents = new DocumentColumns.Arrivals();
    private final SupervisionColumns.Arrivals supervisions = new SupervisionColumns.Arrivals();
    private final ProblemColumns.Arrivals problems = new ProblemColumns.Arrivals();
    private final StaffColumns.Arrivals staff = new StaffColumns.Arrivals();
    private final ArrayList<SelfCheck> selfChecks = new ArrayList<>();

    private Builder() {}

    /**
     * Adds every record of another data set.
     *
     * @param other a data set, not null
     * @return this builder
     */
    public Builder addAll(DataSet other) {
      other.forEach(this);
      return this;
    }

    /**
     * Moves every record of another builder here, as if each had been added after those already
     * here, and leaves the other builder empty. Builders filled on separate threads (one each)
     * are put together this way; a kind this builder holds none of yet is taken over without
     * copying, as when each thread read a different kind.
     *
     * @param other a builder, not null
     * @return this builder
     */
    public Builder takeAll(Builder other) {
      if (other != this) {
        takeAll(divisions, other.divisions);
        businesses.takeAll(other.businesses);
        takeAll(statusChanges, other.statusChanges);
        takeAll(cadres, other.cadres);
        relations.takeAll(other.relations);
        documents.takeAll(other.documents);
        supervisions.takeAll(other.supervisions);
        problems.takeAll(other.problems);
        staff.takeAll(other.staff);
        takeAll(selfChecks, other.selfChecks);
      }
      return this;
    }

    private static <T> void takeAll(List<T> to, List<T> from) {
      to.addAll(from);
      from.clear();
    }

    /**
     * Lets go of the room the builder keeps for more records, as {@link ArrayList#trimToSize()}
     * does, but for up to a sixteenth of the texts' bytes, not worth a copy of every text. Worth it when a large set of records is complete but waits to be built, as each
     * file's builder waits while a reader reads the other files: a province's columns keep up to
     * half as much room again while they grow. Records may still be added after.
     *
     * @return this builder
     */
    public Builder trimToSize() {
      divisions.trimToSize();
      businesses.trim();
      statusChanges.trimToSize();
      cadres.trimToSize();
      relations.trim();
      documents.trim();
      supervisions.trim();
      problems.trim();
      staff.trim();
      selfChecks.trimToSize();
      return this;
    }

    /**
     * Makes room for {@code records} records of one kind in all, as {@link
     * ArrayList#ensureCapacity} does. A reader that can tell roughly how many rows a large file
     * holds (from its size and the rows read so far) saves the kind's columns from being copied
     * each time they grow, which at a province's size is gigabytes of short-lived arrays. The text
     * columns get room for texts as long, on average, as those of the kind already added, so call
     * it after some records. It is a hint: records beyond it are still taken, and {@link
     * #trimToSize()} lets go of what is left unused.
     *
     * @param kind the record type ({@code Supervision.class}, ...) or a class implementing it
     * @param records how many records of the kind the builder will hold, at least 0
     * @return this builder
     * @throws IllegalArgumentException if the class is none of the ten record types, or the count
     *     is negative
     */
    public Builder ensureCapacity(Class<?> kind, int records) {
      Objects.requireNonNull(kind, "kind");
      if (records < 0) {
        throw new IllegalArgumentException("records: " + records + " is negative");
      }
      if (Division.class.isAssignableFrom(kind)) {
        divisions.ensureCapacity(records);
      } else if (Business.class.isAssignableFrom(kind)) {
        businesses.ensureCapacity(records);
      } else if (StatusChange.class.isAssignableFrom(kind)) {
        statusChanges.ensureCapacity(records);
      } else if (Cadre.class.isAssignableFrom(kind)) {
        cadres.ensureCapacity(records);
      } else if (GuaranteeRelation.class.isAssignableFrom(kind)) {
        relations.ensureCapacity(records);
      } else if (CadreDocument.class.isAssignableFrom(kind)) {
        documents.ensureCapacity(records);
      } else if (Supervision.class.isAssignableFrom(kind)) {
        supervisions.ensureCapacity(records);
      } else if (Problem.class.isAssignableFrom(kind)) {
        problems.ensureCapacity(records);
      } else if (StaffAppointment.class.isAssignableFrom(kind)) {
        staff.ensureCapacity(records);
      } else if (SelfCheck.class.isAssignableFrom(kind)) {
        selfChecks.ensureCapacity(records);
      } else {
        throw new IllegalArgumentException("kind: " + kind.getName() + " is not a record type of a data set");
      }
      return this;
    }

    /**
     * Sends every record added so far to a sink, kind by kind in FORMAT.md's order, each kind in
     * the order it was added. Records the builder keeps as columns are made again, each equal to
     * the one added.
     *
     * @param sink the sink, not null
     */
    public void forEach(RecordSink sink) {
      divisions.forEach(sink::division);
      businesses.forEach(sink::business);
      statusChanges.forEach(sink::statusChange);
      cadres.forEach(sink::cadre);
      relations.forEach(sink::relation);
      documents.forEach(sink::document);
      supervisions.forEach(sink::supervision);
      problems.forEach(sink::problem);
      staff.forEach(sink::staff);
      selfChecks.forEach(sink::selfCheck);
    }

    /**
     * @param d a division, not null
     * @return this builder
     */
    public Builder add(Division d) {
      division(d);
      return this;
    }

    /**
     * @param b a business, not null
     * @return this builder
     */
    public Builder add(Business b) {
      business(b);
      return this;
    }

    /**
     * @param s a status change, not null
     * @return this builder
     */
    public Builder add(StatusChange s) {
      statusChange(s);
      return this;
    }

    /**
     * @param c a cadre, not null
     * @return this builder
     */
    public Builder add(Cadre c) {
      cadre(c);
      return this;
    }

    /**
     * @param r a relation, not null
     * @return this builder
     */
    public Builder add(GuaranteeRelation r) {
      relation(r);
      return this;
    }

    /**
     * @param d a document, not null
     * @return this builder
     */
    public Builder add(CadreDocument d) {
      document(d);
      return this;
    }

    /**
     * @param s a supervision, not null
     * @return this builder
     */
    public Builder add(Supervision s) {
      supervision(s);
      return this;
    }

    /**
     * Adds a supervision given as its fields, as {@code add(Supervision.builder()...build())}
     * would, without making the record, its ids or their strings: a reader of a province's
     * millions of rows passes each cell's characters as they lie. The fields are checked as the
     * record checks them before anything is kept, and a refused supervision is refused with the
     * record's own error: fields that plainly pass (ids with no surrogate that are not blank, a
     * count not negative, nothing null) are taken at once, anything else goes through the
     * record's builder.
     *
     * @param id the supervision's id, read before this returns, never kept
     * @param cadre the cadre's id, read before this returns, never kept
     * @param business the business's id, read before this returns, never kept
     * @param visitDate the day of the visit
     * @param enteredAt when the record was entered
     * @param mode how the supervision was done
     * @param problemsFound how many problems were found, when given
     * @return this builder
     * @throws InvalidRecordException if an id is null, blank or holds a lone surrogate, or the
     *     count is negative
     * @throws NullPointerException if another field is null
     */
    public Builder addSupervision(CharSequence id, CharSequence cadre, CharSequence business, LocalDate visitDate,
        OffsetDateTime enteredAt, SupervisionMode mode, OptionalInt problemsFound) {
      if (plainText(id) && plainText(cadre) && plainText(business) && visitDate != null && enteredAt != null
          && isDay(ChinaTime.epochDayOf(enteredAt)) && mode != null && problemsFound != null
          && problemsFound.orElse(0) >= 0) {
        supervisions.add(id, cadre, business, visitDate, enteredAt, mode,
            problemsFound.orElse(SupervisionColumns.NO_COUNT));
        return this;
      }
      return add(Supervision.builder().id(SupervisionId.of(text(id))).cadre(CadreId.of(text(cadre)))
          .business(BusinessId.of(text(business))).visitDate(visitDate).enteredAt(enteredAt).mode(mode)
          .problemsFound(problemsFound).build());
    }

    /**
     * Adds a guarantee relation given as its fields, as {@code add(GuaranteeRelation.builder()
     * ...build())} would, without making the record: as {@link #addSupervision}, for a
     * province's million relations.
     *
     * @param id the relation's id, read before this returns, never kept
     * @param cadre the cadre's id, read before this returns, never kept
     * @param business the business's id, read before this returns, never kept
     * @param validFrom the first day of the relation
     * @param validTo its last day, when it ended
     * @return this builder
     * @throws InvalidRecordException if an id is null, blank or holds a lone surrogate, or the
     *     relation ends before it starts
     * @throws NullPointerException if another field is null
     */
    public Builder addRelation(CharSequence id, CharSequence cadre, CharSequence business, LocalDate validFrom,
        Optional<LocalDate> validTo) {
      if (plainText(id) && plainText(cadre) && plainText(business) && validFrom != null && validTo != null
          && (validTo.isEmpty() || !validTo.get().isBefore(validFrom))) {
        relations.add(id, cadre, business, validFrom, validTo);
        return this;
      }
      return add(GuaranteeRelation.builder().id(RelationId.of(text(id))).cadre(CadreId.of(text(cadre)))
          .business(BusinessId.of(text(business))).validFrom(validFrom).validTo(validTo).build());
    }

    /**
     * Adds a staff appointment given as its fields, as {@code add(StaffAppointment.builder()
     * ...build())} would, without making the record: as {@link #addSupervision}, for a
     * province's millions of appointments.
     *
     * @param id the appointment's id, read before this returns, never kept
     * @param business the business's id, read before this returns, never kept
     * @param role the post
     * @param personName the person's name, read before this returns, never kept
     * @param appointedOn the day of the appointment
     * @param endedOn the day it ended, when it did
     * @return this builder
     * @throws InvalidRecordException if an id is null, an id or the name is blank or holds a lone
     *     surrogate, or the appointment ends before it starts
     * @throws NullPointerException if the name or another field is null
     */
    public Builder addStaff(CharSequence id, CharSequence business, StaffRole role, CharSequence personName,
        LocalDate appointedOn, Optional<LocalDate> endedOn) {
      if (plainText(id) && plainText(business) && plainText(personName) && role != null && appointedOn != null
          && endedOn != null && (endedOn.isEmpty() || !endedOn.get().isBefore(appointedOn))) {
        staff.add(id, business, role, personName, appointedOn, endedOn);
        return this;
      }
      return add(StaffAppointment.builder().id(StaffId.of(text(id))).business(BusinessId.of(text(business)))
          .role(role).personName(text(personName)).appointedOn(appointedOn).endedOn(endedOn).build());
    }

    /** @return whether the record can have this entry day: times near the ends of time cannot */
    private static boolean isDay(long epochDay) {
      return epochDay >= LocalDate.MIN.toEpochDay() && epochDay <= LocalDate.MAX.toEpochDay();
    }

    /**
     * @return whether a text passes the checks of ids and names as it is: no surrogate, so none
     *     alone, and a character that is not white space, so not blank ({@link String#isBlank});
     *     anything else, rare, is left to the record's own checks
     */
    private static boolean plainText(CharSequence text) {
      if (text == null) {
        return false;
      }
      boolean shown = false;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (Character.isSurrogate(c)) {
          return false;
        }
        shown = shown || !Character.isWhitespace(c);
      }
      return shown;
    }

    private static String text(CharSequence id) {
      return id == null ? null : id.toString();
    }

    /**
     * @param p a problem, not null
     * @return this builder
     */
    public Builder add(Problem p) {
      problem(p);
      return this;
    }

    /**
     * @param s a staff appointment, not null
     * @return this builder
     */
    public Builder add(StaffAppointment s) {
      staff(s);
      return this;
    }

    /**
     * @param c a self-check, not null
     * @return this builder
     */
    public Builder add(SelfCheck c) {
      selfCheck(c);
      return this;
    }

    @Override
    public void division(Division division) {
      divisions.add(require(division));
    }

    @Override
    public void business(Business business) {
      businesses.add(require(business));
    }

    @Override
    public void statusChange(StatusChange change) {
      statusChanges.add(require(change));
    }

    @Override
    public void cadre(Cadre cadre) {
      cadres.add(require(cadre));
    }

    @Override
    public void relation(GuaranteeRelation relation) {
      relations.add(require(relation));
    }

    @Override
    public void document(CadreDocument document) {
      documents.add(require(document));
    }

    @Override
    public void supervision(Supervision supervision) {
      supervisions.add(require(supervision));
    }

    @Override
    public void problem(Problem problem) {
      problems.add(require(problem));
    }

    @Override
    public void staff(StaffAppointment appointment) {
      staff.add(require(appointment));
    }

    @Override
    public void selfCheck(SelfCheck check) {
      selfChecks.add(require(check));
    }

    private static <T> T require(T record) {
      if (record == null) {
        throw new NullPointerException("record");
      }
      return record;
    }

    /**
     * Builds the data set on the calling thread, except that the references of a kind with more
     * than 65,536 records are resolved to keys in parallel on the common fork-join pool, as
     * {@link java.util.Arrays#parallelSort} sorts.
     *
     * @return the data set
     * @throws InvalidRecordException if an id repeats within its kind, a business has two status
     *     changes on one day, or a division's parent is unknown or makes a cycle
     */
    public DataSet build() {
      return new DataSet(this);
    }
  }
}

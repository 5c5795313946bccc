package dev.responsibility.testkit;

import dev.responsibility.core.dataset.DataSet;
import dev.responsibility.core.model.Business;
import dev.responsibility.core.model.Cadre;
import dev.responsibility.core.model.CadreDocument;
import dev.responsibility.core.model.Division;
import dev.responsibility.core.model.GuaranteeRelation;
import dev.responsibility.core.model.Problem;
import dev.responsibility.core.model.SelfCheck;
import dev.responsibility.core.model.StaffAppointment;
import dev.responsibility.core.model.StatusChange;
import dev.responsibility.core.model.Supervision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * An editable copy of a generated data set's records, for a {@link Fault} to change: the lists
 * to edit, look-ups on the data set as it was, a seeded choice among candidates, and fresh ids.
 * Not thread-safe; one per injection.
 */
final class DataSetEdit {

  /** No record of the data set can carry the fault. */
  static final class NotApplicable extends RuntimeException {
    NotApplicable(String what) {
      super(what, null, false, false);
    }
  }

  final DataSet original;
  final LocalDate asOf;
  final List<Division> divisions;
  final List<Business> businesses;
  final List<StatusChange> statusChanges;
  final List<Cadre> cadres;
  final List<GuaranteeRelation> relations;
  final List<CadreDocument> documents;
  final List<Supervision> supervisions;
  final List<Problem> problems;
  final List<StaffAppointment> staff;
  final List<SelfCheck> selfChecks;
  private final SplittableRandom random;

  DataSetEdit(GeneratedDataSet source, SplittableRandom random) {
    this.original = source.dataSet();
    this.asOf = source.asOf();
    this.random = random;
    divisions = new ArrayList<>(original.divisions());
    businesses = new ArrayList<>(original.businesses());
    statusChanges = new ArrayList<>(original.statusChanges());
    cadres = new ArrayList<>(original.cadres());
    relations = new ArrayList<>(original.relations());
    documents = new ArrayList<>(original.documents());
    supervisions = new ArrayList<>(original.supervisions());
    problems = new ArrayList<>(original.problems());
    staff = new ArrayList<>(original.staff());
    selfChecks = new ArrayList<>(original.selfChecks());
  }

  /** The businesses in the base on the day that meet a condition, in id order. */
  List<Business> inBase(Predicate<Business> condition) {
    return original.businesses().stream().filter(b -> original.isInBase(b.id(), asOf) && condition.test(b)).toList();
  }

  /** One candidate, chosen by the seed. */
  <T> T pick(List<T> candidates, String what) {
    if (candidates.isEmpty()) {
      throw new NotApplicable("no " + what);
    }
    return candidates.get(random.nextInt(candidates.size()));
  }

  /** A whole number from 0 to {@code bound} − 1, by the seed. */
  int nextInt(int bound) {
    return random.nextInt(bound);
  }

  /** The relation of a business active on the day; a consistent data set has one for each business in the base. */
  GuaranteeRelation activeRelationOf(Business business) {
    return original.relationsOf(business.id()).stream().filter(r -> r.isActiveOn(asOf)).findFirst()
        .orElseThrow(() -> new NotApplicable("active relation of " + business.id()));
  }

  /** The cadre a relation names; in a consistent data set every relation names a known one. */
  Cadre cadreOf(GuaranteeRelation relation) {
    return original.cadre(relation.cadre()).orElseThrow(() -> new NotApplicable("cadre " + relation.cadre()));
  }

  /** Whether a relation names a known business and a known cadre. */
  boolean isKnown(GuaranteeRelation relation) {
    return original.business(relation.business()).isPresent() && original.cadre(relation.cadre()).isPresent();
  }

  /** A person's name, by the seed. */
  String personName() {
    return ChineseNames.person(random);
  }

  /** Replaces a record in its list by its changed version, in place. */
  static <T> void replace(List<T> records, T old, T changed) {
    int at = records.indexOf(old);
    if (at < 0) {
      throw new IllegalStateException(old + " is not in the list");
    }
    records.set(at, changed);
  }

  /** A business id no record has or names. */
  String freshBusinessId() {
    Set<String> taken = ids(businesses, b -> b.id().value());
    relations.forEach(r -> taken.add(r.business().value()));
    supervisions.forEach(s -> taken.add(s.business().value()));
    staff.forEach(s -> taken.add(s.business().value()));
    return Ids.Kind.BUSINESS.fresh(taken, taken.size());
  }

  /** A cadre id no record has or names. */
  String freshCadreId() {
    Set<String> taken = ids(cadres, c -> c.id().value());
    relations.forEach(r -> taken.add(r.cadre().value()));
    documents.forEach(d -> taken.add(d.cadre().value()));
    supervisions.forEach(s -> taken.add(s.cadre().value()));
    return Ids.Kind.CADRE.fresh(taken, taken.size());
  }

  /** A relation id no relation has. */
  String freshRelationId() {
    return Ids.Kind.RELATION.fresh(ids(relations, r -> r.id().value()), relations.size());
  }

  /** A supervision id no supervision has. */
  String freshSupervisionId() {
    return Ids.Kind.SUPERVISION.fresh(ids(supervisions, s -> s.id().value()), supervisions.size());
  }

  /** A staff id no appointment has. */
  String freshStaffId() {
    return Ids.Kind.STAFF.fresh(ids(staff, s -> s.id().value()), staff.size());
  }

  /** The edited data set. */
  DataSet build() {
    DataSet.Builder b = DataSet.builder();
    divisions.forEach(b::add);
    businesses.forEach(b::add);
    statusChanges.forEach(b::add);
    cadres.forEach(b::add);
    relations.forEach(b::add);
    documents.forEach(b::add);
    supervisions.forEach(b::add);
    problems.forEach(b::add);
    staff.forEach(b::add);
    selfChecks.forEach(b::add);
    return b.build();
  }

  private static <T> Set<String> ids(List<T> records, Function<T, String> id) {
    Set<String> taken = new HashSet<>(records.size() * 2);
    records.forEach(r -> taken.add(id.apply(r)));
    return taken;
  }
}

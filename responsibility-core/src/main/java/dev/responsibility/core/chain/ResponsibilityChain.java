package dev.responsibility.core.chain;

import dev.responsibility.core.dataset.DataSet;
import dev.responsibility.core.model.Business;
import dev.responsibility.core.model.BusinessId;
import dev.responsibility.core.model.Division;
import dev.responsibility.core.model.DivisionCode;
import dev.responsibility.core.model.DivisionLevel;
import dev.responsibility.core.model.GuaranteeRelation;
import dev.responsibility.core.model.StaffAppointment;
import dev.responsibility.core.model.StaffRole;
import dev.responsibility.core.policy.Policy;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who answers for one business on one day (四方责任): the four parties, each of its own type.
 * Immutable and thread-safe.
 *
 * @param business the business, not null
 * @param asOf the day, not null
 * @param territorial its guarantor cadres, not null
 * @param regulatory its township's market regulator, not null
 * @param departmental its sector authority, not null
 * @param enterprise its own food-safety people, not null
 */
public record ResponsibilityChain(
    BusinessId business,
    LocalDate asOf,
    Party.Territorial territorial,
    Party.Regulatory regulatory,
    Party.Departmental departmental,
    Party.Enterprise enterprise) {

  /**
   * @param business as in the record description
   * @param asOf as in the record description
   * @param territorial as in the record description
   * @param regulatory as in the record description
   * @param departmental as in the record description
   * @param enterprise as in the record description
   * @throws NullPointerException if a component is null
   */
  public ResponsibilityChain {
    Objects.requireNonNull(business, "business");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(territorial, "territorial");
    Objects.requireNonNull(regulatory, "regulatory");
    Objects.requireNonNull(departmental, "departmental");
    Objects.requireNonNull(enterprise, "enterprise");
  }

  /** @return the four parties, in {@link PartyKind} order */
  public List<Party> parties() {
    return List.of(territorial, regulatory, departmental, enterprise);
  }

  /**
   * The chain of a business on a day, as the data set and policy say.
   *
   * @param dataSet the data set, not null
   * @param policy the policy (sector authorities), not null
   * @param business a business id, not null
   * @param day a day, not null
   * @return the chain, empty when the data set has no such business
   */
  public static Optional<ResponsibilityChain> of(DataSet dataSet, Policy policy, BusinessId business, LocalDate day) {
    return dataSet.business(business).map(b -> new ResponsibilityChain(
        business,
        day,
        new Party.Territorial(dataSet.relationsOf(business).stream()
            .filter(r -> r.isActiveOn(day))
            .map(GuaranteeRelation::cadre)
            .toList()),
        new Party.Regulatory(townshipOf(dataSet, b)),
        new Party.Departmental(policy.sectorAuthorityOf(b.category())),
        enterprise(dataSet.staffOf(business), day)));
  }

  private static Optional<DivisionCode> townshipOf(DataSet dataSet, Business business) {
    // The tree is acyclic (DataSet refuses cycles), so the walk up ends.
    Optional<Division> d = dataSet.division(business.division());
    while (d.isPresent()) {
      Division here = d.get();
      if (here.level() == DivisionLevel.TOWNSHIP) {
        return Optional.of(here.code());
      }
      if (here.level().compareTo(DivisionLevel.TOWNSHIP) < 0) {
        return Optional.empty();
      }
      d = here.parentCode().flatMap(dataSet::division);
    }
    return Optional.empty();
  }

  private static Party.Enterprise enterprise(List<StaffAppointment> staff, LocalDate day) {
    return new Party.Enterprise(
        active(staff, StaffRole.PRINCIPAL, day), active(staff, StaffRole.DIRECTOR, day), active(staff, StaffRole.OFFICER, day));
  }

  private static List<StaffAppointment> active(List<StaffAppointment> staff, StaffRole role, LocalDate day) {
    return staff.stream().filter(s -> s.role() == role && s.isActiveOn(day)).toList();
  }
}

package dev.responsibility.core.policy;

import static dev.responsibility.core.model.Category.*;

import dev.responsibility.core.model.Business;
import dev.responsibility.core.model.BusinessSize;
import dev.responsibility.core.model.Category;
import dev.responsibility.core.model.InvalidRecordException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The director mandate (R16) versioned by effective date: a question asked as of a day uses the
 * version in force on that day. Immutable and thread-safe.
 */
public final class DirectorMandate {

  /** The day the 2025 rules (ORDER-60-REV with CANTEEN-2025) take over, as FORMAT.md fixes it. */
  public static final LocalDate REVISION_2025 = LocalDate.of(2025, 4, 15);

  private static final DirectorMandate DEFAULT = of(List.of(order60(), revision2025()));

  private final List<DirectorMandateVersion> versions;

  private DirectorMandate(List<DirectorMandateVersion> versions) {
    this.versions = versions;
  }

  /**
   * @param versions at least one version, with distinct effective days, the earliest being
   *     {@link LocalDate#MIN} so that every day has a version; not null
   * @return the mandate
   * @throws InvalidRecordException if the versions leave days uncovered or share a day
   */
  public static DirectorMandate of(List<DirectorMandateVersion> versions) {
    List<DirectorMandateVersion> sorted =
        versions.stream().sorted(Comparator.comparing(DirectorMandateVersion::effectiveFrom)).toList();
    if (sorted.isEmpty() || !sorted.get(0).effectiveFrom().equals(LocalDate.MIN)) {
      throw InvalidRecordException.of(
          "DirectorMandate", "versions", versions.size() + " versions",
          "the earliest version must be effective from LocalDate.MIN so that every day has one");
    }
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).effectiveFrom().equals(sorted.get(i - 1).effectiveFrom())) {
        throw InvalidRecordException.of(
            "DirectorMandate", "versions", sorted.get(i).effectiveFrom(), "two versions share an effective day");
      }
    }
    return new DirectorMandate(sorted);
  }

  /** @return FORMAT.md's mandate: ORDER-60 before 2025-04-15, the 2025 rules from then on */
  public static DirectorMandate defaults() {
    return DEFAULT;
  }

  /** @return the versions, earliest first */
  public List<DirectorMandateVersion> versions() {
    return versions;
  }

  /**
   * @param day a day, not null
   * @return the version in force on {@code day}
   */
  public DirectorMandateVersion versionOn(LocalDate day) {
    DirectorMandateVersion inForce = versions.get(0);
    for (DirectorMandateVersion v : versions) {
      if (!v.effectiveFrom().isAfter(day)) {
        inForce = v;
      }
    }
    return inForce;
  }

  /**
   * @param business a business, not null
   * @param day a day, not null
   * @return whether the business must appoint a director on {@code day}
   */
  public boolean isMandatory(Business business, LocalDate day) {
    return isMandatory(business.category(), business.size(), business.diners(), day);
  }

  /**
   * @param category the category, not null
   * @param size the size, not null
   * @param diners the diners, 0 when not given
   * @param day a day, not null
   * @return whether such a business must appoint a director on {@code day}
   */
  public boolean isMandatory(Category category, BusinessSize size, int diners, LocalDate day) {
    return versionOn(day).isMandatory(category, size, diners);
  }

  /** @return ORDER-60 as FORMAT.md simplifies it, for every day before 2025-04-15 */
  public static DirectorMandateVersion order60() {
    return DirectorMandateVersion.builder()
        .name("ORDER-60")
        .effectiveFrom(LocalDate.MIN)
        .alwaysMandatory(Set.of(SPECIAL_FOOD_PRODUCER, CHAIN_CATERING_HQ, CHAIN_RETAIL_HQ))
        .mandatoryWhenLargeOrMedium(Set.of(FOOD_PRODUCER, CATERER, MEAL_DISTRIBUTOR, FOOD_SELLER))
        .dinersAtLeast(Map.of(
            CANTEEN_KINDERGARTEN, 300, CANTEEN_SCHOOL, 500, CANTEEN_ELDERLY_CARE, 1000, CANTEEN_OTHER, 1000))
        .build();
  }

  /**
   * @return the 2025 rules as FORMAT.md fixes them: ORDER-60's list, elderly-care canteens from
   *     300 diners, and meal distributors of any size feeding more than 1000
   */
  public static DirectorMandateVersion revision2025() {
    return DirectorMandateVersion.builder()
        .from(order60())
        .name("ORDER-60-REV+CANTEEN-2025")
        .effectiveFrom(REVISION_2025)
        .dinersAtLeast(Map.of(
            CANTEEN_KINDERGARTEN, 300, CANTEEN_SCHOOL, 500, CANTEEN_ELDERLY_CARE, 300, CANTEEN_OTHER, 1000))
        .dinersMoreThan(Map.of(MEAL_DISTRIBUTOR, 1000))
        .build();
  }

  @Override
  public String toString() {
    return "DirectorMandate" + versions.stream().map(DirectorMandateVersion::name).toList();
  }
}

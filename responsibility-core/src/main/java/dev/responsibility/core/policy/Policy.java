package dev.responsibility.core.policy;

import dev.responsibility.core.model.CadreLevel;
import dev.responsibility.core.model.Category;
import dev.responsibility.core.model.Grade;
import dev.responsibility.core.model.InvalidRecordException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The configurable part of the rules, with DOMAIN.md's defaults: which cadre level guarantees
 * which grade (R6), who must appoint a director (R16, versioned), whether high-risk businesses
 * need on-site visits (R13), how many supervisions each grade owes a quarter (R12), the
 * working-day limits of a status change (R9) and the sector authority of each category.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Policy {

  private static final Policy DEFAULTS = builder().build();

  /** @return the cadre level for each grade; every grade is mapped */
  @Value.Default
  public Map<Grade, CadreLevel> gradeLevels() {
    Map<Grade, CadreLevel> levels = new EnumMap<>(Grade.class);
    levels.put(Grade.A, CadreLevel.CITY);
    levels.put(Grade.B, CadreLevel.COUNTY);
    levels.put(Grade.C, CadreLevel.TOWNSHIP);
    levels.put(Grade.D, CadreLevel.VILLAGE);
    return levels;
  }

  /** @return the director mandate */
  @Value.Default
  public DirectorMandate directorMandate() {
    return DirectorMandate.defaults();
  }

  /** @return whether only ON_SITE supervisions count for high-risk businesses (R13) */
  @Value.Default
  public boolean onSiteRequiredForHighRisk() {
    return true;
  }

  /** @return supervisions each grade owes per quarter (R12); every grade is mapped, each ≥ 1 */
  @Value.Default
  public Map<Grade, Integer> supervisionsPerQuarter() {
    Map<Grade, Integer> perQuarter = new EnumMap<>(Grade.class);
    for (Grade g : Grade.values()) {
      perQuarter.put(g, 1);
    }
    return perQuarter;
  }

  /** @return working days within which the regulator reports a status change (R9) */
  @Value.Default
  public int statusReportWorkingDays() {
    return 15;
  }

  /** @return working days within which the food-safety office re-binds after a change (R9) */
  @Value.Default
  public int rebindWorkingDays() {
    return 7;
  }

  /**
   * @return working days before a quarter's entry deadline within which an undone task is at risk
   *     (default 5, a working week)
   */
  @Value.Default
  public int atRiskWorkingDays() {
    return 5;
  }

  /** @return the sector authority of each category that has one */
  @Value.Default
  public Map<Category, SectorAuthority> sectorAuthorities() {
    Map<Category, SectorAuthority> sectors = new EnumMap<>(Category.class);
    sectors.put(Category.CANTEEN_KINDERGARTEN, SectorAuthority.EDUCATION);
    sectors.put(Category.CANTEEN_SCHOOL, SectorAuthority.EDUCATION);
    sectors.put(Category.CANTEEN_ELDERLY_CARE, SectorAuthority.CIVIL_AFFAIRS);
    return sectors;
  }

  /**
   * @param grade a grade, not null
   * @return the cadre level that should guarantee it
   */
  public CadreLevel cadreLevelFor(Grade grade) {
    return gradeLevels().get(grade);
  }

  /**
   * @param category a category, not null
   * @return its sector authority, empty when it has none
   */
  public Optional<SectorAuthority> sectorAuthorityOf(Category category) {
    return Optional.ofNullable(sectorAuthorities().get(category));
  }

  /** Refuses a value that breaks its form, naming the field and the rule. */
  @Value.Check
  protected void check() {
    for (Grade g : Grade.values()) {
      if (!gradeLevels().containsKey(g)) {
        throw InvalidRecordException.of("Policy", "gradeLevels", gradeLevels(), "must map grade " + g);
      }
      Integer n = supervisionsPerQuarter().get(g);
      if (n == null || n < 1) {
        throw InvalidRecordException.of(
            "Policy", "supervisionsPerQuarter", supervisionsPerQuarter(), "must map grade " + g + " to at least 1");
      }
    }
    if (statusReportWorkingDays() < 0 || rebindWorkingDays() < 0 || atRiskWorkingDays() < 0) {
      throw InvalidRecordException.of(
          "Policy", "statusReportWorkingDays/rebindWorkingDays/atRiskWorkingDays",
          statusReportWorkingDays() + "/" + rebindWorkingDays() + "/" + atRiskWorkingDays(), "must not be negative");
    }
  }

  /** @return DOMAIN.md's and FORMAT.md's defaults */
  public static Policy defaults() {
    return DEFAULTS;
  }

  /** @return a builder whose unset attributes take the defaults */
  public static ImmutablePolicy.Builder builder() {
    return ImmutablePolicy.builder();
  }
}

package dev.responsibility.core.rules;

import java.util.Optional;

/**
 * The stable codes of FORMAT.md's checks, each citing the DOMAIN.md rule it enforces. The order
 * of the constants is the order of reports.
 */
public enum CheckCode {
  /** R8 应包尽包: a business in the base with no active relation. */
  UNCOVERED("R8",
      "business in the base with no active relation (to any cadre, known or not)"),
  /** R7: a known business with two or more active relations. */
  DOUBLE_RELATION("R7",
      "known business (in the base or not) with two or more active relations"),
  /** R7: a relation naming an unknown cadre or business. */
  DANGLING_RELATION("R7",
      "relation (active or not) naming an unknown cadre or business"),
  /** R5: an active relation of a known business not in the base. */
  STALE_RELATION("R5",
      "active relation of a known business not in the base"),
  /** R7: an active relation whose known cadre is not active. */
  INACTIVE_CADRE("R7",
      "active relation of a known business and a known cadre that is not active"),
  /** R6: an active relation whose cadre level differs from the business's grade level. */
  LEVEL_MISMATCH("R6",
      "active relation of a known business and a known cadre whose level differs from the business's grade level"),
  /** R4: an active relation whose business is outside the cadre's division. */
  OUT_OF_JURISDICTION("R4",
      "active relation of a known business and a known cadre, the business's division not being the cadre's division or below it"),
  /** R10: an active cadre with relations but no valid document of a kind. */
  MISSING_DOCUMENT("R10",
      "(cadre, kind) where an active cadre holding an active relation has no valid document of that kind"),
  /** A business in the base whose credit code is not valid. */
  INVALID_CREDIT_CODE(null,
      "business in the base whose credit code is not valid"),
  /** A business in the base sharing its credit code with another in the base. */
  DUPLICATE_CREDIT_CODE(null,
      "business in the base whose non-empty credit code another business in the base also has"),
  /** A business in the base whose licence number is not valid in form. */
  INVALID_LICENSE(null,
      "business in the base whose licence number is not valid in form"),
  /** R16: a director-mandatory business in the base with no active director. */
  DIRECTOR_MISSING("R16",
      "director-mandatory business in the base with no active director"),
  /** R16: a business in the base, not a small operator, with no active officer. */
  OFFICER_MISSING("R16",
      "business in the base, other than a small operator, with no active officer"),
  /** R14: a supervision entered after its quarter's entry deadline. */
  LATE_ENTRY("R14",
      "supervision whose entry day is after the entry deadline of the quarter of its visit_date"),
  /** R15: a supervision entered before its visit. */
  ENTERED_BEFORE_VISIT("R15",
      "supervision whose entry day is before its visit_date"),
  /** R15: a supervision on no relation of its cadre and business active on the visit day. */
  OUT_OF_PERIOD("R15",
      "supervision on no relation of that cadre and business active on its visit_date");

  private final String rule;
  private final String definition;

  CheckCode(String rule, String definition) {
    this.rule = rule;
    this.definition = definition;
  }

  /**
   * @return what one violation is counted per, in FORMAT.md's words: the specification every
   *     evaluator (in memory, SQL) implements
   */
  public String definition() {
    return definition;
  }

  /** @return the DOMAIN.md rule, such as {@code R8}; empty for the data-quality checks */
  public Optional<String> rule() {
    return Optional.ofNullable(rule);
  }
}

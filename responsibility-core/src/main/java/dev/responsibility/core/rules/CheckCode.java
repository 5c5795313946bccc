package dev.responsibility.core.rules;

import java.util.Optional;

/**
 * The stable codes of FORMAT.md's checks, each citing the DOMAIN.md rule it enforces. The order
 * of the constants is the order of reports.
 */
public enum CheckCode {
  /** R8 应包尽包: a business in the base with no active relation. */
  UNCOVERED("R8"),
  /** R7: a known business with two or more active relations. */
  DOUBLE_RELATION("R7"),
  /** R7: a relation naming an unknown cadre or business. */
  DANGLING_RELATION("R7"),
  /** R5: an active relation of a known business not in the base. */
  STALE_RELATION("R5"),
  /** R7: an active relation whose known cadre is not active. */
  INACTIVE_CADRE("R7"),
  /** R6: an active relation whose cadre level differs from the business's grade level. */
  LEVEL_MISMATCH("R6"),
  /** R4: an active relation whose business is outside the cadre's division. */
  OUT_OF_JURISDICTION("R4"),
  /** R10: an active cadre with relations but no valid document of a kind. */
  MISSING_DOCUMENT("R10"),
  /** A business in the base whose credit code is not valid. */
  INVALID_CREDIT_CODE(null),
  /** A business in the base sharing its credit code with another in the base. */
  DUPLICATE_CREDIT_CODE(null),
  /** A business in the base whose licence number is not valid in form. */
  INVALID_LICENSE(null),
  /** R16: a director-mandatory business in the base with no active director. */
  DIRECTOR_MISSING("R16"),
  /** R16: a business in the base, not a small operator, with no active officer. */
  OFFICER_MISSING("R16"),
  /** R14: a supervision entered after its quarter's entry deadline. */
  LATE_ENTRY("R14"),
  /** R15: a supervision entered before its visit. */
  ENTERED_BEFORE_VISIT("R15"),
  /** R15: a supervision on no relation of its cadre and business active on the visit day. */
  OUT_OF_PERIOD("R15");

  private final String rule;

  CheckCode(String rule) {
    this.rule = rule;
  }

  /** @return the DOMAIN.md rule, such as {@code R8}; empty for the data-quality checks */
  public Optional<String> rule() {
    return Optional.ofNullable(rule);
  }
}

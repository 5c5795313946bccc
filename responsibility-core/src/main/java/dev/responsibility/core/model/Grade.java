package dev.responsibility.core.model;

/**
 * The risk grade of a business (分级), which decides the level of its guarantor cadre under the
 * policy (R6; by default A → CITY … D → VILLAGE).
 */
public enum Grade {
  /** A级. */
  A,
  /** B级. */
  B,
  /** C级. */
  C,
  /** D级. */
  D
}

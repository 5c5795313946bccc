package dev.responsibility.core.model;

/**
 * The level at which a guarantor cadre (包保干部) serves (R3). The province appears only as an
 * inspection level, never as a guarantor.
 */
public enum CadreLevel {
  /** 市级包保干部. */
  CITY(DivisionLevel.CITY),
  /** 县级包保干部. */
  COUNTY(DivisionLevel.COUNTY),
  /** 乡级包保干部. */
  TOWNSHIP(DivisionLevel.TOWNSHIP),
  /** 村级包保干部. */
  VILLAGE(DivisionLevel.VILLAGE);

  private final DivisionLevel divisionLevel;

  CadreLevel(DivisionLevel divisionLevel) {
    this.divisionLevel = divisionLevel;
  }

  /** @return the division level this cadre level serves at */
  public DivisionLevel divisionLevel() {
    return divisionLevel;
  }
}

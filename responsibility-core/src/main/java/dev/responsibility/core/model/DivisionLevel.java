package dev.responsibility.core.model;

/** The level of an administrative division (行政区划级别), from the top down. */
public enum DivisionLevel {
  /** 省级. */
  PROVINCE("省"),
  /** 市级. */
  CITY("市"),
  /** 县级. */
  COUNTY("县"),
  /** 乡级 (township, town, sub-district). */
  TOWNSHIP("乡"),
  /** 村级 (village or residents' committee). */
  VILLAGE("村");

  private final String chinese;

  DivisionLevel(String chinese) {
    this.chinese = chinese;
  }

  /** @return the Chinese name of the level, such as {@code 乡} */
  public String chineseName() {
    return chinese;
  }
}

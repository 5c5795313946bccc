package dev.responsibility.core.model;

/** The size of a food business (企业规模). */
public enum BusinessSize {
  /** 大型. */
  LARGE("大型"),
  /** 中型. */
  MEDIUM("中型"),
  /** 小型. */
  SMALL("小型"),
  /** 微型. */
  MICRO("微型");

  private final String chinese;

  BusinessSize(String chinese) {
    this.chinese = chinese;
  }

  /** @return the Chinese name, such as {@code 大型} */
  public String chineseName() {
    return chinese;
  }

  /** @return whether the size is LARGE or MEDIUM, the sizes ORDER-60 names */
  public boolean isLargeOrMedium() {
    return this == LARGE || this == MEDIUM;
  }
}

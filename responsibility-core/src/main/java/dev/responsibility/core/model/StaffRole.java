package dev.responsibility.core.model;

/** A food-safety role inside a business (企业主体责任, ORDER-60). */
public enum StaffRole {
  /** 主要负责人. */
  PRINCIPAL("主要负责人"),
  /** 食品安全总监. */
  DIRECTOR("食品安全总监"),
  /** 食品安全员. */
  OFFICER("食品安全员");

  private final String chinese;

  StaffRole(String chinese) {
    this.chinese = chinese;
  }

  /** @return the Chinese name, such as {@code 食品安全总监} */
  public String chineseName() {
    return chinese;
  }
}

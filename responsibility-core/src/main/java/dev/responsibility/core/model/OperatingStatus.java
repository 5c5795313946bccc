package dev.responsibility.core.model;

/** The operating status of a business (经营状态). Only OPERATING keeps it in the base (R5). */
public enum OperatingStatus {
  /** 在产在营. */
  OPERATING("在营"),
  /** 停产停业. */
  SUSPENDED("停业"),
  /** 注销 or closed. */
  CLOSED("注销");

  private final String chinese;

  OperatingStatus(String chinese) {
    this.chinese = chinese;
  }

  /** @return the Chinese name, such as {@code 停业} */
  public String chineseName() {
    return chinese;
  }
}

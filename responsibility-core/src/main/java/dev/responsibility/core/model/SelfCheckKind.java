package dev.responsibility.core.model;

/** The enterprise's own checks (R18–R20): 日管控, 周排查, 月调度. */
public enum SelfCheckKind {
  /** 日管控: the officer's daily check against the risk-control list. */
  DAILY("日管控"),
  /** 周排查: the weekly inspection and its report. */
  WEEKLY("周排查"),
  /** 月调度: the principal hears the director; minutes are kept. */
  MONTHLY("月调度");

  private final String chinese;

  SelfCheckKind(String chinese) {
    this.chinese = chinese;
  }

  /** @return the Chinese name, such as {@code 周排查} */
  public String chineseName() {
    return chinese;
  }
}

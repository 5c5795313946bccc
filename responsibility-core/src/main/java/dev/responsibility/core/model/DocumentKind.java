package dev.responsibility.core.model;

/** The three documents every cadre with active relations must hold (R10, 三清单一承诺书). */
public enum DocumentKind {
  /** 食品安全责任与任务承诺书. */
  COMMITMENT_LETTER("承诺书"),
  /** 责任清单. */
  RESPONSIBILITY_LIST("责任清单"),
  /** 任务清单. */
  TASK_LIST("任务清单");

  private final String chinese;

  DocumentKind(String chinese) {
    this.chinese = chinese;
  }

  /** @return the Chinese name, such as {@code 责任清单} */
  public String chineseName() {
    return chinese;
  }
}

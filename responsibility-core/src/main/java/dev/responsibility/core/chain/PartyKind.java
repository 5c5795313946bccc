package dev.responsibility.core.chain;

/** The four parties of the responsibility chain (四方责任). */
public enum PartyKind {
  /** 属地管理责任: the local government, through guarantor cadres. */
  TERRITORIAL("属地管理责任"),
  /** 监管责任: the market regulator. */
  REGULATORY("监管责任"),
  /** 部门主管责任: the sector authority. */
  DEPARTMENTAL("部门主管责任"),
  /** 企业主体责任: the business itself. */
  ENTERPRISE("企业主体责任");

  private final String chinese;

  PartyKind(String chinese) {
    this.chinese = chinese;
  }

  /** @return the Chinese name, such as {@code 属地管理责任} */
  public String chineseName() {
    return chinese;
  }
}

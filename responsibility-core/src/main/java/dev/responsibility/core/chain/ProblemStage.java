package dev.responsibility.core.chain;

/** Where a problem found in supervision stands in its hand-off (R2, 闭环). */
public enum ProblemStage {
  /** 发现: found by the guarantor cadre. */
  FOUND("发现"),
  /** 移交: referred to the market regulator of the business's township. */
  REFERRED("移交"),
  /** 整改: rectified by the business. */
  RECTIFIED("整改"),
  /** 销号: verified by the regulator and closed out. */
  CLOSED("销号");

  private final String chinese;

  ProblemStage(String chinese) {
    this.chinese = chinese;
  }

  /** @return the Chinese name, such as {@code 销号} */
  public String chineseName() {
    return chinese;
  }
}

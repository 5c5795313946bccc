package dev.responsibility.core.tasks;

/** The state of a supervision task as of a day. */
public enum TaskState {
  /** Enough qualifying supervisions are entered (FORMAT.md's "done"). */
  DONE("已完成"),
  /** Not done, and the entry deadline is more than the policy's at-risk margin away. */
  OPEN("待完成"),
  /** Not done, and the entry deadline is within the policy's at-risk margin of working days. */
  AT_RISK("临期"),
  /** Not done, and the entry deadline has passed. */
  MISSED("逾期未完成");

  private final String chinese;

  TaskState(String chinese) {
    this.chinese = chinese;
  }

  /** @return the Chinese name, such as {@code 临期} */
  public String chineseName() {
    return chinese;
  }
}

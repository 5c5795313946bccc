package dev.responsibility.core.model;

/** How a cadre supervised a business (督导方式). Only ON_SITE counts for high-risk ones (R13). */
public enum SupervisionMode {
  /** 现场督导. */
  ON_SITE("现场"),
  /** 集中督导. */
  CENTRALISED("集中"),
  /** 视频督导. */
  VIDEO("视频");

  private final String chinese;

  SupervisionMode(String chinese) {
    this.chinese = chinese;
  }

  /** @return the Chinese name, such as {@code 现场} */
  public String chineseName() {
    return chinese;
  }
}

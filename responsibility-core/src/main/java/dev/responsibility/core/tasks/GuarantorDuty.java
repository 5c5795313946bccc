package dev.responsibility.core.tasks;

/**
 * The four tasks a guarantor cadre urges on each business (任务清单, DOMAIN.md "three lists").
 */
public enum GuarantorDuty {
  /** 督促建立健全食品安全管理制度. */
  SAFETY_MANAGEMENT_SYSTEM("食品安全管理制度", "Safety-management system"),
  /** 督促落实日常防控措施. */
  ROUTINE_PREVENTION("日常防控", "Routine prevention"),
  /** 督促做好应急处置. */
  EMERGENCY_HANDLING("应急处置", "Emergency handling"),
  /** 开展宣传培训. */
  PUBLICITY_AND_TRAINING("宣传培训", "Publicity and training");

  private final String chinese;
  private final String english;

  GuarantorDuty(String chinese, String english) {
    this.chinese = chinese;
    this.english = english;
  }

  /** @return the Chinese name */
  public String chineseName() {
    return chinese;
  }

  /** @return the English name */
  public String englishName() {
    return english;
  }
}

package dev.responsibility.core.model;

/**
 * The category of a food business (主体类别), as FORMAT.md names them. Small workshops and
 * vendors are the small operators, which need no credit code, no licence of a fixed form and
 * no officer.
 */
public enum Category {
  /** 特殊食品生产企业. */
  SPECIAL_FOOD_PRODUCER("特殊食品生产企业", LicenceForm.PRODUCTION),
  /** 食品生产企业. */
  FOOD_PRODUCER("食品生产企业", LicenceForm.PRODUCTION),
  /** 食品小作坊. */
  SMALL_WORKSHOP("食品小作坊", LicenceForm.LOCAL_REGISTRATION),
  /** 食品销售企业. */
  FOOD_SELLER("食品销售企业", LicenceForm.TRADE),
  /** 连锁零售企业总部. */
  CHAIN_RETAIL_HQ("连锁零售企业总部", LicenceForm.TRADE),
  /** 餐饮服务企业. */
  CATERER("餐饮服务企业", LicenceForm.TRADE),
  /** 连锁餐饮企业总部. */
  CHAIN_CATERING_HQ("连锁餐饮企业总部", LicenceForm.TRADE),
  /** 中央厨房、集体用餐配送单位. */
  MEAL_DISTRIBUTOR("集体用餐配送单位", LicenceForm.TRADE),
  /** 幼儿园食堂. */
  CANTEEN_KINDERGARTEN("幼儿园食堂", LicenceForm.TRADE),
  /** 学校食堂. */
  CANTEEN_SCHOOL("学校食堂", LicenceForm.TRADE),
  /** 养老机构食堂. */
  CANTEEN_ELDERLY_CARE("养老机构食堂", LicenceForm.TRADE),
  /** 其他单位食堂. */
  CANTEEN_OTHER("其他单位食堂", LicenceForm.TRADE),
  /** 食品摊贩. */
  VENDOR("食品摊贩", LicenceForm.LOCAL_REGISTRATION);

  /** Which form of licence number a category holds. */
  public enum LicenceForm {
    /** 食品生产许可证: {@code SC} and 14 digits. */
    PRODUCTION,
    /** 食品经营许可证: {@code JY} and 14 digits. */
    TRADE,
    /** A local registration or permit of any form (小作坊登记证, 摊贩登记卡). */
    LOCAL_REGISTRATION
  }

  private final String chinese;
  private final LicenceForm licenceForm;

  Category(String chinese, LicenceForm licenceForm) {
    this.chinese = chinese;
    this.licenceForm = licenceForm;
  }

  /** @return the Chinese name, such as {@code 学校食堂} */
  public String chineseName() {
    return chinese;
  }

  /** @return the form of licence number this category holds */
  public LicenceForm licenceForm() {
    return licenceForm;
  }

  /** @return whether this is a small operator (小作坊 or 摊贩) */
  public boolean isSmallOperator() {
    return licenceForm == LicenceForm.LOCAL_REGISTRATION;
  }
}

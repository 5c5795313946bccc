package dev.responsibility.testkit;

import dev.responsibility.core.model.Category;
import java.util.SplittableRandom;

/**
 * Plausible Chinese names for people, places and businesses, drawn from a random stream so that
 * the same seed names everything the same way. Not a register of real places or people.
 */
final class ChineseNames {

  private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢";
  private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明霞平刚桂英华建国红玉兰秀珍志文斌辉鹏飞婷雪梅海波春燕";
  private static final String PLACE = "东西南北新河山石桥林湖安平兴和丰长青白金云龙凤阳泉源溪岭坪塘湾田岗铺桃花杨柳";

  private ChineseNames() {}

  /** A person's name: a surname and one or two given characters. */
  static String person(SplittableRandom random) {
    StringBuilder name = new StringBuilder(3).append(pick(SURNAMES, random)).append(pick(GIVEN, random));
    if (random.nextInt(3) > 0) {
      name.append(pick(GIVEN, random));
    }
    return name.toString();
  }

  /** A two-character place name, such as {@code 桃源}. */
  static String place(SplittableRandom random) {
    return new StringBuilder(2).append(pick(PLACE, random)).append(pick(PLACE, random)).toString();
  }

  /** A business name fitting its category and place, such as {@code 桃源镇中心小学食堂}. */
  static String business(Category category, String place, SplittableRandom random) {
    return switch (category) {
      case SPECIAL_FOOD_PRODUCER -> place + "营养食品有限公司";
      case FOOD_PRODUCER -> place + pickOf(random, "食品有限公司", "粮油加工厂", "酒业有限公司", "乳业有限公司");
      case SMALL_WORKSHOP -> pick(SURNAMES, random) + "记" + pickOf(random, "豆腐坊", "米粉坊", "糕点坊", "榨油坊");
      case FOOD_SELLER -> place + pickOf(random, "便民超市", "粮油店", "副食店", "生鲜超市", "茶叶店");
      case CHAIN_RETAIL_HQ -> place + "连锁超市有限公司";
      case CATERER -> place + pick(SURNAMES, random) + "记" + pickOf(random, "饭店", "面馆", "小吃店", "酒家", "农家乐");
      case CHAIN_CATERING_HQ -> place + "餐饮管理有限公司";
      case MEAL_DISTRIBUTOR -> place + "团餐配送中心";
      case CANTEEN_KINDERGARTEN -> place + "幼儿园食堂";
      case CANTEEN_SCHOOL -> place + pickOf(random, "中心小学食堂", "中学食堂", "完全小学食堂");
      case CANTEEN_ELDERLY_CARE -> place + "敬老院食堂";
      case CANTEEN_OTHER -> place + pickOf(random, "卫生院食堂", "镇政府食堂", "工业园食堂");
      case VENDOR -> person(random) + pickOf(random, "早餐摊", "烧烤摊", "水果摊", "卤味摊");
    };
  }

  /** A finding of a daily self-check, or of a supervision visit. */
  static String finding(SplittableRandom random) {
    return pickOf(random, "冷库温度偏高，已调整", "部分食品未标注进货日期", "消毒记录不全", "从业人员健康证过期", "留样不足48小时");
  }

  private static char pick(String chars, SplittableRandom random) {
    return chars.charAt(random.nextInt(chars.length()));
  }

  private static String pickOf(SplittableRandom random, String... options) {
    return options[random.nextInt(options.length)];
  }
}

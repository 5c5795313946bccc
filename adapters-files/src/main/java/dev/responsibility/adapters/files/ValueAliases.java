package dev.responsibility.adapters.files;

import dev.responsibility.core.model.BusinessSize;
import dev.responsibility.core.model.CadreLevel;
import dev.responsibility.core.model.Category;
import dev.responsibility.core.model.DivisionLevel;
import dev.responsibility.core.model.DocumentKind;
import dev.responsibility.core.model.Grade;
import dev.responsibility.core.model.OperatingStatus;
import dev.responsibility.core.model.SelfCheckKind;
import dev.responsibility.core.model.StaffRole;
import dev.responsibility.core.model.SupervisionMode;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The values an enumerated column accepts: the FORMAT.md name in any letter case and the Chinese
 * aliases real exports use. The first alias of a value is the one the writer uses for Chinese
 * files. Immutable.
 *
 * @param <E> the enum
 */
final class ValueAliases<E extends Enum<E>> {

  static final ValueAliases<DivisionLevel> DIVISION_LEVEL = new ValueAliases<>(DivisionLevel.class, Map.of(
      DivisionLevel.PROVINCE, List.of("省级", "省"),
      DivisionLevel.CITY, List.of("市级", "市"),
      DivisionLevel.COUNTY, List.of("县级", "县", "区县级"),
      DivisionLevel.TOWNSHIP, List.of("乡级", "乡", "乡镇级", "乡镇"),
      DivisionLevel.VILLAGE, List.of("村级", "村", "社区")));

  static final ValueAliases<CadreLevel> CADRE_LEVEL = new ValueAliases<>(CadreLevel.class, Map.of(
      CadreLevel.CITY, List.of("市级", "市"),
      CadreLevel.COUNTY, List.of("县级", "县", "区县级"),
      CadreLevel.TOWNSHIP, List.of("乡级", "乡", "乡镇级"),
      CadreLevel.VILLAGE, List.of("村级", "村")));

  static final ValueAliases<BusinessSize> SIZE = new ValueAliases<>(BusinessSize.class, Map.of(
      BusinessSize.LARGE, List.of("大型"),
      BusinessSize.MEDIUM, List.of("中型"),
      BusinessSize.SMALL, List.of("小型"),
      BusinessSize.MICRO, List.of("微型")));

  static final ValueAliases<Grade> GRADE = new ValueAliases<>(Grade.class, Map.of(
      Grade.A, List.of("A级"),
      Grade.B, List.of("B级"),
      Grade.C, List.of("C级"),
      Grade.D, List.of("D级")));

  static final ValueAliases<Category> CATEGORY = new ValueAliases<>(Category.class, categoryAliases());

  static final ValueAliases<OperatingStatus> STATUS = new ValueAliases<>(OperatingStatus.class, Map.of(
      OperatingStatus.OPERATING, List.of("在营", "在产在营"),
      OperatingStatus.SUSPENDED, List.of("停业", "停产停业"),
      OperatingStatus.CLOSED, List.of("注销")));

  static final ValueAliases<DocumentKind> DOCUMENT_KIND = new ValueAliases<>(DocumentKind.class, Map.of(
      DocumentKind.COMMITMENT_LETTER, List.of("承诺书"),
      DocumentKind.RESPONSIBILITY_LIST, List.of("责任清单"),
      DocumentKind.TASK_LIST, List.of("任务清单")));

  static final ValueAliases<SupervisionMode> MODE = new ValueAliases<>(SupervisionMode.class, Map.of(
      SupervisionMode.ON_SITE, List.of("现场", "现场督导"),
      SupervisionMode.CENTRALISED, List.of("集中", "集中督导"),
      SupervisionMode.VIDEO, List.of("视频", "视频督导")));

  static final ValueAliases<StaffRole> ROLE = new ValueAliases<>(StaffRole.class, Map.of(
      StaffRole.PRINCIPAL, List.of("主要负责人"),
      StaffRole.DIRECTOR, List.of("食品安全总监", "总监"),
      StaffRole.OFFICER, List.of("食品安全员", "安全员")));

  static final ValueAliases<SelfCheckKind> SELF_CHECK_KIND = new ValueAliases<>(SelfCheckKind.class, Map.of(
      SelfCheckKind.DAILY, List.of("日管控"),
      SelfCheckKind.WEEKLY, List.of("周排查"),
      SelfCheckKind.MONTHLY, List.of("月调度")));

  /** Every enumerated column's aliases, for the writer and the documentation test. */
  static final List<ValueAliases<?>> ALL = List.of(DIVISION_LEVEL, CADRE_LEVEL, SIZE, GRADE, CATEGORY, STATUS,
      DOCUMENT_KIND, MODE, ROLE, SELF_CHECK_KIND);

  /** The Chinese booleans beside {@code true}/{@code false} in any letter case. */
  static final String YES = "是";
  static final String NO = "否";

  private final Class<E> type;
  private final E[] constants;
  private final Map<E, List<String>> chinese;
  private final Map<String, E> byText = new HashMap<>();

  private ValueAliases(Class<E> type, Map<E, List<String>> chinese) {
    this.type = type;
    this.constants = type.getEnumConstants();
    Map<E, List<String>> ordered = new EnumMap<>(type);
    ordered.putAll(chinese);
    this.chinese = ordered;
    for (E value : type.getEnumConstants()) {
      byText.put(normalize(value.name()), value);
    }
    ordered.forEach((value, aliases) -> aliases.forEach(a -> {
      E before = byText.putIfAbsent(normalize(a), value);
      if (before != null && before != value) {
        throw new IllegalStateException(a + " names both " + before + " and " + value);
      }
    }));
  }

  private static Map<Category, List<String>> categoryAliases() {
    Map<Category, List<String>> m = new LinkedHashMap<>();
    for (Category c : Category.values()) {
      m.put(c, List.of(c.chineseName()));
    }
    m.put(Category.SMALL_WORKSHOP, List.of(Category.SMALL_WORKSHOP.chineseName(), "小作坊"));
    m.put(Category.MEAL_DISTRIBUTOR, List.of(Category.MEAL_DISTRIBUTOR.chineseName(), "中央厨房"));
    m.put(Category.VENDOR, List.of(Category.VENDOR.chineseName(), "摊贩"));
    return m;
  }

  Class<E> type() {
    return type;
  }

  /** @return the Chinese aliases of each value, the canonical one first */
  Map<E, List<String>> chinese() {
    return chinese;
  }

  /**
   * @param text a trimmed cell
   * @return the value it names, or null
   */
  E parse(CharSequence text) {
    // The FORMAT.md name as written, nearly every cell: compared in place, no string made.
    for (E value : constants) {
      if (value.name().contentEquals(text)) {
        return value;
      }
    }
    String t = text.toString();
    E exact = byText.get(t);
    return exact != null ? exact : byText.get(normalize(t));
  }

  /** @return the canonical Chinese alias of a value */
  String chineseOf(E value) {
    return chinese.get(value).get(0);
  }

  /** @return the FORMAT.md names, for messages: {@code LARGE, MEDIUM, SMALL, MICRO} */
  String expected() {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }

  /** @return the Chinese for a value of any aliased enum */
  static String chineseOfAny(Enum<?> value) {
    for (ValueAliases<?> a : ALL) {
      if (a.type == value.getDeclaringClass()) {
        return a.chinese.get(value).get(0);
      }
    }
    throw new IllegalArgumentException("no aliases for " + value.getDeclaringClass());
  }

  static String normalize(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
  }
}

package dev.responsibility.adapters.files;

import dev.responsibility.core.metrics.Metric;
import dev.responsibility.core.metrics.MetricValue;
import dev.responsibility.core.metrics.MetricsReport;
import dev.responsibility.core.metrics.RollUpRow;
import dev.responsibility.core.rules.CheckCode;
import dev.responsibility.core.rules.CheckReport;
import dev.responsibility.core.rules.RecordRef;
import dev.responsibility.core.rules.Severity;
import dev.responsibility.core.rules.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One table of a report (报表): a name (the CSV file name without {@code .csv}, or the sheet name),
 * a header row and data rows whose cells are text, whole numbers, decimals, days or empty. The
 * factories build the library's tables — violations, check counts, metrics, a roll-up — in
 * English or Chinese; {@link #of} builds any other. Immutable and thread-safe.
 */
public final class ReportTable {

  private static final Map<RecordRef.Kind, String> KIND_ZH = new EnumMap<>(Map.of(
      RecordRef.Kind.DIVISION, "行政区划", RecordRef.Kind.BUSINESS, "主体", RecordRef.Kind.CADRE, "干部",
      RecordRef.Kind.RELATION, "包保关系", RecordRef.Kind.DOCUMENT, "文书", RecordRef.Kind.SUPERVISION, "督导记录",
      RecordRef.Kind.PROBLEM, "问题", RecordRef.Kind.STAFF, "人员"));

  private final String name;
  private final List<String> header;
  private final List<List<Object>> rows;

  private ReportTable(String name, List<String> header, List<List<Object>> rows) {
    this.name = name;
    this.header = List.copyOf(header);
    List<List<Object>> copy = new ArrayList<>(rows.size());
    for (List<Object> row : rows) {
      if (row.size() != header.size()) {
        throw new IllegalArgumentException("a row of " + name + " has " + row.size() + " cells, the header "
            + header.size());
      }
      for (Object cell : row) {
        if (cell != null && !(cell instanceof String || cell instanceof Long || cell instanceof Integer
            || cell instanceof Double || cell instanceof LocalDate)) {
          throw new IllegalArgumentException("a cell must be a String, Integer, Long, Double, LocalDate or null: "
              + cell.getClass().getName());
        }
      }
      copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(row)));
    }
    this.rows = java.util.Collections.unmodifiableList(copy);
  }

  /**
   * Any table: the way to add tables the library does not build.
   *
   * @param name the table's name, not blank: a file name without {@code .csv} and a sheet name
   *     (at most 31 characters, none of {@code \ / ? * [ ] :})
   * @param header the column headers, not null
   * @param rows the rows, each as long as the header; cells are {@code String}, {@code Integer},
   *     {@code Long}, {@code Double}, {@code LocalDate} or null (empty)
   * @return the table
   * @throws IllegalArgumentException if the name is not usable, a row's length differs from the
   *     header's or a cell has another type
   */
  public static ReportTable of(String name, List<String> header, List<List<Object>> rows) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank() || name.length() > 31 || name.chars().anyMatch(c -> "\\/?*[]:".indexOf(c) >= 0)) {
      throw new IllegalArgumentException("not usable as a file and sheet name: " + name);
    }
    return new ReportTable(name, header, rows);
  }

  /**
   * The violations of a check report, one row each in report order: {@code code}, {@code rule}
   * (the DOMAIN.md rule, empty for data-quality checks), {@code severity}, {@code records} (the
   * counted record first, as {@code business:B1; relation:R1}) and {@code message}. Chinese
   * headers, severities, record kinds and messages for a {@code zh} locale.
   *
   * @param report the report, not null
   * @param locale {@code zh} for Chinese, anything else for English; not null
   * @return the table {@code violations}
   */
  public static ReportTable violations(CheckReport report, Locale locale) {
    boolean zh = isChinese(locale);
    List<List<Object>> rows = new ArrayList<>();
    for (Violation v : report.violations()) {
      rows.add(Arrays.asList(v.code().name(), v.rule().orElse(""), severity(v.severity(), zh),
          v.records().stream().map(r -> (zh ? KIND_ZH.get(r.kind()) : r.kind().name().toLowerCase(Locale.ROOT))
              + ":" + r.id()).collect(Collectors.joining(zh ? "；" : "; ")),
          v.message(locale)));
    }
    return new ReportTable("violations",
        zh ? List.of("代码", "规则", "严重程度", "涉及记录", "说明") : List.of("code", "rule", "severity", "records", "message"),
        rows);
  }

  /**
   * How many violations each check found, every code in report order, zeros included:
   * {@code code}, {@code rule}, {@code count}, {@code definition} (FORMAT.md's "one violation
   * per", in English in both languages: it is the contract's wording).
   *
   * @param report the report, not null
   * @param locale {@code zh} for Chinese headers; not null
   * @return the table {@code check_counts}
   */
  public static ReportTable checkCounts(CheckReport report, Locale locale) {
    boolean zh = isChinese(locale);
    List<List<Object>> rows = new ArrayList<>();
    for (CheckCode code : CheckCode.values()) {
      rows.add(Arrays.asList(code.name(), code.rule().orElse(""), report.count(code), code.definition()));
    }
    return new ReportTable("check_counts",
        zh ? List.of("代码", "规则", "数量", "定义") : List.of("code", "rule", "count", "definition"), rows);
  }

  /**
   * The values of a metrics report, in {@link Metric} order: {@code metric} (the key),
   * {@code numerator}, {@code denominator}, {@code rate} (empty when undefined, never 100%) and
   * {@code name} (the Chinese name) or {@code definition} (numerator ÷ denominator in words).
   *
   * @param report the report, not null
   * @param locale {@code zh} for Chinese; not null
   * @return the table {@code metrics}
   */
  public static ReportTable metrics(MetricsReport report, Locale locale) {
    boolean zh = isChinese(locale);
    List<List<Object>> rows = new ArrayList<>();
    report.values().forEach((metric, value) -> rows.add(Arrays.asList(metric.key(), value.numerator(),
        value.denominator(), rate(value), zh ? metric.chineseName()
            : metric.numeratorDefinition() + " ÷ " + metric.denominatorDefinition())));
    return new ReportTable("metrics", zh ? List.of("指标", "分子", "分母", "比率", "名称")
        : List.of("metric", "numerator", "denominator", "rate", "definition"), rows);
  }

  /**
   * A roll-up by division: {@code division}, {@code name}, {@code level}, then for each metric of
   * the rows (in {@link Metric} order) its total numerator, denominator and rate.
   *
   * @param rows the roll-up rows, in the order to write them; not null
   * @param locale {@code zh} for Chinese; not null
   * @return the table {@code roll_up}
   */
  public static ReportTable rollUp(List<RollUpRow> rows, Locale locale) {
    boolean zh = isChinese(locale);
    List<Metric> metrics = Arrays.stream(Metric.values())
        .filter(m -> rows.stream().anyMatch(r -> r.total().containsKey(m))).toList();
    List<String> header = new ArrayList<>(zh ? List.of("区划代码", "名称", "级别") : List.of("division", "name", "level"));
    for (Metric m : metrics) {
      String label = zh ? m.chineseName() : m.key();
      header.addAll(zh ? List.of(label + "分子", label + "分母", label + "比率")
          : List.of(label + " numerator", label + " denominator", label + " rate"));
    }
    List<List<Object>> out = new ArrayList<>();
    for (RollUpRow r : rows) {
      List<Object> row = new ArrayList<>(List.of(r.division().value(), r.name(),
          zh ? ValueAliases.DIVISION_LEVEL.chineseOf(r.level()) : r.level().name()));
      for (Metric m : metrics) {
        MetricValue v = r.total().getOrDefault(m, MetricValue.ZERO);
        row.addAll(Arrays.asList(v.numerator(), v.denominator(), rate(v)));
      }
      out.add(row);
    }
    return new ReportTable("roll_up", header, out);
  }

  private static Object rate(MetricValue v) {
    return v.rate().isPresent() ? (Object) v.rate().getAsDouble() : null;
  }

  private static String severity(Severity s, boolean zh) {
    return zh ? (s == Severity.ERROR ? "错误" : "警告") : s.name();
  }

  private static boolean isChinese(Locale locale) {
    return Objects.requireNonNull(locale, "locale").getLanguage().equals("zh");
  }

  /** @return the name: the CSV file name without {@code .csv}, and the sheet name */
  public String name() {
    return name;
  }

  /** @return the column headers */
  public List<String> header() {
    return header;
  }

  /** @return the rows, each as long as the header */
  public List<List<Object>> rows() {
    return rows;
  }

  @Override
  public String toString() {
    return "ReportTable[" + name + ", " + rows.size() + " rows]";
  }
}

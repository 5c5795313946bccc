package dev.responsibility.core.metrics;

import dev.responsibility.core.rules.RecordRef;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The metrics of FORMAT.md, each with its definition in words. This is the one place the formulas
 * are written down: the in-memory evaluator and any other evaluator (the JDBC adapter's SQL)
 * implement exactly these sentences. The order of the constants is the order of reports.
 */
public enum Metric {
  /** 在产在营获证主体包保覆盖率. */
  COVERAGE("coverage", "在产在营获证主体包保覆盖率", RecordRef.Kind.BUSINESS, false,
      "businesses in the base and in scope with at least one active relation whose cadre is known and active",
      "businesses in the base and in scope"),
  /** 五类食品企业总监安全员配备率. */
  STAFFING("staffing", "五类食品企业总监安全员配备率", RecordRef.Kind.BUSINESS, false,
      "director-mandatory businesses in the base and in scope with an active DIRECTOR and at least one active OFFICER",
      "director-mandatory businesses in the base and in scope"),
  /** 总监配备率. */
  STAFFING_DIRECTOR("staffing-director", "食品安全总监配备率", RecordRef.Kind.BUSINESS, false,
      "director-mandatory businesses in the base and in scope with an active DIRECTOR",
      "director-mandatory businesses in the base and in scope"),
  /** 安全员配备率. */
  STAFFING_OFFICER("staffing-officer", "食品安全员配备率", RecordRef.Kind.BUSINESS, false,
      "director-mandatory businesses in the base and in scope with at least one active OFFICER",
      "director-mandatory businesses in the base and in scope"),
  /** 包保主体数据归集率. */
  DATA_COLLECTION("data-collection", "包保主体数据归集率", RecordRef.Kind.BUSINESS, false,
      "businesses in the base and in scope with a valid credit code, a licence valid in form, and an active relation to a known cadre",
      "businesses in the base and in scope"),
  /** 三清单一承诺书 completeness. */
  DOCUMENTS("documents", "三清单一承诺书完备率", RecordRef.Kind.CADRE, false,
      "active cadres in scope holding an active relation and a valid document of each of the three kinds",
      "active cadres in scope holding an active relation"),
  /** 督导问题处置率. */
  PROBLEM_DISPOSAL("problem-disposal", "督导问题处置率", RecordRef.Kind.PROBLEM, false,
      "problems of known businesses in scope with found_on ≤ d and closed_on ≤ d",
      "problems of known businesses in scope with found_on ≤ d"),
  /** 包保督导任务完成率 (a quarter metric). */
  SUPERVISION_COMPLETION("supervision-completion", "包保督导任务完成率", RecordRef.Kind.RELATION, true,
      "tasks done: some supervision of the same cadre and business with a visit in the window and inside the relation's "
          + "period, an entry day no later than the entry deadline and no later than d, ON_SITE for a high-risk business",
      "tasks owed: relations of known businesses in scope active on at least one day of the quarter's window");

  private static final List<Metric> HEADLINE = List.of(COVERAGE, STAFFING, DATA_COLLECTION, SUPERVISION_COMPLETION);

  private final String key;
  private final String chineseName;
  private final RecordRef.Kind subject;
  private final boolean quarterly;
  private final String numerator;
  private final String denominator;

  Metric(String key, String chineseName, RecordRef.Kind subject, boolean quarterly, String numerator, String denominator) {
    this.key = key;
    this.chineseName = chineseName;
    this.subject = subject;
    this.quarterly = quarterly;
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /** @return the id FORMAT.md and the JSON reports use, such as {@code data-collection} */
  public String key() {
    return key;
  }

  /** @return the Chinese name, such as {@code 包保主体数据归集率} */
  public String chineseName() {
    return chineseName;
  }

  /** @return the kind of record the metric counts */
  public RecordRef.Kind subject() {
    return subject;
  }

  /** @return whether it is asked of a quarter rather than a day */
  public boolean isQuarterly() {
    return quarterly;
  }

  /** @return what the numerator counts, in FORMAT.md's words */
  public String numeratorDefinition() {
    return numerator;
  }

  /** @return what the denominator counts, in FORMAT.md's words */
  public String denominatorDefinition() {
    return denominator;
  }

  /**
   * The four headline rates the seed work plan sets at 100% (在产在营获证主体包保覆盖率,
   * 五类食品企业总监安全员配备率, 包保主体数据归集率, 包保督导任务完成率), in its order; the
   * others explain or complete them.
   *
   * @return coverage, staffing, data-collection and supervision-completion
   */
  public static List<Metric> headline() {
    return HEADLINE;
  }

  /**
   * @param key a metric id such as {@code coverage}, not null
   * @return the metric, empty when no metric has that id
   */
  public static Optional<Metric> ofKey(String key) {
    return Arrays.stream(values()).filter(m -> m.key.equals(key)).findFirst();
  }
}

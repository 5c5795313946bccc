package dev.responsibility.benchmarks;

import dev.responsibility.core.Responsibility;
import dev.responsibility.core.metrics.Metric;
import dev.responsibility.core.metrics.MetricQuery;
import dev.responsibility.core.metrics.MetricValue;
import dev.responsibility.core.metrics.MetricsEvaluator;
import dev.responsibility.core.metrics.RollUpRow;
import dev.responsibility.core.model.DivisionLevel;
import dev.responsibility.core.rules.CheckCode;
import dev.responsibility.core.rules.CheckReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the benchmarks compare between two engines for one day and quarter: the number of
 * violations of every check code, every metric over the whole data set, and every metric's total
 * for each TOWNSHIP (its records and those below it). Immutable and thread-safe.
 *
 * @param day the day, not null
 * @param quarter the quarter of supervision-completion, 1 to 4
 * @param checks violations by code, every code present, not null
 * @param overall each metric over the whole data set, every metric present, not null
 * @param townships each township's totals by code, in code order, not null
 */
public record Answers(LocalDate day, int quarter, Map<CheckCode, Long> checks, Map<Metric, MetricValue> overall,
    Map<String, Township> townships) {

  /**
   * One township's line of the roll-up.
   *
   * @param name the township's name, not null
   * @param totals each metric's total at or below the township, not null
   */
  public record Township(String name, Map<Metric, MetricValue> totals) {
    /**
     * @param name as in the record description
     * @param totals as in the record description
     */
    public Township {
      Objects.requireNonNull(name, "name");
      totals = Collections.unmodifiableMap(new EnumMap<>(totals));
    }
  }

  /**
   * @param day as in the record description
   * @param quarter as in the record description
   * @param checks as in the record description
   * @param overall as in the record description
   * @param townships as in the record description
   */
  public Answers {
    Objects.requireNonNull(day, "day");
    checks = Collections.unmodifiableMap(new EnumMap<>(checks));
    overall = Collections.unmodifiableMap(new EnumMap<>(overall));
    townships = Collections.unmodifiableMap(new LinkedHashMap<>(townships));
  }

  /**
   * The library's own answers: {@code check(day).counts()}, {@code evaluate} and {@code rollUp} by
   * TOWNSHIP of the query for the day and quarter.
   *
   * @param responsibility the loaded data set, not null
   * @param day the day, not null
   * @param quarter 1 to 4
   * @return the answers
   */
  public static Answers ours(Responsibility responsibility, LocalDate day, int quarter) {
    return of(responsibility.check(day), responsibility.metrics(), day, quarter);
  }

  /**
   * The answers of any evaluator of the checks and the metrics (in memory, or pushed down into a
   * database): the report's counts, {@code evaluate} and {@code rollUp} by TOWNSHIP of the query
   * for the day and quarter.
   *
   * @param report the checks as of {@code day}, not null
   * @param metrics the metrics evaluator, not null
   * @param day the day, not null
   * @param quarter 1 to 4
   * @return the answers
   */
  public static Answers of(CheckReport report, MetricsEvaluator metrics, LocalDate day, int quarter) {
    Map<CheckCode, Long> checks = new EnumMap<>(CheckCode.class);
    report.counts().forEach((code, n) -> checks.put(code, n.longValue()));
    MetricQuery query = MetricQuery.asOf(day).withQuarter(quarter);
    Map<Metric, MetricValue> overall = metrics.evaluate(query).values();
    Map<String, Township> townships = new LinkedHashMap<>();
    for (RollUpRow row : metrics.rollUp(query, DivisionLevel.TOWNSHIP)) {
      townships.put(row.division().value(), new Township(row.name(), row.total()));
    }
    return new Answers(day, quarter, checks, overall, townships);
  }

  /**
   * @param other answers of the same day and quarter, not null
   * @return each difference in words, empty when the answers are equal
   */
  public List<String> differences(Answers other) {
    List<String> out = new ArrayList<>();
    String when = day + " Q" + quarter + ": ";
    for (CheckCode code : CheckCode.values()) {
      if (!Objects.equals(checks.get(code), other.checks.get(code))) {
        out.add(when + code + " " + checks.get(code) + " vs " + other.checks.get(code));
      }
    }
    for (Metric metric : Metric.values()) {
      if (!Objects.equals(overall.get(metric), other.overall.get(metric))) {
        out.add(when + metric.key() + " " + overall.get(metric) + " vs " + other.overall.get(metric));
      }
    }
    if (!townships.keySet().equals(other.townships.keySet())) {
      out.add(when + "townships " + townships.size() + " vs " + other.townships.size());
    }
    townships.forEach((code, mine) -> {
      Township theirs = other.townships.get(code);
      if (theirs != null && !mine.equals(theirs)) {
        out.add(when + "township " + code + " " + mine + " vs " + theirs);
      }
    });
    return out;
  }
}

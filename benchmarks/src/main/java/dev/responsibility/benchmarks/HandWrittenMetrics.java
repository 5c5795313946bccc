package dev.responsibility.benchmarks;

import dev.responsibility.core.calendar.EntryWindow;
import dev.responsibility.core.calendar.WorkPlans;
import dev.responsibility.core.metrics.Metric;
import dev.responsibility.core.metrics.MetricValue;
import dev.responsibility.core.model.BusinessSize;
import dev.responsibility.core.model.Category;
import dev.responsibility.core.model.DocumentKind;
import dev.responsibility.core.policy.DirectorMandateVersion;
import dev.responsibility.core.policy.Policy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The pushdown baseline on PostgreSQL: every metric over the whole data set in one hand-written
 * statement on the JDBC adapter's schema, the best single query we could write for the same
 * numbers as {@code SqlMetrics.evaluate} (latest status by {@code DISTINCT ON}, grouped joins,
 * {@code FILTER} aggregates; documents, problems and tasks as three one-row derived tables).
 * Written for the default policy and work plans, as {@link DuckDbBaseline} is: the director
 * mandate of the day, the quarter's window and the entry deadline come from them as literals, and
 * a task is done by one visit (the default policy asks one a quarter of every grade). Stateless.
 */
final class HandWrittenMetrics {

  private static final Policy POLICY = Policy.defaults();
  private static final WorkPlans WORK_PLANS = WorkPlans.defaults();

  /** The metrics in the order of the statement's pairs of columns (numerator, denominator). */
  private static final List<Metric> COLUMNS = List.of(Metric.COVERAGE, Metric.DATA_COLLECTION, Metric.STAFFING,
      Metric.STAFFING_DIRECTOR, Metric.STAFFING_OFFICER, Metric.DOCUMENTS, Metric.PROBLEM_DISPOSAL,
      Metric.SUPERVISION_COMPLETION);

  private HandWrittenMetrics() {}

  /**
   * @param dataSource a connection to the schema the adapter filled, not null
   * @param day the day, not null
   * @param quarter the quarter of supervision-completion, 1 to 4
   * @return every metric over the whole data set
   * @throws IllegalStateException if the statement fails
   */
  static Map<Metric, MetricValue> evaluate(DataSource dataSource, LocalDate day, int quarter) {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(statement(day, quarter))) {
      rs.next();
      Map<Metric, MetricValue> values = new EnumMap<>(Metric.class);
      for (int i = 0; i < COLUMNS.size(); i++) {
        values.put(COLUMNS.get(i), new MetricValue(rs.getLong(2 * i + 1), rs.getLong(2 * i + 2)));
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException("the hand-written metrics query failed as of " + day + ": " + e.getMessage(), e);
    }
  }

  /**
   * @param expected each metric as another evaluator gave it, not null
   * @param handWritten each metric as {@link #evaluate} gave it, not null
   * @param when the day and quarter, for the words
   * @return each metric that differs, in words; empty when all are equal
   */
  static List<String> differences(Map<Metric, MetricValue> expected, Map<Metric, MetricValue> handWritten, String when) {
    List<String> out = new ArrayList<>();
    for (Metric metric : Metric.values()) {
      if (!expected.get(metric).equals(handWritten.get(metric))) {
        out.add(when + ": hand-written query, " + metric.key() + " " + expected.get(metric) + " vs "
            + handWritten.get(metric));
      }
    }
    return out;
  }

  private static String statement(LocalDate day, int quarter) {
    EntryWindow window = WORK_PLANS.forYear(day.getYear()).window(quarter);
    String d = date(day);
    String first = date(window.first());
    String last = date(window.last());
    LocalDate deadline = window.entryDeadline();
    String enteredBy = date(deadline.isBefore(day) ? deadline : day);
    String onSite = POLICY.onSiteRequiredForHighRisk() ? " AND (NOT b.high_risk OR s.mode = 'ON_SITE')" : "";
    String activeRelation = "r.valid_from <= " + d + " AND (r.valid_to IS NULL OR r.valid_to >= " + d + ")";
    String activeCadre = "c.active_from <= " + d + " AND (c.active_to IS NULL OR c.active_to >= " + d + ")";
    // A relation owes the quarter's task when it overlaps the window; a window with no day owes none.
    String owing = first + " <= " + last + " AND r.valid_from <= " + last + " AND (r.valid_to IS NULL OR r.valid_to >= "
        + first + ")";
    return "WITH latest AS (SELECT DISTINCT ON (business_id) business_id, status FROM status_changes "
        + "WHERE effective_from <= " + d + " ORDER BY business_id, effective_from DESC), "
        + "base AS (SELECT b.* FROM businesses b LEFT JOIN latest l ON l.business_id = b.id "
        + "WHERE b.license_issued <= " + d + " AND (b.license_expires IS NULL OR b.license_expires >= " + d + ") "
        + "AND COALESCE(l.status, 'OPERATING') = 'OPERATING'), "
        + "rel AS (SELECT r.business_id, bool_or(c.id IS NOT NULL AND " + activeCadre + ") AS to_active, "
        + "bool_or(c.id IS NOT NULL) AS to_known FROM relations r LEFT JOIN cadres c ON c.id = r.cadre_id "
        + "WHERE " + activeRelation + " GROUP BY r.business_id), "
        + "st AS (SELECT business_id, bool_or(role = 'DIRECTOR') AS director, bool_or(role = 'OFFICER') AS officer "
        + "FROM staff WHERE appointed_on <= " + d + " AND (ended_on IS NULL OR ended_on >= " + d + ") "
        + "GROUP BY business_id), "
        + "facts AS (SELECT base.*, COALESCE(rel.to_active, false) AS covered, COALESCE(rel.to_known, false) AS known, "
        + "COALESCE(st.director, false) AS director, COALESCE(st.officer, false) AS officer, "
        + mandatory(POLICY.directorMandate().versionOn(day)) + " AS mandatory "
        + "FROM base LEFT JOIN rel ON rel.business_id = base.id LEFT JOIN st ON st.business_id = base.id) "
        + "SELECT * FROM (SELECT count(*) FILTER (WHERE covered), count(*), "
        + "count(*) FILTER (WHERE credit_code_valid AND license_form_valid AND known), count(*), "
        + "count(*) FILTER (WHERE mandatory AND director AND officer), count(*) FILTER (WHERE mandatory), "
        + "count(*) FILTER (WHERE mandatory AND director), count(*) FILTER (WHERE mandatory), "
        + "count(*) FILTER (WHERE mandatory AND officer), count(*) FILTER (WHERE mandatory) FROM facts) business_counts "
        + "CROSS JOIN (SELECT count(*) FILTER (WHERE kinds = " + DocumentKind.values().length + ") AS complete, "
        + "count(*) AS holding FROM (SELECT c.id, (SELECT count(DISTINCT kind) FROM documents dc WHERE dc.cadre_id = c.id "
        + "AND dc.signed_on <= " + d + " AND dc.valid_through >= " + d + ") AS kinds FROM cadres c WHERE " + activeCadre
        + " AND EXISTS (SELECT 1 FROM relations r JOIN businesses b ON b.id = r.business_id WHERE r.cadre_id = c.id AND "
        + activeRelation + ")) x) document_counts "
        + "CROSS JOIN (SELECT count(*) FILTER (WHERE p.closed_on <= " + d + ") AS closed, count(*) AS found "
        + "FROM problems p JOIN businesses b ON b.id = p.business_id WHERE p.found_on <= " + d + ") problem_counts "
        + "CROSS JOIN (SELECT count(*) FILTER (WHERE done) AS done, count(*) AS owed FROM (SELECT EXISTS (SELECT 1 "
        + "FROM supervisions s WHERE s.business_id = r.business_id AND s.cadre_id = r.cadre_id "
        + "AND s.visit_date BETWEEN GREATEST(" + first + ", r.valid_from) AND LEAST(" + last + ", COALESCE(r.valid_to, "
        + last + ")) AND (s.entered_utc + INTERVAL '8 hours')::date <= " + enteredBy + onSite + ") AS done "
        + "FROM relations r JOIN businesses b ON b.id = r.business_id WHERE " + owing + ") t) task_counts";
  }

  /** The director mandate of a version as a condition on {@code base}, from the policy's data. */
  private static String mandatory(DirectorMandateVersion v) {
    List<String> clauses = new ArrayList<>();
    if (!v.alwaysMandatory().isEmpty()) {
      clauses.add("base.category IN (" + names(v.alwaysMandatory()) + ")");
    }
    if (!v.mandatoryWhenLargeOrMedium().isEmpty()) {
      String sizes = Arrays.stream(BusinessSize.values()).filter(BusinessSize::isLargeOrMedium)
          .map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));
      clauses.add("(base.size IN (" + sizes + ") AND base.category IN (" + names(v.mandatoryWhenLargeOrMedium()) + "))");
    }
    v.dinersAtLeast().forEach((c, n) -> clauses.add("(base.category = '" + c.name() + "' AND base.diners >= " + n + ")"));
    v.dinersMoreThan().forEach((c, n) -> clauses.add("(base.category = '" + c.name() + "' AND base.diners > " + n + ")"));
    return clauses.isEmpty() ? "false" : "(" + String.join(" OR ", clauses) + ")";
  }

  private static String names(Set<Category> categories) {
    return categories.stream().sorted().map(c -> "'" + c.name() + "'").collect(Collectors.joining(", "));
  }

  private static String date(LocalDate day) {
    return "DATE '" + day + "'";
  }
}

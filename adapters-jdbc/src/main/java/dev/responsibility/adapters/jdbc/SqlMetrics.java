package dev.responsibility.adapters.jdbc;

import dev.responsibility.core.calendar.EntryWindow;
import dev.responsibility.core.calendar.WorkPlans;
import dev.responsibility.core.metrics.Metric;
import dev.responsibility.core.metrics.MetricQuery;
import dev.responsibility.core.metrics.MetricValue;
import dev.responsibility.core.metrics.MetricsEvaluator;
import dev.responsibility.core.metrics.MetricsReport;
import dev.responsibility.core.metrics.Page;
import dev.responsibility.core.metrics.RollUpRow;
import dev.responsibility.core.model.BusinessSize;
import dev.responsibility.core.model.Category;
import dev.responsibility.core.model.DivisionCode;
import dev.responsibility.core.model.DivisionLevel;
import dev.responsibility.core.model.Grade;
import dev.responsibility.core.policy.DirectorMandateVersion;
import dev.responsibility.core.policy.Policy;
import dev.responsibility.core.rules.RecordRef;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The metrics of {@link Metric} evaluated inside the database (SQL pushdown): each record is
 * judged by a query that states FORMAT.md's definition, counted per division code, and summed up
 * the division tree through the stored closure, so that a province's rows never travel to the
 * JVM. Gives exactly the answers of the core's in-memory evaluator. Thread-safe.
 */
public final class SqlMetrics implements MetricsEvaluator {

  private final DataSource dataSource;
  private final Policy policy;
  private final WorkPlans workPlans;

  private SqlMetrics(DataSource dataSource, Policy policy, WorkPlans workPlans) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.workPlans = Objects.requireNonNull(workPlans, "workPlans");
  }

  /**
   * @param store the store whose database is evaluated, not null
   * @param policy the policy, not null
   * @param workPlans the work plans, not null
   * @return the evaluator
   */
  public static SqlMetrics of(JdbcStore store, Policy policy, WorkPlans workPlans) {
    return new SqlMetrics(store.dataSource(), policy, workPlans);
  }

  // ---- the definitions, as SQL ----

  private static String relationToCadre(boolean cadreActive) {
    return "EXISTS (SELECT 1 FROM relations r JOIN cadres c ON c.id = r.cadre_id WHERE r.business_id = base.id AND "
        + SqlFacts.active("r.valid_from", "r.valid_to") + (cadreActive ? " AND " + SqlFacts.active("c.active_from", "c.active_to") : "") + ")";
  }

  /** The director mandate of the version in force on the day, as a condition on the base row (values from the policy's enums and ints). */
  static String mandatory(DirectorMandateVersion v) {
    List<String> clauses = new ArrayList<>();
    if (!v.alwaysMandatory().isEmpty()) {
      clauses.add("base.category IN (" + names(v.alwaysMandatory()) + ")");
    }
    if (!v.mandatoryWhenLargeOrMedium().isEmpty()) {
      clauses.add("(base.size IN ('" + BusinessSize.LARGE + "', '" + BusinessSize.MEDIUM + "') AND base.category IN ("
          + names(v.mandatoryWhenLargeOrMedium()) + "))");
    }
    v.dinersAtLeast().forEach((cat, n) -> clauses.add("(base.category = '" + cat.name() + "' AND base.diners >= " + n + ")"));
    v.dinersMoreThan().forEach((cat, n) -> clauses.add("(base.category = '" + cat.name() + "' AND base.diners > " + n + ")"));
    return clauses.isEmpty() ? "1 = 0" : "(" + String.join(" OR ", clauses) + ")";
  }

  private static String names(java.util.Set<Category> categories) {
    return categories.stream().sorted().map(c -> "'" + c.name() + "'").collect(Collectors.joining(", "));
  }

  /** For each metric: the subjects (FROM and WHERE: the denominator), their division and id, and the numerator's condition. */
  private record Definition(String from, String where, String division, String id, String met) {}

  private Definition definition(Metric metric, MetricQuery q) {
    String base = SqlFacts.BASE_TABLE;
    switch (metric) {
      case COVERAGE:
        return new Definition(base, "1 = 1", "base.division_code", "base.id", relationToCadre(true));
      case DATA_COLLECTION:
        return new Definition(base, "1 = 1", "base.division_code", "base.id",
            "(base.credit_code_valid AND base.license_form_valid AND " + relationToCadre(false) + ")");
      case STAFFING:
      case STAFFING_DIRECTOR:
      case STAFFING_OFFICER: {
        String mandate = mandatory(policy.directorMandate().versionOn(q.asOf()));
        String met = metric == Metric.STAFFING ? "(" + SqlFacts.staff("DIRECTOR") + " AND " + SqlFacts.staff("OFFICER") + ")"
            : metric == Metric.STAFFING_DIRECTOR ? SqlFacts.staff("DIRECTOR") : SqlFacts.staff("OFFICER");
        return new Definition(base, mandate, "base.division_code", "base.id", met);
      }
      case DOCUMENTS:
        return new Definition("cadres c", SqlFacts.active("c.active_from", "c.active_to")
            + " AND EXISTS (SELECT 1 FROM relations r JOIN businesses b ON b.id = r.business_id WHERE r.cadre_id = c.id AND "
            + SqlFacts.active("r.valid_from", "r.valid_to") + ")", "c.division_code", "c.id",
            "(SELECT COUNT(DISTINCT d.kind) FROM documents d WHERE d.cadre_id = c.id AND d.signed_on <= :day "
                + "AND d.valid_through >= :day) = 3");
      case PROBLEM_DISPOSAL:
        return new Definition("problems p JOIN businesses b ON b.id = p.business_id", "p.found_on <= :day",
            "b.division_code", "p.id", "(p.closed_on IS NOT NULL AND p.closed_on <= :day)");
      case SUPERVISION_COMPLETION: {
        String onSite = policy.onSiteRequiredForHighRisk() ? " AND (NOT b.high_risk OR s.mode = 'ON_SITE')" : "";
        String needed = Arrays.stream(Grade.values())
            .map(g -> "WHEN '" + g.name() + "' THEN " + policy.supervisionsPerQuarter().get(g))
            .collect(Collectors.joining(" ", "CASE b.grade ", " END"));
        return new Definition("relations r JOIN businesses b ON b.id = r.business_id", "r.valid_from <= :last "
            + "AND (r.valid_to IS NULL OR r.valid_to >= :first)", "b.division_code", "r.id",
            "(SELECT COUNT(*) FROM supervisions s WHERE s.business_id = r.business_id AND s.cadre_id = r.cadre_id "
                + "AND s.visit_date >= :first AND s.visit_date <= :last AND s.visit_date >= r.valid_from "
                + "AND (r.valid_to IS NULL OR s.visit_date <= r.valid_to) "
                // The day of a time in UTC+8, computed by the engine from the stored UTC time.
                + "AND " + SqlFacts.ENTRY_DAY + " <= :enteredBy" + onSite + ") >= " + needed);
      }
      default:
        throw new IllegalStateException("no SQL for " + metric);
    }
  }

  private Map<String, Object> parameters(MetricQuery q) {
    Map<String, Object> p = new HashMap<>();
    p.put("day", q.asOf());
    q.quarter().ifPresent(quarter -> {
      EntryWindow w = workPlans.forYear(q.asOf().getYear()).window(quarter);
      p.put("first", w.first());
      p.put("last", w.last());
      LocalDate deadline = w.entryDeadline();
      p.put("enteredBy", deadline.isBefore(q.asOf()) ? deadline : q.asOf());
    });
    return p;
  }

  // ---- the port ----

  /** Own rows and totals of one metric: division code → {numerator, denominator}. */
  private record Counts(Map<String, long[]> own, Map<String, long[]> total) {}

  private Counts counts(Connection c, Metric metric, MetricQuery q) throws SQLException {
    Definition d = definition(metric, q);
    String own = "SELECT " + d.division() + " AS division_code, SUM(CASE WHEN " + d.met() + " THEN 1 ELSE 0 END) AS n, "
        + "COUNT(*) AS m FROM " + d.from() + " WHERE " + d.where() + " GROUP BY " + d.division();
    String sql = "WITH own AS (" + own + ") "
        + "SELECT 'own', division_code, n, m FROM own UNION ALL "
        + "SELECT 'total', cl.ancestor, SUM(own.n), SUM(own.m) FROM own JOIN division_closure cl "
        + "ON cl.descendant = own.division_code GROUP BY cl.ancestor";
    Map<String, long[]> ownRows = new HashMap<>();
    Map<String, long[]> totals = new HashMap<>();
    try (PreparedStatement ps = NamedSql.of(sql).prepare(c, parameters(q)); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        (rs.getString(1).equals("own") ? ownRows : totals).put(rs.getString(2), new long[] {rs.getLong(3), rs.getLong(4)});
      }
    }
    return new Counts(ownRows, totals);
  }

  private List<Metric> metricsOf(MetricQuery q) {
    return Arrays.stream(Metric.values()).filter(m -> !m.isQuarterly() || q.quarter().isPresent()).toList();
  }

  private String scope(Connection c, MetricQuery q) throws SQLException {
    if (q.scope().isEmpty()) {
      return null;
    }
    String code = q.scope().get().value();
    try (PreparedStatement ps = c.prepareStatement("SELECT code FROM divisions WHERE code = ?")) {
      ps.setString(1, code);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalArgumentException("unknown scope: division " + code + " is not in the data set");
        }
      }
    }
    return code;
  }

  @Override
  public MetricsReport evaluate(MetricQuery query) {
    return Sql.inTransaction(dataSource, "evaluating metrics", c -> {
      String scope = scope(c, query);
      Map<Metric, MetricValue> values = new EnumMap<>(Metric.class);
      for (Metric metric : metricsOf(query)) {
        Counts counts = counts(c, metric, query);
        long[] v;
        if (scope == null) {
          v = new long[2];
          for (long[] row : counts.own().values()) {
            v[0] += row[0];
            v[1] += row[1];
          }
        } else {
          v = counts.total().getOrDefault(scope, new long[2]);
        }
        values.put(metric, new MetricValue(v[0], v[1]));
      }
      return new MetricsReport(query, values);
    });
  }

  @Override
  public List<RollUpRow> rollUp(MetricQuery query, DivisionLevel level) {
    return Sql.inTransaction(dataSource, "rolling up metrics", c -> {
      String scope = scope(c, query);
      Map<Metric, Counts> counts = new EnumMap<>(Metric.class);
      for (Metric metric : metricsOf(query)) {
        counts.put(metric, counts(c, metric, query));
      }
      String sql = scope == null
          ? "SELECT d.code, d.name FROM divisions d WHERE d.level = ?"
          : "SELECT d.code, d.name FROM divisions d JOIN division_closure cl ON cl.descendant = d.code "
              + "WHERE d.level = ? AND cl.ancestor = ?";
      List<String[]> divisions = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setString(1, level.name());
        if (scope != null) {
          ps.setString(2, scope);
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            divisions.add(new String[] {rs.getString(1), rs.getString(2)});
          }
        }
      }
      // Code order as Java compares text, whatever the database's collation.
      divisions.sort((a, b) -> a[0].compareTo(b[0]));
      List<RollUpRow> rows = new ArrayList<>();
      for (String[] d : divisions) {
        Map<Metric, MetricValue> own = new EnumMap<>(Metric.class);
        Map<Metric, MetricValue> total = new EnumMap<>(Metric.class);
        counts.forEach((metric, k) -> {
          long[] o = k.own().getOrDefault(d[0], new long[2]);
          long[] t = k.total().getOrDefault(d[0], new long[2]);
          own.put(metric, new MetricValue(o[0], o[1]));
          total.put(metric, new MetricValue(t[0], t[1]));
        });
        rows.add(new RollUpRow(DivisionCode.of(d[0]), d[1], level, own, total));
      }
      return rows;
    });
  }

  @Override
  public Page<RecordRef> missing(Metric metric, MetricQuery query, long offset, int limit) {
    if (offset < 0 || limit < 0) {
      throw new IllegalArgumentException("offset and limit must be >= 0: " + offset + ", " + limit);
    }
    if (metric.isQuarterly() && query.quarter().isEmpty()) {
      throw new IllegalArgumentException(metric.key() + " is a quarter metric: the query needs a quarter");
    }
    return Sql.inTransaction(dataSource, "explaining " + metric.key(), c -> {
      String scope = scope(c, query);
      Definition d = definition(metric, query);
      String sql = "SELECT " + d.id() + " FROM " + d.from() + " WHERE " + d.where() + " AND NOT (" + d.met() + ")"
          + (scope == null ? ""
              : " AND " + d.division() + " IN (SELECT descendant FROM division_closure WHERE ancestor = :scope)");
      Map<String, Object> params = parameters(query);
      params.put("scope", scope);
      List<String> ids = new ArrayList<>();
      try (PreparedStatement ps = NamedSql.of(sql).prepare(c, params); ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
      }
      Collections.sort(ids);
      List<RecordRef> page = ids.stream().skip(offset).limit(limit).map(id -> new RecordRef(metric.subject(), id)).toList();
      return new Page<>(page, ids.size(), offset);
    });
  }
}

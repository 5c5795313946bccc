package dev.responsibility.benchmarks;

import dev.responsibility.adapters.jdbc.JdbcStore;
import dev.responsibility.adapters.jdbc.SqlMetrics;
import dev.responsibility.core.calendar.WorkPlans;
import dev.responsibility.core.dataset.DataSet;
import dev.responsibility.core.metrics.MetricQuery;
import dev.responsibility.core.metrics.MetricsReport;
import dev.responsibility.core.policy.Policy;
import dev.responsibility.testkit.DataSetGenerator;
import dev.responsibility.testkit.GeneratedDataSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The JDBC adapter on PostgreSQL against its baselines, in one run on one server:
 *
 * <ol>
 *   <li>Import: {@code JdbcStore.importRecords} of a generated data set (COPY, derived columns,
 *       the division closure, the change-log entry) against {@code psql \copy} of the very same
 *       rows from CSV files, into identical empty schemas; two rounds, alternating.
 *   <li>Pushdown: {@code SqlMetrics.evaluate} of every metric with a quarter against the best
 *       single hand-written SQL query I could write for the same numbers; median of five each,
 *       after a warm-up, answers compared.
 * </ol>
 *
 * <p>Usage: {@code PostgresBenchmark [businesses]} (default 1,000,000). Needs PostgreSQL at
 * 127.0.0.1:5432 (user postgres, database test) and {@code psql} on the PATH. Prints a Markdown
 * table for docs/benchmarks.md.
 */
public final class PostgresBenchmark {

  private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";
  private static final String[] TABLES = {"divisions", "businesses", "status_changes", "cadres", "relations",
      "documents", "supervisions", "problems", "staff", "self_checks", "division_closure"};

  private PostgresBenchmark() {}

  public static void main(String[] args) throws Exception {
    int businesses = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    long t0 = System.nanoTime();
    GeneratedDataSet generated = DataSetGenerator.of(2023, businesses).asOf(LocalDate.of(2023, 12, 20)).generate();
    DataSet data = generated.dataSet();
    long rows = data.divisions().size() + data.businesses().size() + data.statusChanges().size() + data.cadres().size()
        + data.relations().size() + data.documents().size() + data.supervisions().size() + data.problems().size()
        + data.staff().size() + data.selfChecks().size();
    System.out.printf(Locale.ROOT, "generated %s (%d rows) in %.1f s%n", data, rows, seconds(t0));

    Path csv = Files.createTempDirectory("responsibility-bench");
    List<Double> ours = new ArrayList<>();
    List<Double> psql = new ArrayList<>();
    String keep = null;
    for (int round = 1; round <= 2; round++) {
      String oursSchema = "bench_ours_" + round;
      JdbcStore store = store(oursSchema);
      long start = System.nanoTime();
      store.importRecords(data::forEach, "benchmark", n -> { });
      ours.add(seconds(start));
      if (round == 1) {
        export(oursSchema, csv);
      }
      String psqlSchema = "bench_psql_" + round;
      store(psqlSchema);
      truncate(psqlSchema, "change_log");
      psql.add(psqlCopy(psqlSchema, csv));
      System.out.printf(Locale.ROOT, "round %d: ours %.1f s, psql \\copy %.1f s%n", round, ours.get(round - 1),
          psql.get(round - 1));
      if (round == 1) {
        keep = oursSchema;
      } else {
        drop(oursSchema);
      }
      drop(psqlSchema);
    }

    String kept = keep;
    JdbcStore store = JdbcStore.on(dataSource(kept), Clock.systemUTC());
    SqlMetrics metrics = SqlMetrics.of(store, Policy.defaults(), WorkPlans.defaults());
    MetricQuery query = MetricQuery.asOf(generated.asOf()).withQuarter(4);
    MetricsReport reference = metrics.evaluate(query);
    long[] hand = handWritten(kept, generated.asOf());
    check(reference, hand);
    double pushdown = median(5, () -> metrics.evaluate(query));
    double best = median(5, () -> handWritten(kept, generated.asOf()));
    drop(kept);

    double importRatio = median(psql) / median(ours);
    System.out.println();
    System.out.println("| measure | ours | baseline | ratio |");
    System.out.println("|---|---|---|---|");
    System.out.printf(Locale.ROOT, "| import of %,d rows into PostgreSQL | %.1f s (%,.0f rows/s) | psql \\copy %.1f s (%,.0f rows/s) | throughput %.2f× the baseline's |%n",
        rows, median(ours), rows / median(ours), median(psql), rows / median(psql), importRatio);
    System.out.printf(Locale.ROOT, "| all metrics, %,d businesses, pushdown | %.2f s | one hand-written query %.2f s | %.2f× its time |%n",
        businesses, pushdown, best, pushdown / best);
    System.out.println(reference);
  }

  private static JdbcStore store(String schema) throws SQLException {
    drop(schema);
    sql("CREATE SCHEMA " + schema);
    JdbcStore store = JdbcStore.on(dataSource(schema), Clock.systemUTC());
    store.migrate();
    return store;
  }

  private static PGSimpleDataSource dataSource(String schema) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(URL);
    ds.setUser("postgres");
    ds.setCurrentSchema(schema + ",public");
    return ds;
  }

  private static void export(String schema, Path dir) throws IOException, InterruptedException {
    StringBuilder script = new StringBuilder();
    for (String table : TABLES) {
      script.append("\\copy (SELECT * FROM ").append(schema).append('.').append(table).append(") TO '")
          .append(dir.resolve(table + ".csv")).append("' CSV\n");
    }
    runPsql(script.toString());
  }

  private static double psqlCopy(String schema, Path dir) throws IOException, InterruptedException {
    StringBuilder script = new StringBuilder("BEGIN;\n");
    for (String table : TABLES) {
      script.append("\\copy ").append(schema).append('.').append(table).append(" FROM '")
          .append(dir.resolve(table + ".csv")).append("' CSV\n");
    }
    script.append("COMMIT;\n");
    long start = System.nanoTime();
    runPsql(script.toString());
    return seconds(start);
  }

  private static void runPsql(String script) throws IOException, InterruptedException {
    Path file = Files.createTempFile("bench", ".sql");
    Files.writeString(file, script);
    Process p = new ProcessBuilder("psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "test", "-v", "ON_ERROR_STOP=1",
        "-q", "-f", file.toString()).inheritIO().start();
    if (p.waitFor() != 0) {
      throw new IllegalStateException("psql failed");
    }
  }

  /**
   * Every metric in one statement: the base and the facts of each business computed once, then
   * aggregated; documents, problems and tasks as three scalar subqueries.
   */
  static long[] handWritten(String schema, LocalDate day) {
    String d = "DATE '" + day + "'";
    String first = "DATE '" + day.withMonth(10).withDayOfMonth(1) + "'";
    String last = "DATE '2023-11-30'";
    String sql = "WITH latest AS (SELECT DISTINCT ON (business_id) business_id, status FROM status_changes "
        + "WHERE effective_from <= " + d + " ORDER BY business_id, effective_from DESC), "
        + "base AS (SELECT b.* FROM businesses b LEFT JOIN latest l ON l.business_id = b.id "
        + "WHERE b.license_issued <= " + d + " AND (b.license_expires IS NULL OR b.license_expires >= " + d + ") "
        + "AND COALESCE(l.status, 'OPERATING') = 'OPERATING'), "
        + "rel AS (SELECT r.business_id, bool_or(c.id IS NOT NULL AND c.active_from <= " + d + " AND (c.active_to IS NULL OR c.active_to >= " + d + ")) AS to_active, "
        + "bool_or(c.id IS NOT NULL) AS to_known FROM relations r LEFT JOIN cadres c ON c.id = r.cadre_id "
        + "WHERE r.valid_from <= " + d + " AND (r.valid_to IS NULL OR r.valid_to >= " + d + ") GROUP BY r.business_id), "
        + "st AS (SELECT business_id, bool_or(role = 'DIRECTOR') AS director, bool_or(role = 'OFFICER') AS officer FROM staff "
        + "WHERE appointed_on <= " + d + " AND (ended_on IS NULL OR ended_on >= " + d + ") GROUP BY business_id), "
        + "facts AS (SELECT base.*, COALESCE(rel.to_active, false) AS covered, COALESCE(rel.to_known, false) AS known, "
        + "COALESCE(st.director, false) AS director, COALESCE(st.officer, false) AS officer, "
        + "(base.category IN ('SPECIAL_FOOD_PRODUCER', 'CHAIN_CATERING_HQ', 'CHAIN_RETAIL_HQ') "
        + "OR (base.size IN ('LARGE', 'MEDIUM') AND base.category IN ('FOOD_PRODUCER', 'CATERER', 'MEAL_DISTRIBUTOR', 'FOOD_SELLER')) "
        + "OR (base.category = 'CANTEEN_KINDERGARTEN' AND base.diners >= 300) OR (base.category = 'CANTEEN_SCHOOL' AND base.diners >= 500) "
        // ORDER-60, in force on the benchmark's day in 2023.
        + "OR (base.category IN ('CANTEEN_ELDERLY_CARE', 'CANTEEN_OTHER') AND base.diners >= 1000)) AS mandatory "
        + "FROM base LEFT JOIN rel ON rel.business_id = base.id LEFT JOIN st ON st.business_id = base.id) "
        + "SELECT count(*) FILTER (WHERE covered), count(*), "
        + "count(*) FILTER (WHERE credit_code_valid AND license_form_valid AND known), "
        + "count(*) FILTER (WHERE mandatory AND director AND officer), count(*) FILTER (WHERE mandatory), "
        + "(SELECT count(*) FILTER (WHERE docs = 3) FROM (SELECT c.id, (SELECT count(DISTINCT kind) FROM documents dc WHERE dc.cadre_id = c.id "
        + "AND dc.signed_on <= " + d + " AND dc.valid_through >= " + d + ") AS docs FROM cadres c WHERE c.active_from <= " + d
        + " AND (c.active_to IS NULL OR c.active_to >= " + d + ") AND EXISTS (SELECT 1 FROM relations r JOIN businesses b ON b.id = r.business_id "
        + "WHERE r.cadre_id = c.id AND r.valid_from <= " + d + " AND (r.valid_to IS NULL OR r.valid_to >= " + d + "))) x), "
        + "(SELECT count(*) FILTER (WHERE p.closed_on <= " + d + ") FROM problems p JOIN businesses b ON b.id = p.business_id WHERE p.found_on <= " + d + "), "
        + "(SELECT count(*) FROM problems p JOIN businesses b ON b.id = p.business_id WHERE p.found_on <= " + d + "), "
        + "(SELECT count(*) FILTER (WHERE done) FROM (SELECT EXISTS (SELECT 1 FROM supervisions s WHERE s.business_id = r.business_id "
        + "AND s.cadre_id = r.cadre_id AND s.visit_date BETWEEN GREATEST(" + first + ", r.valid_from) AND LEAST(" + last + ", COALESCE(r.valid_to, " + last + ")) "
        + "AND (s.entered_utc + INTERVAL '8 hours')::date <= LEAST(" + last + ", " + d + ") AND (NOT b.high_risk OR s.mode = 'ON_SITE')) AS done "
        + "FROM relations r JOIN businesses b ON b.id = r.business_id WHERE r.valid_from <= " + last
        + " AND (r.valid_to IS NULL OR r.valid_to >= " + first + ")) t), "
        + "(SELECT count(*) FROM relations r JOIN businesses b ON b.id = r.business_id WHERE r.valid_from <= " + last
        + " AND (r.valid_to IS NULL OR r.valid_to >= " + first + ")) "
        + "FROM facts";
    try (Connection c = DriverManager.getConnection(URL + "?currentSchema=" + schema, "postgres", "");
        Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      long[] v = new long[10];
      for (int i = 0; i < 10; i++) {
        v[i] = rs.getLong(i + 1);
      }
      return v;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void check(MetricsReport r, long[] hand) {
    long[] ours = {
        r.values().get(dev.responsibility.core.metrics.Metric.COVERAGE).numerator(),
        r.values().get(dev.responsibility.core.metrics.Metric.COVERAGE).denominator(),
        r.values().get(dev.responsibility.core.metrics.Metric.DATA_COLLECTION).numerator(),
        r.values().get(dev.responsibility.core.metrics.Metric.STAFFING).numerator(),
        r.values().get(dev.responsibility.core.metrics.Metric.STAFFING).denominator(),
        r.values().get(dev.responsibility.core.metrics.Metric.DOCUMENTS).numerator(),
        r.values().get(dev.responsibility.core.metrics.Metric.PROBLEM_DISPOSAL).numerator(),
        r.values().get(dev.responsibility.core.metrics.Metric.PROBLEM_DISPOSAL).denominator(),
        r.values().get(dev.responsibility.core.metrics.Metric.SUPERVISION_COMPLETION).numerator(),
        r.values().get(dev.responsibility.core.metrics.Metric.SUPERVISION_COMPLETION).denominator()};
    if (!Arrays.equals(ours, hand)) {
      throw new IllegalStateException("the hand-written query disagrees: ours " + Arrays.toString(ours) + ", hand "
          + Arrays.toString(hand));
    }
  }

  private static double median(int runs, Runnable work) {
    work.run();
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      work.run();
      times.add(seconds(start));
    }
    return median(times);
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(Double::compare);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private static void truncate(String schema, String table) throws SQLException {
    sql("TRUNCATE " + schema + "." + table);
  }

  private static void drop(String schema) throws SQLException {
    sql("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
  }

  private static void sql(String statement) throws SQLException {
    try (Connection c = DriverManager.getConnection(URL, "postgres", ""); Statement s = c.createStatement()) {
      s.execute(statement);
    }
  }
}

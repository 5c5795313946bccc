package dev.responsibility.benchmarks;

import dev.responsibility.adapters.jdbc.JdbcStore;
import dev.responsibility.adapters.jdbc.SqlChecks;
import dev.responsibility.adapters.jdbc.SqlMetrics;
import dev.responsibility.core.calendar.WorkPlans;
import dev.responsibility.core.dataset.DataSet;
import dev.responsibility.core.metrics.Metric;
import dev.responsibility.core.metrics.MetricQuery;
import dev.responsibility.core.metrics.MetricValue;
import dev.responsibility.core.policy.Policy;
import dev.responsibility.core.rules.Checks;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * A schema of its own on the {@link PostgresServer}, with a unique name, migrated by the JDBC
 * adapter and empty until something is imported; closing it drops it. Asks the adapter's pushdown
 * evaluators ({@code SqlChecks}, {@code SqlMetrics}) under the default policy, work plans and
 * checks, as {@code Responsibility.of} does in memory. Not thread-safe.
 */
final class PostgresSchema implements AutoCloseable {

  /** The tables an import fills, the division closure included, in an order that loads. */
  static final List<String> TABLES = List.of("divisions", "businesses", "status_changes", "cadres", "relations",
      "documents", "supervisions", "problems", "staff", "self_checks", "division_closure");

  private final String name;
  private final DataSource dataSource;
  private final JdbcStore store;
  private final SqlChecks checks;
  private final SqlMetrics metrics;

  private PostgresSchema(String name) {
    this.name = name;
    this.dataSource = PostgresServer.dataSource(name);
    this.store = JdbcStore.on(dataSource, Clock.systemUTC());
    this.checks = SqlChecks.of(store, Policy.defaults(), WorkPlans.defaults(), Checks.defaults());
    this.metrics = SqlMetrics.of(store, Policy.defaults(), WorkPlans.defaults());
  }

  /**
   * Creates and migrates a schema named {@code bench_<purpose>_<random>}.
   *
   * @param purpose lower-case letters and underscores, for whoever lists the server's schemas
   * @return the empty schema
   * @throws SQLException if the schema cannot be created
   */
  static PostgresSchema create(String purpose) throws SQLException {
    String name = "bench_" + purpose + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    PostgresServer.execute("CREATE SCHEMA " + name);
    try {
      PostgresSchema schema = new PostgresSchema(name);
      schema.store.migrate();
      return schema;
    } catch (RuntimeException e) {
      // Whatever failed after the schema was made, leave no schema behind, and keep the cause.
      try {
        PostgresServer.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
      } catch (SQLException dropFailed) {
        e.addSuppressed(dropFailed);
      }
      throw e;
    }
  }

  /** @return the schema's name */
  String name() {
    return name;
  }

  /** @return connections that work in this schema */
  DataSource dataSource() {
    return dataSource;
  }

  /**
   * Imports every record of a data set with {@code JdbcStore.importRecords}, in one transaction.
   *
   * @param data the records, not null
   * @return the number of records stored
   */
  long importRecords(DataSet data) {
    return store.importRecords(data::forEach, "benchmark", stored -> { }).total();
  }

  /**
   * Refreshes the planner's statistics, as an operator does after a bulk load, so that every
   * query timed afterwards is planned on the same statistics whenever autovacuum gets to it.
   *
   * @throws SQLException if ANALYZE fails
   */
  void analyze() throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      for (String table : TABLES) {
        s.execute("ANALYZE " + table);
      }
    }
  }

  /**
   * Writes each table of {@link #TABLES} as {@code <table>.csv} (PostgreSQL's CSV, UTF-8), the
   * rows exactly as stored, for {@link Psql#copyInto}.
   *
   * @param folder an existing folder, not null
   * @throws SQLException if a COPY fails
   * @throws IOException if a file cannot be written
   */
  void exportTables(Path folder) throws SQLException, IOException {
    try (Connection c = dataSource.getConnection()) {
      for (String table : TABLES) {
        try (OutputStream out = Files.newOutputStream(folder.resolve(table + ".csv"))) {
          c.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY " + table + " TO STDOUT (FORMAT csv)", out);
        }
      }
    }
  }

  /**
   * What the benchmarks compare, computed inside the database: {@code SqlChecks.check} and
   * {@code SqlMetrics} (evaluate and the roll-up by TOWNSHIP).
   *
   * @param day the day, not null
   * @param quarter 1 to 4
   * @return the answers by pushdown
   */
  Answers answers(LocalDate day, int quarter) {
    return Answers.of(checks.check(day), metrics, day, quarter);
  }

  /**
   * @param day the day, not null
   * @param quarter 1 to 4
   * @return every metric over the whole data set, by {@code SqlMetrics.evaluate}
   */
  Map<Metric, MetricValue> evaluateMetrics(LocalDate day, int quarter) {
    return metrics.evaluate(MetricQuery.asOf(day).withQuarter(quarter)).values();
  }

  /** Drops the schema and everything in it. */
  @Override
  public void close() throws SQLException {
    PostgresServer.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
  }
}

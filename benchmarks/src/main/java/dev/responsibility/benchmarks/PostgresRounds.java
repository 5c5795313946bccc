package dev.responsibility.benchmarks;

import dev.responsibility.core.dataset.DataSet;
import dev.responsibility.core.metrics.Metric;
import dev.responsibility.core.metrics.MetricValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The PostgreSQL part of an {@link InMemoryBenchmark} run, on the province the run generated,
 * each pair alternating which side goes first from round to round:
 *
 * <ul>
 *   <li>import: {@code JdbcStore.importRecords} of the data set into an empty migrated schema,
 *       against {@link Psql#copyInto} of the very same rows (exported once from a first import of
 *       ours) into an identical empty schema, in one transaction;
 *   <li>pushdown: {@code SqlMetrics.evaluate} of every metric with the quarter, against the one
 *       hand-written query of {@link HandWrittenMetrics}, on the schema of that first import;
 *   <li>answers: {@code SqlChecks} and {@code SqlMetrics} (evaluate and the roll-up by township)
 *       on that schema, compared with the in-memory answers every round.
 * </ul>
 *
 * Every schema is created for the purpose and dropped afterwards. Stateless.
 */
final class PostgresRounds {

  /**
   * What the rounds measured, or the differences that stopped them.
   *
   * @param records the records of one import
   * @param ourImport {@code JdbcStore.importRecords}, one time per round
   * @param psqlImport {@code psql \copy}, one time per round
   * @param sqlMetrics {@code SqlMetrics.evaluate}, one time per round
   * @param handWritten the hand-written query, one time per round
   * @param answers {@code SqlChecks} and {@code SqlMetrics} together, one time per round
   * @param differences from the in-memory answers, in words; when not empty, the times are incomplete
   */
  record Figures(long records, Samples ourImport, Samples psqlImport, Samples sqlMetrics, Samples handWritten,
      Samples answers, List<String> differences) {}

  private PostgresRounds() {}

  /**
   * @param data the province, as the run's in-memory side read it, not null
   * @param ours the in-memory answers for the day and quarter measured, not null
   * @param rounds at least 1
   * @return the times, or the differences found
   * @throws SQLException if the server fails outside the adapter
   * @throws IOException if the CSV files cannot be written or psql fails
   * @throws InterruptedException if interrupted while psql runs
   */
  static Figures measure(DataSet data, Answers ours, int rounds) throws SQLException, IOException, InterruptedException {
    LocalDate day = ours.day();
    int quarter = ours.quarter();
    String when = day + " Q" + quarter;
    Path csv = Files.createTempDirectory("responsibility-psql");
    try (PostgresSchema imported = PostgresSchema.create("pushdown")) {
      // An untimed first import: the rows psql will load, the schema the pushdown runs on, and a warm-up.
      long start = System.nanoTime();
      long records = imported.importRecords(data);
      double first = Samples.secondsSince(start);
      imported.exportTables(csv);
      imported.analyze();
      Figures f = new Figures(records, new Samples(), new Samples(), new Samples(), new Samples(), new Samples(),
          new ArrayList<>());
      System.out.printf(Locale.ROOT, "PostgreSQL: first import of %,d records in %.2f s into %s, exported for psql, "
          + "analyzed%n", records, first, imported.name());
      // Compared before anything is timed, which also warms both sides of the pushdown.
      f.differences().addAll(named(ours.differences(imported.answers(day, quarter))));
      f.differences().addAll(HandWrittenMetrics.differences(ours.overall(),
          HandWrittenMetrics.evaluate(imported.dataSource(), day, quarter), when));
      if (!f.differences().isEmpty()) {
        return f;
      }
      for (int round = 1; round <= rounds; round++) {
        for (int turn = 0; turn < 2; turn++) {
          InMemoryBenchmark.gc();
          if (InMemoryBenchmark.oursGoes(round, turn)) {
            try (PostgresSchema empty = PostgresSchema.create("import_ours")) {
              long t = System.nanoTime();
              empty.importRecords(data);
              f.ourImport().since(t);
            }
          } else {
            try (PostgresSchema empty = PostgresSchema.create("import_psql")) {
              long t = System.nanoTime();
              Psql.copyInto(empty.name(), csv);
              f.psqlImport().since(t);
            }
          }
        }
        for (int turn = 0; turn < 2; turn++) {
          Map<Metric, MetricValue> values;
          long t = System.nanoTime();
          if (InMemoryBenchmark.oursGoes(round, turn)) {
            values = imported.evaluateMetrics(day, quarter);
            f.sqlMetrics().since(t);
          } else {
            values = HandWrittenMetrics.evaluate(imported.dataSource(), day, quarter);
            f.handWritten().since(t);
          }
          f.differences().addAll(HandWrittenMetrics.differences(ours.overall(), values, when));
        }
        long t = System.nanoTime();
        Answers pushedDown = imported.answers(day, quarter);
        f.answers().since(t);
        f.differences().addAll(named(ours.differences(pushedDown)));
        if (!f.differences().isEmpty()) {
          return f;
        }
        System.out.printf(Locale.ROOT, "round %d: PostgreSQL import, ours %.2f s, psql \\copy %.2f s; metrics, "
            + "SqlMetrics %.2f s, hand-written %.2f s; SqlChecks + SqlMetrics %.2f s; answers equal%n", round,
            f.ourImport().last(), f.psqlImport().last(), f.sqlMetrics().last(), f.handWritten().last(),
            f.answers().last());
      }
      return f;
    } finally {
      InMemoryBenchmark.delete(csv);
    }
  }

  /**
   * The smoke's check: imports the data set into a fresh schema and compares the pushdown's
   * answers, and the hand-written query's metrics, with the in-memory answers given. No timing.
   *
   * @param data the data set, not null
   * @param ours the in-memory answers, one per day and quarter asked, not null
   * @return the differences, in words; empty when every answer is equal
   * @throws SQLException if the server fails outside the adapter
   */
  static List<String> smoke(DataSet data, List<Answers> ours) throws SQLException {
    List<String> differences = new ArrayList<>();
    try (PostgresSchema schema = PostgresSchema.create("smoke")) {
      schema.importRecords(data);
      // Without statistics the checks' correlated subqueries plan badly enough to double the smoke.
      schema.analyze();
      for (Answers mine : ours) {
        differences.addAll(named(mine.differences(schema.answers(mine.day(), mine.quarter()))));
        differences.addAll(HandWrittenMetrics.differences(mine.overall(),
            HandWrittenMetrics.evaluate(schema.dataSource(), mine.day(), mine.quarter()),
            mine.day() + " Q" + mine.quarter()));
      }
    }
    return differences;
  }

  private static List<String> named(List<String> differences) {
    return differences.stream().map(d -> "PostgreSQL (SqlChecks, SqlMetrics), " + d).toList();
  }
}

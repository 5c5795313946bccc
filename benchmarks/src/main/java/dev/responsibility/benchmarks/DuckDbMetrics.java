package dev.responsibility.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.responsibility.core.metrics.MetricValue;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * DuckDB's side of the end-to-end comparison, run in a fresh JVM as our command line is: reads a
 * CSV folder into DuckDB, runs the metrics SQL and prints the JSON that {@code responsibility
 * metrics --data FOLDER --as-of DAY --quarter Q --by TOWNSHIP --format json} prints.
 *
 * <p>Usage: {@code DuckDbMetrics FOLDER DAY QUARTER}.
 */
public final class DuckDbMetrics {

  private DuckDbMetrics() {}

  /**
   * @param args the folder, the day (YYYY-MM-DD) and the quarter (1-4)
   * @throws Exception if the folder cannot be loaded or the JSON written
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: DuckDbMetrics FOLDER DAY QUARTER");
      System.exit(2);
    }
    LocalDate day = LocalDate.parse(args[1]);
    int quarter = Integer.parseInt(args[2]);
    DuckDbBaseline.RollUp rollUp;
    try (DuckDbBaseline db = DuckDbBaseline.load(Path.of(args[0]))) {
      rollUp = db.metrics(day, quarter);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("asOf", day.toString());
    root.put("scope", null);
    root.put("quarter", quarter);
    root.put("by", "TOWNSHIP");
    List<Map<String, Object>> rows = new ArrayList<>();
    rollUp.townships().forEach((code, township) -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("division", code);
      row.put("name", township.name());
      row.put("level", "TOWNSHIP");
      Map<String, Object> metrics = new LinkedHashMap<>();
      township.totals().forEach((metric, value) -> metrics.put(metric.key(), json(value)));
      row.put("metrics", metrics);
      rows.add(row);
    });
    root.put("rows", rows);
    System.out.println(new ObjectMapper().writeValueAsString(root));
  }

  private static Map<String, Object> json(MetricValue v) {
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("numerator", v.numerator());
    node.put("denominator", v.denominator());
    node.put("rate", v.rate().isPresent() ? v.rate().getAsDouble() : null);
    return node;
  }
}

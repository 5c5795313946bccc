package dev.responsibility.examples.cli;

import dev.responsibility.adapters.files.ReportTable;
import dev.responsibility.core.metrics.MetricQuery;
import dev.responsibility.core.metrics.MetricsEvaluator;
import dev.responsibility.core.metrics.MetricsReport;
import dev.responsibility.core.metrics.RollUpRow;
import dev.responsibility.core.model.DivisionCode;
import dev.responsibility.core.model.DivisionLevel;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code metrics}: the metrics of FORMAT.md, for a scope or rolled up by a level. */
@Command(name = "metrics", description = "Compute the metrics of FORMAT.md as of a day.")
final class MetricsCommand extends Subcommand {

  @Mixin
  private Source source;

  @Mixin
  private AsOfOption asOf;
  @Mixin
  private ScopeOptions scope;

  @Option(names = "--by", paramLabel = "LEVEL", description = "roll up by PROVINCE, CITY, COUNTY, TOWNSHIP or VILLAGE")
  private DivisionLevel by;
  @Mixin
  private FormatOption format;

  @Override
  public Integer call() {
    MetricQuery query = scope.query(asOf.day(), OptionalInt.empty(), ui());
    Format format = this.format.format();
    PrintWriter out = spec.commandLine().getOut();
    try (Workspace workspace = source.open(ui())) {
      MetricsEvaluator metrics = workspace.metrics();
      if (by != null) {
        List<RollUpRow> rows = metrics.rollUp(query, by);
        switch (format) {
          case JSON -> Output.json(rollUpJson(query, by, rows), out);
          case CSV -> Output.csv(ReportTable.rollUp(rows, ui().locale()), out);
          case TABLE -> Output.table(ReportTable.rollUp(rows, ui().locale()), out);
        }
      } else {
        MetricsReport report = metrics.evaluate(query);
        switch (format) {
          case JSON -> Output.json(json(report), out);
          case CSV -> Output.csv(ReportTable.metrics(report, ui().locale()), out);
          case TABLE -> {
            out.println(ui().text("metrics.heading", query.asOf(), query.scope().map(DivisionCode::value)
                .orElse(ui().text("metrics.everywhere"))));
            Output.table(ReportTable.metrics(report, ui().locale()), out);
          }
        }
      }
    }
    out.flush();
    return Main.OK;
  }

  /** @return {@code {"asOf", "scope", ["quarter",] "metrics": {key: {numerator, denominator, rate}}}} */
  static Map<String, Object> json(MetricsReport report) {
    Map<String, Object> root = head(report.query());
    Map<String, Object> metrics = new LinkedHashMap<>();
    report.values().forEach((metric, value) -> metrics.put(metric.key(), Output.value(value)));
    root.put("metrics", metrics);
    return root;
  }

  private static Map<String, Object> rollUpJson(MetricQuery query, DivisionLevel level, List<RollUpRow> rows) {
    Map<String, Object> root = head(query);
    root.put("by", level.name());
    List<Map<String, Object>> out = new ArrayList<>();
    for (RollUpRow row : rows) {
      Map<String, Object> node = new LinkedHashMap<>();
      node.put("division", row.division().value());
      node.put("name", row.name());
      node.put("level", row.level().name());
      Map<String, Object> metrics = new LinkedHashMap<>();
      row.total().forEach((metric, value) -> metrics.put(metric.key(), Output.value(value)));
      node.put("metrics", metrics);
      out.add(node);
    }
    root.put("rows", out);
    return root;
  }

  private static Map<String, Object> head(MetricQuery query) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("asOf", query.asOf().toString());
    root.put("scope", query.scope().map(DivisionCode::value).orElse(null));
    query.quarter().ifPresent(q -> root.put("quarter", q));
    return root;
  }
}

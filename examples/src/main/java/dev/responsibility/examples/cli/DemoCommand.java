package dev.responsibility.examples.cli;

import dev.responsibility.adapters.files.ReadResult;
import dev.responsibility.adapters.files.ReportTable;
import dev.responsibility.core.Responsibility;
import dev.responsibility.core.metrics.Metric;
import dev.responsibility.core.metrics.MetricQuery;
import dev.responsibility.core.metrics.MetricValue;
import dev.responsibility.core.metrics.MetricsReport;
import dev.responsibility.core.model.Cadre;
import dev.responsibility.core.rules.CheckReport;
import dev.responsibility.core.tasks.SupervisionTask;
import dev.responsibility.core.tasks.TaskState;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code demo}: the whole library in a minute. Loads the bundled sample township into an embedded
 * H2 database file, then, as of a day in the middle of the second quarter, shows the checks (by
 * SQL in the database), the four headline rates and the others, each cadre's open and at-risk
 * tasks, and writes the HTML report.
 */
@Command(name = "demo", description = "Load the sample township into an embedded database and show what the library does.")
final class DemoCommand extends Subcommand {

  /** The day the demo looks from: the middle of the sample year's second quarter. */
  static final LocalDate DAY = LocalDate.of(2023, 5, 15);
  private static final int VIOLATIONS_SHOWN = 12;


  @Option(names = "--dir", paramLabel = "DIR", defaultValue = "responsibility-demo",
      description = "where the sample files, the database and the report go (default ./responsibility-demo)")
  private Path dir;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Ui ui = ui();
    Path folder = SampleTownship.extract(dir.resolve("sample-township"));
    ReadResult read = DataFiles.read(folder, Optional.empty(), false, ui);
    Path databaseFile = dir.toAbsolutePath().resolve("demo");
    // The demo starts from an empty database each time, so that it can be run again.
    Files.deleteIfExists(databaseFile.resolveSibling("demo.mv.db"));
    Files.deleteIfExists(databaseFile.resolveSibling("demo.trace.db"));
    String url = "jdbc:h2:" + databaseFile;
    out.println(ui.text("demo.loading", folder, url));
    try (Database database = Database.open(url, Optional.empty(), Optional.empty(), ui);
         Workspace workspace = Workspace.ofDatabase(database)) {
      long stored = ImportCommand.load(database, read, ui, spec.commandLine().getErr()).total();
      out.println(ui.text("demo.imported", stored));
      out.println();

      CheckReport checks = workspace.check(DAY);
      out.println(ui.text("demo.checks", DAY, checks.violations().size()));
      Output.table(ReportTable.checkCounts(checks, ui.locale()), out);
      out.println();
      out.println(ui.text("demo.someViolations", Math.min(VIOLATIONS_SHOWN, checks.violations().size())));
      Output.table(ReportTable.violations(CheckReport.of(DAY, checks.violations().subList(0,
          Math.min(VIOLATIONS_SHOWN, checks.violations().size()))), ui.locale()), out);
      out.println();

      int quarter = (DAY.getMonthValue() + 2) / 3;
      MetricsReport metrics = workspace.metrics().evaluate(MetricQuery.asOf(DAY).withQuarter(quarter));
      out.println(ui.text("demo.headline", DAY, quarter));
      Output.table(headline(metrics, ui), out);
      out.println();
      out.println(ui.text("demo.allMetrics"));
      Output.table(ReportTable.metrics(metrics, ui.locale()), out);
      out.println();

      Responsibility loaded = workspace.responsibility();
      List<SupervisionTask> owed = loaded.tasks().owed(DAY, quarter, Optional.empty()).stream()
          .filter(t -> t.state() != TaskState.DONE).toList();
      out.println(ui.text("demo.tasks", quarter, owed.size()));
      Output.table(tasksPerCadre(loaded, owed, ui), out);
      out.println();

      List<Path> written = ReportCommand.write(workspace, DAY, Optional.empty(), dir.resolve("report.html"), ui);
      out.println(ui.text("report.written", written.get(0).toAbsolutePath()));
      out.println(ui.text("demo.next", url));
    }
    out.flush();
    return Main.OK;
  }

  private static ReportTable headline(MetricsReport metrics, Ui ui) {
    List<List<Object>> rows = new ArrayList<>();
    for (Metric m : Metric.headline()) {
      MetricValue v = metrics.value(m).orElse(MetricValue.ZERO);
      rows.add(Arrays.asList(ui.isChinese() ? m.chineseName() : m.key(), v.numerator(), v.denominator(),
          v.rate().isPresent() ? (Object) v.rate().getAsDouble() : null));
    }
    return ReportTable.of("headline", ui.isChinese() ? List.of("指标", "分子", "分母", "比率")
        : List.of("metric", "numerator", "denominator", "rate"), rows);
  }

  /** One line per cadre with tasks not done: how many missed, at risk and open, and the earliest last safe day. */
  private static ReportTable tasksPerCadre(Responsibility r, List<SupervisionTask> owed, Ui ui) {
    Map<String, Map<TaskState, Integer>> counts = new TreeMap<>();
    Map<String, LocalDate> safe = new TreeMap<>();
    for (SupervisionTask t : owed) {
      counts.computeIfAbsent(t.cadre().value(), k -> new EnumMap<>(TaskState.class)).merge(t.state(), 1, Integer::sum);
      safe.merge(t.cadre().value(), t.lastSafeDay(), (a, b) -> a.isBefore(b) ? a : b);
    }
    List<List<Object>> rows = new ArrayList<>();
    counts.forEach((cadre, byState) -> rows.add(Arrays.asList(cadre,
        r.dataSet().cadre(dev.responsibility.core.model.CadreId.of(cadre)).map(Cadre::name).orElse(""),
        byState.getOrDefault(TaskState.MISSED, 0), byState.getOrDefault(TaskState.AT_RISK, 0),
        byState.getOrDefault(TaskState.OPEN, 0), safe.get(cadre))));
    return ReportTable.of("tasks_by_cadre", ui.isChinese()
        ? List.of("干部编号", "包保干部", "逾期未完成", "临期", "待完成", "最晚安全录入日")
        : List.of("cadre", "name", "missed", "at risk", "open", "last safe day"), rows);
  }
}

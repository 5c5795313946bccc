package dev.responsibility.examples.cli;

import dev.responsibility.adapters.files.DataSetWriter;
import dev.responsibility.adapters.files.ReportTable;
import dev.responsibility.adapters.files.ReportWriter;
import dev.responsibility.core.Responsibility;
import dev.responsibility.core.metrics.MetricQuery;
import dev.responsibility.core.model.DivisionLevel;
import dev.responsibility.core.rules.CheckReport;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code export}: the data set in FORMAT.md form, or with {@code --as-of} the report tables
 * (violations, check counts, metrics, the roll-up by township), as CSV files or one workbook.
 */
@Command(name = "export", description = "Export the data set, or with --as-of the report tables, as .xlsx or CSV.")
final class ExportCommand implements Callable<Integer>, LocalizedCommand {

  @Spec
  private CommandSpec spec;
  @Mixin
  private LanguageOption language;
  @Mixin
  private Source source;

  @Option(names = "--out", paramLabel = "DIR|FILE.xlsx", required = true, description = "a folder for CSV files, or an .xlsx file")
  private Path out;

  @Option(names = "--as-of", paramLabel = "DAY", converter = DayConverter.class,
      description = "export the reports as of this day instead of the data set")
  private LocalDate asOf;

  @Mixin
  private ScopeOptions scope;

  @Option(names = "--chinese-headers", description = "data set: write Chinese headers and values")
  private boolean chineseHeaders;

  @Override
  public Ui ui() {
    return language.ui();
  }

  @Override
  public Integer call() {
    OutputPath.check(out, ui());
    try (Workspace workspace = source.open(ui())) {
      if (asOf == null) {
        Responsibility r = workspace.responsibility();
        List<dev.responsibility.core.calendar.WorkPlan> plans = workspace.ownPlans();
        DataSetWriter writer = chineseHeaders ? DataSetWriter.chinese() : DataSetWriter.english();
        if (OutputPath.isWorkbook(out)) {
          writer.writeWorkbook(r.dataSet(), plans, out);
        } else {
          writer.writeFolder(r.dataSet(), plans, out);
        }
      } else {
        MetricQuery query = scope.query(asOf, java.util.OptionalInt.empty(), ui());
        CheckReport checks = workspace.check(asOf);
        List<ReportTable> tables = List.of(ReportTable.violations(checks, ui().locale()),
            ReportTable.checkCounts(checks, ui().locale()),
            ReportTable.metrics(workspace.metrics().evaluate(query), ui().locale()),
            ReportTable.rollUp(workspace.metrics().rollUp(query, DivisionLevel.TOWNSHIP), ui().locale()));
        if (OutputPath.isWorkbook(out)) {
          ReportWriter.writeWorkbook(tables, out);
        } else {
          ReportWriter.writeCsv(tables, out);
        }
      }
    }
    spec.commandLine().getOut().println(ui().text("export.done", out));
    spec.commandLine().getOut().flush();
    return Main.OK;
  }
}

package dev.responsibility.examples.cli;

import dev.responsibility.adapters.files.FileRecordSink;
import dev.responsibility.adapters.files.ReportTable;
import dev.responsibility.adapters.files.ReportWriter;
import dev.responsibility.core.metrics.MetricQuery;
import dev.responsibility.core.model.DivisionLevel;
import dev.responsibility.core.rules.CheckReport;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code export}: the data set in FORMAT.md form, or with {@code --as-of} the report tables
 * (violations, check counts, metrics, the roll-up by township), as CSV files or one workbook.
 */
@Command(name = "export", description = "Export the data set, or with --as-of the report tables, as .xlsx or CSV.")
final class ExportCommand extends Subcommand {

  @Mixin
  private Source source;

  @Mixin
  private OutputFiles out;

  @Option(names = "--as-of", paramLabel = "DAY", converter = DayConverter.class,
      description = "export the reports as of this day instead of the data set")
  private LocalDate asOf;

  @Mixin
  private ScopeOptions scope;

  @Override
  public Integer call() {
    Path path = out.check(ui());
    try (Workspace workspace = source.open(ui())) {
      if (asOf == null) {
        try (FileRecordSink sink = out.openDataSet(workspace.ownPlans(), ui())) {
          workspace.responsibility().dataSet().forEach(sink);
        }
      } else {
        MetricQuery query = scope.query(asOf, java.util.OptionalInt.empty(), ui());
        CheckReport checks = workspace.check(asOf);
        List<ReportTable> tables = List.of(ReportTable.violations(checks, ui().locale()),
            ReportTable.checkCounts(checks, ui().locale()),
            ReportTable.metrics(workspace.metrics().evaluate(query), ui().locale()),
            ReportTable.rollUp(workspace.metrics().rollUp(query, DivisionLevel.TOWNSHIP), ui().locale()));
        if (out.isWorkbook()) {
          ReportWriter.writeWorkbook(tables, path);
        } else {
          ReportWriter.writeCsv(tables, path);
        }
      }
    }
    spec.commandLine().getOut().println(ui().text("export.done", path));
    spec.commandLine().getOut().flush();
    return Main.OK;
  }
}

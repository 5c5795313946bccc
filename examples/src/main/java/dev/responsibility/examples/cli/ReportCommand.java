package dev.responsibility.examples.cli;

import dev.responsibility.examples.report.HtmlReport;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code report}: a self-contained HTML report with PNG charts beside it. */
@Command(name = "report", description = "Write a self-contained HTML report (and PNG charts) as of a day.")
final class ReportCommand extends Subcommand {

  @Mixin
  private Source source;

  @Mixin
  private AsOfOption asOf;
  @Mixin
  private ScopeOptions scope;

  @Option(names = "--out", paramLabel = "FILE.html", defaultValue = "report.html", description = "the HTML file (default report.html)")
  private Path out;

  @Override
  public Integer call() throws IOException {
    var query = scope.query(asOf.day(), java.util.OptionalInt.empty(), ui());
    List<Path> written;
    try (Workspace workspace = source.open(ui())) {
      written = write(workspace, query.asOf(), query.scope(), out, ui());
    }
    spec.commandLine().getOut().println(ui().text("report.written", written.get(0).toAbsolutePath()));
    for (Path chart : written.subList(1, written.size())) {
      spec.commandLine().getOut().println("  " + chart.toAbsolutePath());
    }
    spec.commandLine().getOut().flush();
    return Main.OK;
  }

  static List<Path> write(Workspace workspace, LocalDate asOf, java.util.Optional<dev.responsibility.core.model.DivisionCode> scope,
      Path html, Ui ui) throws IOException {
    return HtmlReport.of(workspace.responsibility(), asOf, scope, ui.locale()).write(html);
  }
}

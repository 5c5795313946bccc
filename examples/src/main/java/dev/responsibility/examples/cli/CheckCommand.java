package dev.responsibility.examples.cli;

import dev.responsibility.adapters.files.ReportTable;
import dev.responsibility.core.rules.CheckCode;
import dev.responsibility.core.rules.CheckReport;
import dev.responsibility.core.rules.RecordRef;
import dev.responsibility.core.rules.Violation;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code check}: the checks of FORMAT.md as of a day. */
@Command(name = "check", description = "Run the checks of FORMAT.md as of a day.")
final class CheckCommand extends Subcommand {

  @Mixin
  private Source source;

  @Mixin
  private AsOfOption asOf;
  @Mixin
  private FormatOption format;

  @Override
  public Integer call() {
    CheckReport report;
    try (Workspace workspace = source.open(ui())) {
      report = workspace.check(asOf.day());
    }
    print(report, format.format(), ui(), spec.commandLine().getOut());
    return Main.OK;
  }

  static void print(CheckReport report, Format format, Ui ui, PrintWriter out) {
    switch (format) {
      case JSON -> Output.json(json(report, ui), out);
      case CSV -> Output.csv(ReportTable.violations(report, ui.locale()), out);
      case TABLE -> {
        Output.table(ReportTable.checkCounts(report, ui.locale()), out);
        out.println();
        if (report.violations().isEmpty()) {
          out.println(ui.text("check.clean", report.asOf()));
        } else {
          out.println(ui.text("check.found", report.violations().size(), report.asOf()));
          Output.table(ReportTable.violations(report, ui.locale()), out);
        }
      }
    }
    out.flush();
  }

  /**
   * @return {@code {"asOf", "counts": {CODE: n} for every code, "violations": [{"code", "rule",
   *     "records", "message"}]}}
   */
  static Map<String, Object> json(CheckReport report, Ui ui) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("asOf", report.asOf().toString());
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (CheckCode code : CheckCode.values()) {
      counts.put(code.name(), report.count(code));
    }
    root.put("counts", counts);
    List<Map<String, Object>> violations = new ArrayList<>();
    for (Violation v : report.violations()) {
      Map<String, Object> node = new LinkedHashMap<>();
      node.put("code", v.code().name());
      node.put("rule", v.rule().orElse(null));
      node.put("severity", v.severity().name());
      node.put("records", v.records().stream().map(RecordRef::toString).toList());
      node.put("message", v.message(ui.locale()));
      violations.add(node);
    }
    root.put("violations", violations);
    return root;
  }
}

package dev.responsibility.examples.cli;

import dev.responsibility.adapters.files.ReadResult;
import dev.responsibility.adapters.files.SkippedRow;
import dev.responsibility.adapters.jdbc.JdbcStore;
import dev.responsibility.core.model.ImportException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.OptionalLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code import}: a data set into a database, all or nothing; with {@code --skip-bad-rows} the good
 * rows go in and every row left out is listed with its file, line and rule.
 */
@Command(name = "import", description = "Import a data set (CSV folder or .xlsx) into a database, all or nothing.")
final class ImportCommand extends Subcommand {


  @Parameters(index = "0", paramLabel = "DIR|FILE.xlsx", description = "a folder of FORMAT.md CSV files or an .xlsx workbook")
  private Path from;

  @Option(names = "--db", paramLabel = "URL", required = true, description = "the JDBC URL to import into")
  private String db;

  @Mixin
  private DatabaseLogin login;

  @Option(names = "--encoding", paramLabel = "CHARSET", description = "encoding of CSV files, e.g. GB18030 (default: detected)")
  private String encoding;

  @Option(names = "--skip-bad-rows", description = "import the good rows and list the bad ones, instead of refusing the lot")
  private boolean skipBadRows;

  @Override
  public Integer call() {
    ReadResult read = DataFiles.read(from, DataFiles.charset(encoding, ui()), skipBadRows, ui());
    PrintWriter out = spec.commandLine().getOut();
    try (Database database = login.open(db, ui())) {
      JdbcStore.ImportSummary summary = load(database, read, ui(), spec.commandLine().getErr());
      out.println(ui().text("import.done", summary.total(), database.url()));
      summary.counts().forEach((kind, n) -> out.println("  " + kind + ": " + n));
    }
    report(read, ui(), out);
    return Main.OK;
  }

  static JdbcStore.ImportSummary load(Database database, ReadResult read, Ui ui, PrintWriter err) {
    try (Progress progress = Progress.of(err, ui.text("import.progress"), OptionalLong.empty())) {
      return database.store().importRecords(read.dataSet()::forEach, actor(), progress::update);
    }
  }

  /** @return who imports, for the change log */
  static String actor() {
    return "cli:" + System.getProperty("user.name", "unknown");
  }

  private static void report(ReadResult read, Ui ui, PrintWriter out) {
    if (read.isComplete()) {
      return;
    }
    out.println(ui.text("import.skipped", read.skippedRows().size()));
    for (SkippedRow row : read.skippedRows()) {
      for (ImportException.Error error : row.errors()) {
        out.println("  " + Failures.where(error, ui) + error.rule());
      }
    }
  }
}

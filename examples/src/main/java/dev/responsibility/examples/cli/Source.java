package dev.responsibility.examples.cli;

import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Where a command reads its data set: {@code --data DIR|FILE.xlsx} (FORMAT.md files) or {@code --db
 * URL} (a database the JDBC adapter migrated). Exactly one is required.
 */
final class Source {

  @ArgGroup(exclusive = true, multiplicity = "1")
  private Choice choice;

  @Option(names = "--encoding", paramLabel = "CHARSET",
      description = "encoding of CSV files, e.g. GB18030 (default: detected; UTF-8 with or without BOM, else GB18030)")
  private String encoding;

  @Mixin
  private DatabaseLogin login;

  static final class Choice {
    @Option(names = "--data", paramLabel = "DIR|FILE.xlsx", required = true,
        description = "a folder of FORMAT.md CSV files or an .xlsx workbook")
    Path data;

    @Option(names = "--db", paramLabel = "URL", required = true,
        description = "a JDBC URL: jdbc:h2:FILE, jdbc:postgresql://…, jdbc:mariadb://…")
    String db;
  }

  /**
   * Opens the source: files are read whole (all or nothing); a database is opened and migrated.
   *
   * @param ui the user's language, for messages
   * @return the open workspace; the caller closes it
   */
  Workspace open(Ui ui) {
    if (choice.data != null) {
      return Workspace.ofFiles(DataFiles.read(choice.data, DataFiles.charset(encoding, ui), false, ui));
    }
    return Workspace.ofDatabase(login.open(choice.db, ui));
  }
}

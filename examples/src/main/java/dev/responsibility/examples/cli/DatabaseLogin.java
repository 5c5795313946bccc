package dev.responsibility.examples.cli;

import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --db-user} and {@code --db-password-env}: how to log in to a database named by {@code --db}. */
final class DatabaseLogin {

  @Option(names = "--db-user", paramLabel = "USER", description = "database user, if not in the URL")
  private String user;

  @Option(names = "--db-password-env", paramLabel = "VARIABLE",
      description = "environment variable holding the database password (never on the command line)")
  private String passwordVariable;

  /** Opens and migrates the database at {@code url} with this login. */
  Database open(String url, Ui ui) {
    return Database.open(url, Optional.ofNullable(user), Database.password(passwordVariable, ui), ui);
  }
}

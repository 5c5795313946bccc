package dev.responsibility.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The import baseline: PostgreSQL's own client, {@code psql}, loading CSV files with {@code \copy}
 * into the {@link PostgresServer}. Needs {@code psql} on the PATH. Stateless.
 */
final class Psql {

  private Psql() {}

  /** @return why {@code psql} cannot be run, or empty when it can */
  static Optional<String> missing() {
    try {
      Process p = new ProcessBuilder("psql", "--version").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      return p.waitFor() == 0 ? Optional.empty() : Optional.of("psql --version exited with " + p.exitValue() + ": " + out);
    } catch (IOException e) {
      return Optional.of("psql is not on the PATH (" + e.getMessage() + "); the PostgreSQL client package provides it");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of("interrupted while looking for psql");
    }
  }

  /**
   * Loads {@code <table>.csv} from a folder into each of {@link PostgresSchema#TABLES} of a
   * schema, in one transaction, as one {@code psql} process: the time of this call is the
   * baseline's import time.
   *
   * @param schema the schema, migrated and empty, not null
   * @param folder the files {@link PostgresSchema#exportTables} wrote, not null
   * @throws IOException if psql cannot be started or fails (with what it printed)
   * @throws InterruptedException if interrupted while psql runs
   */
  static void copyInto(String schema, Path folder) throws IOException, InterruptedException {
    StringBuilder script = new StringBuilder("BEGIN;\n");
    for (String table : PostgresSchema.TABLES) {
      script.append("\\copy ").append(schema).append('.').append(table).append(" FROM '")
          .append(folder.resolve(table + ".csv").toAbsolutePath().toString().replace("'", "''")).append("' CSV\n");
    }
    script.append("COMMIT;\n");
    run(script.toString());
  }

  private static void run(String script) throws IOException, InterruptedException {
    Path file = Files.createTempFile("bench-psql", ".sql");
    Path log = Files.createTempFile("bench-psql", ".log");
    try {
      Files.writeString(file, script, StandardCharsets.UTF_8);
      ProcessBuilder builder = new ProcessBuilder(List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1",
          "-h", PostgresServer.HOST, "-p", Integer.toString(PostgresServer.PORT), "-U", PostgresServer.USER,
          "-d", PostgresServer.DATABASE, "-f", file.toString()))
          .redirectErrorStream(true).redirectOutput(log.toFile());
      // The files are UTF-8 whatever the locale psql would otherwise take its encoding from.
      Map<String, String> env = builder.environment();
      env.put("PGCLIENTENCODING", "UTF8");
      int status = builder.start().waitFor();
      if (status != 0) {
        throw new IOException("psql exited with " + status + ": " + Files.readString(log, StandardCharsets.UTF_8));
      }
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(log);
    }
  }
}

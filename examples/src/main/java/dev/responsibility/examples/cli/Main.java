package dev.responsibility.examples.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The analyst's command line, {@code java -jar responsibility.jar COMMAND …}: exit code 0 on
 * success, 2 on bad input (a file, line, column or option and the rule it breaks, never a stack
 * trace), 1 when something else fails, such as an unreachable database.
 */
// INHERIT: every subcommand takes --help and --version too, as the bad-option message tells users to try.
@Command(name = "responsibility", mixinStandardHelpOptions = true, versionProvider = Version.class,
    scope = CommandLine.ScopeType.INHERIT,
    subcommands = {DemoCommand.class, ImportCommand.class, CheckCommand.class, MetricsCommand.class,
        TasksCommand.class, CalendarCommand.class, ReportCommand.class, ExportCommand.class,
        GenerateCommand.class, SyncCommand.class, CommandLine.HelpCommand.class})
public final class Main {

  /** Exit code of a run that did its work. */
  public static final int OK = 0;
  /** Exit code when something other than the input failed. */
  public static final int FAILED = 1;
  /** Exit code when the input (a file, an option) was refused. */
  public static final int BAD_INPUT = 2;

  private Main() {}

  /**
   * Runs the command line and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  /**
   * Runs the command line in this process, as tests and hosts do.
   *
   * @param args the arguments
   * @param out where results go
   * @param err where messages and errors go
   * @return the exit code: {@link #OK}, {@link #FAILED} or {@link #BAD_INPUT}
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler(new Failures());
    cli.setParameterExceptionHandler(Failures::badOption);
    cli.setExitCodeExceptionMapper(Failures::exitCode);
    try {
      return cli.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }
}

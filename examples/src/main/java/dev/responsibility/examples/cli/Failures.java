package dev.responsibility.examples.cli;

import dev.responsibility.core.model.ImportException;
import dev.responsibility.core.model.InvalidRecordException;
import dev.responsibility.core.model.UnknownScopeException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns what went wrong into a message and an exit code: bad input exits with {@link
 * Main#BAD_INPUT} and names the file, line, column or option and the rule; anything else exits
 * with {@link Main#FAILED}. Neither prints a stack trace: set {@code RESPONSIBILITY_DEBUG=1} to see one.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
    Ui ui = cli.getCommand() instanceof Subcommand c ? c.ui() : Ui.fromEnvironment();
    PrintWriter err = cli.getErr();
    int code = isBadInput(e) ? Main.BAD_INPUT : Main.FAILED;
    if (e instanceof ImportException refused) {
      err.println(ui.text("error.import", refused.errors().size()));
      for (ImportException.Error error : refused.errors()) {
        err.println("  " + where(error, ui) + error.rule());
      }
    } else if (e instanceof UnknownScopeException unknown) {
      err.println(ui.text("error.scope", unknown.code()));
    } else {
      // A user error's message is complete; another failure's causes say what happened underneath.
      err.println(ui.text(code == Main.BAD_INPUT ? "error.input" : "error.failed",
          e instanceof UserInputException ? e.getMessage() : message(e)));
    }
    if (System.getenv("RESPONSIBILITY_DEBUG") != null) {
      e.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  private static boolean isBadInput(Exception e) {
    return e instanceof UserInputException || e instanceof ImportException || e instanceof UnknownScopeException
        || e instanceof InvalidRecordException;
  }

  /** @return {@code businesses.csv, line 3, column credit_code: } in the user's language */
  static String where(ImportException.Error error, Ui ui) {
    StringBuilder at = new StringBuilder(error.file());
    if (error.line() > 0) {
      at.append(ui.text("at.line", error.line()));
    }
    if (!error.column().isEmpty()) {
      at.append(ui.text("at.column", error.column()));
    }
    return at.append(ui.isChinese() ? "：" : ": ").toString();
  }

  /** @return the message and, where the cause adds to it, the cause's: "writing X: NoSuchFileException: /a/b" */
  private static String message(Throwable e) {
    StringBuilder message = new StringBuilder(text(e));
    for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
      String more = text(cause);
      if (!message.toString().contains(more)) {
        message.append(": ").append(more);
      }
    }
    return message.toString();
  }

  private static String text(Throwable e) {
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName();
    }
    // An IOException's message is often only a path; its type says what happened to it.
    return e instanceof java.io.IOException && !(e instanceof java.io.UncheckedIOException)
        ? e.getClass().getSimpleName() + " " + message : message;
  }

  static int badOption(ParameterException e, String[] args) {
    CommandLine cli = e.getCommandLine();
    Ui ui = cli.getCommand() instanceof Subcommand c ? c.ui() : Ui.fromEnvironment();
    cli.getErr().println(ui.text("error.option", e.getMessage()));
    cli.getErr().println(ui.text("error.usage", cli.getCommandSpec().qualifiedName()));
    cli.getErr().flush();
    return Main.BAD_INPUT;
  }

  static int exitCode(Throwable e) {
    return e instanceof ParameterException ? Main.BAD_INPUT : Main.FAILED;
  }
}

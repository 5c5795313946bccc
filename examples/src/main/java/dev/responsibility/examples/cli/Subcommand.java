package dev.responsibility.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every subcommand has: {@code --lang}, so that its output and its failures speak the user's
 * language, and its picocli spec, for the streams it writes to.
 */
abstract class Subcommand implements Callable<Integer> {

  /** The command as picocli parsed it: {@code spec.commandLine().getOut()} is where results go. */
  @Spec
  protected CommandSpec spec;

  @Mixin
  private LanguageOption language;

  /** @return the language the user asked for, or the system's */
  Ui ui() {
    return language.ui();
  }
}

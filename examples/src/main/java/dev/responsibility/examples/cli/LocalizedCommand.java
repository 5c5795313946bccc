package dev.responsibility.examples.cli;

/** A subcommand that knows the language its user asked for, so its failures speak it too. */
interface LocalizedCommand {
  Ui ui();
}

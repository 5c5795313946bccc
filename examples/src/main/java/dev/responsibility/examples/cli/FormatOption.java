package dev.responsibility.examples.cli;

import picocli.CommandLine.Option;

/** {@code --format table|json|csv}: tables for people, JSON and CSV for programs. */
final class FormatOption {

  @Option(names = "--format", paramLabel = "table|json|csv", defaultValue = "table",
      description = "output: table (default), json or csv")
  private Format format;

  Format format() {
    return format;
  }
}

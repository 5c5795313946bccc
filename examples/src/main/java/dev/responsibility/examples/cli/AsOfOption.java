package dev.responsibility.examples.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** {@code --as-of DAY}, required: the day a command looks from. */
final class AsOfOption {

  @Option(names = "--as-of", paramLabel = "DAY", required = true, converter = DayConverter.class,
      description = "the day, YYYY-MM-DD")
  private LocalDate asOf;

  LocalDate day() {
    return asOf;
  }
}

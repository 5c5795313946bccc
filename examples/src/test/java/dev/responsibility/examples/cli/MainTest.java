package dev.responsibility.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

class MainTest {

  @Test
  void helpListsEverySubcommand() {
    StringWriter out = new StringWriter();

    int code = Main.run(new String[] {"--help"}, new PrintWriter(out), new PrintWriter(new StringWriter()));

    assertThat(code).isZero();
    assertThat(out.toString()).contains("demo", "import", "check", "metrics", "tasks", "calendar", "report", "export",
        "generate", "sync");
  }

  /** The message of a bad option points to {@code COMMAND --help}, so that must work without the required options. */
  @ParameterizedTest
  @MethodSource("subcommands")
  void everySubcommandAnswersHelpWithItsOptions(String command) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int code = Main.run(new String[] {command, "--help"}, new PrintWriter(out), new PrintWriter(err));

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString()).startsWith("Usage: responsibility " + command).contains("--lang", "--help", "--version");
    assertThat(err.toString()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("subcommands")
  void everySubcommandAnswersVersion(String command) {
    StringWriter out = new StringWriter();
    StringWriter top = new StringWriter();

    int code = Main.run(new String[] {command, "--version"}, new PrintWriter(out), new PrintWriter(new StringWriter()));
    Main.run(new String[] {"--version"}, new PrintWriter(top), new PrintWriter(new StringWriter()));

    assertThat(code).isZero();
    assertThat(out.toString()).isNotBlank().isEqualTo(top.toString());
  }

  /** Every subcommand the command line has, but picocli's own {@code help}. */
  static Stream<String> subcommands() {
    List<String> names = new ArrayList<>(new CommandLine(Main.class).getSubcommands().keySet());
    names.remove("help");
    assertThat(names).hasSizeGreaterThanOrEqualTo(10);
    return names.stream();
  }

  @Test
  void aBadOptionExitsWithTwoAndPointsToHelp() {
    StringWriter err = new StringWriter();

    int code = Main.run(new String[] {"metrics", "--lang", "zh", "--as-of", "soon"}, new PrintWriter(new StringWriter()),
        new PrintWriter(err));

    assertThat(code).isEqualTo(Main.BAD_INPUT);
    assertThat(err.toString()).contains("'soon' is not a day").contains("查看选项");
  }
}

package dev.responsibility.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class MainTest {

  @Test
  void helpListsEverySubcommand() {
    StringWriter out = new StringWriter();

    int code = Main.run(new String[] {"--help"}, new PrintWriter(out), new PrintWriter(new StringWriter()));

    assertThat(code).isZero();
    assertThat(out.toString()).contains("demo", "import", "check", "metrics", "tasks", "calendar", "report", "export",
        "generate", "sync");
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

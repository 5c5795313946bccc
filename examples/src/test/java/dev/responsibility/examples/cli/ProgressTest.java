package dev.responsibility.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ProgressTest {

  @Test
  void aKnownTotalDrawsABarThatEndsFullOnItsOwnLine() {
    StringWriter err = new StringWriter();
    try (Progress bar = Progress.drawn(new PrintWriter(err), "Generating", OptionalLong.of(200))) {
      bar.update(50);
      bar.update(200);
    }

    assertThat(err.toString()).startsWith("\rGenerating [#######                       ]  25% 50")
        .contains("\rGenerating [##############################] 100% 200").endsWith(System.lineSeparator());
  }

  @Test
  void anUnknownTotalCountsAndAPipeGetsNothing() {
    StringWriter err = new StringWriter();
    try (Progress bar = Progress.drawn(new PrintWriter(err), "Importing", OptionalLong.empty())) {
      bar.update(1_234_567);
    }
    assertThat(err.toString()).startsWith("\rImporting 1,234,567");

    StringWriter piped = new StringWriter();
    try (Progress bar = Progress.of(new PrintWriter(piped), "Importing", OptionalLong.empty())) {
      bar.update(10);
    }
    assertThat(piped.toString()).as("no console under Maven").isEmpty();
  }
}

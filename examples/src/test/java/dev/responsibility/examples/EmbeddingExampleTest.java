package dev.responsibility.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EmbeddingExampleTest {

  @Test
  void findsTheUncoveredBusinessTheMissingDocumentsAndOfficers() {
    assertThat(EmbeddingExample.codes()).containsExactly(
        "UNCOVERED", "MISSING_DOCUMENT", "MISSING_DOCUMENT", "MISSING_DOCUMENT", "OFFICER_MISSING", "OFFICER_MISSING");
    assertThat(EmbeddingExample.violations(Locale.CHINESE)).contains("城关镇河边饭店（B002）");
  }

  @Test
  void theReadmeShowsTheExampleAsItIs() throws IOException {
    String source = Files.readString(
        Path.of("src/main/java/dev/responsibility/examples/EmbeddingExample.java"), StandardCharsets.UTF_8);
    String region = source.substring(
        source.indexOf('\n', source.indexOf("// README:begin")) + 1, source.indexOf("  // README:end"));
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    assertThat(readme).as("README.md must show EmbeddingExample's README region verbatim")
        .contains(region.lines().map(l -> l.startsWith("  ") ? l.substring(2) : l)
            .collect(Collectors.joining("\n", "", "\n")));
  }
}

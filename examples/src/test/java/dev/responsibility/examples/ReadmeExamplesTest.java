package dev.responsibility.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The README shows each example's code as it is: the lines between {@code // README:begin} and
 * {@code // README:end}, one indentation level less, must appear verbatim in README.md.
 */
class ReadmeExamplesTest {

  @ParameterizedTest
  @ValueSource(strings = {"EmbeddingExample", "MetricsExample", "JdbcEmbeddingExample", "OutboxSyncExample"})
  void theReadmeShowsTheExampleAsItIs(String example) throws IOException {
    String source = Files.readString(
        Path.of("src/main/java/dev/responsibility/examples/" + example + ".java"), StandardCharsets.UTF_8);
    String region = source.substring(
        source.indexOf('\n', source.indexOf("// README:begin")) + 1, source.indexOf("  // README:end"));
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    assertThat(readme).as("README.md must show %s's README region verbatim", example)
        .contains(region.lines().map(l -> l.startsWith("  ") ? l.substring(2) : l)
            .collect(Collectors.joining("\n", "", "\n")));
  }
}

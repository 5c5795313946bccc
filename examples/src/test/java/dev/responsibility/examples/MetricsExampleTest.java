package dev.responsibility.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responsibility.core.metrics.Metric;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The metrics of {@link SmallCounty}, counted by hand. Columns in {@link Metric} order: coverage,
 * staffing, staffing-director, staffing-officer, data-collection, documents, problem-disposal,
 * supervision-completion (Q2).
 */
class MetricsExampleTest {

  @Test
  void printsTheCountyRolledUpByTownshipAsCountedByHand() {
    String printed = Console.capture(() -> MetricsExample.main(new String[0]));

    Map<String, List<String>> rows = MetricTableRows.of(printed);
    assertThat(rows).containsExactly(
        // 城关镇: B001 covered, B002 not; caterers owe no director; C01 has all three documents;
        // P01 closed; R01's Q2 task done by S01.
        Map.entry("430102001000", List.of("1/2", "0/0", "0/0", "0/0", "1/2", "1/1", "1/1", "1/1")),
        // 河西镇: the school canteen B003 is covered and owes a director (it has one) and an
        // officer (it has none); C02 has no documents; R02's task is not done.
        Map.entry("430102002000", List.of("1/1", "0/1", "1/1", "0/1", "1/1", "0/1", "0/0", "0/1")),
        Map.entry("total", List.of("2/3", "0/1", "1/1", "0/1", "2/3", "1/2", "1/1", "1/2")));
  }

  @Test
  void namesEveryMetricAndEveryTownshipAndShowsTheRates() {
    String printed = MetricsExample.metrics(SmallCounty.dataSet(), SmallCounty.DAY, SmallCounty.QUARTER);

    assertThat(printed.lines().findFirst().orElseThrow().split("\\s+"))
        .containsSubsequence(Arrays.stream(Metric.values()).map(Metric::key).toArray(String[]::new));
    assertThat(printed).contains("城关镇", "河西镇", "2/3 (66.7%)", "0/0 (—)", "1/1 (100.0%)");
  }

  @Test
  void theReadmeShowsWhatItPrints() throws IOException {
    assertThat(Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8))
        .contains("```\n" + Console.capture(() -> MetricsExample.main(new String[0])) + "```\n");
  }
}

package dev.responsibility.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responsibility.adapters.files.DataSetWriter;
import dev.responsibility.core.Responsibility;
import dev.responsibility.core.metrics.Metric;
import dev.responsibility.core.metrics.MetricQuery;
import dev.responsibility.core.metrics.MetricValue;
import dev.responsibility.core.metrics.MetricsEvaluator;
import dev.responsibility.core.metrics.RollUpRow;
import dev.responsibility.core.model.DivisionLevel;
import dev.responsibility.core.rules.CheckCode;
import dev.responsibility.core.rules.CheckReport;
import dev.responsibility.testkit.DataSetGenerator;
import dev.responsibility.testkit.GeneratedDataSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analysts' JShell scripts, run as an analyst runs them: the running JDK's {@code jshell}
 * against the packaged {@code target/responsibility.jar} (hence an integration test, after
 * {@code package}), on a generated data set written as files. What they print must be the
 * library's numbers for the same data.
 */
class JShellScriptsIT {

  private static final Path JAR = Path.of("target/responsibility.jar");
  private static final Path JSHELL = Path.of(System.getProperty("java.home"), "bin", "jshell");

  @TempDir
  static Path dir;

  private static GeneratedDataSet generated;
  private static Path folder;
  private static Path workbook;

  @BeforeAll
  static void writeTheDataSet() throws IOException {
    generated = DataSetGenerator.builder().seed(7).businesses(300).faultRate(0.1).build().generate();
    folder = Files.createDirectory(dir.resolve("township"));
    DataSetWriter.english().writeFolder(generated.dataSet(), List.of(), folder);
    workbook = dir.resolve("township.xlsx");
    DataSetWriter.chinese().writeWorkbook(generated.dataSet(), List.of(), workbook);
  }

  @Test
  void metricsPrintsTheLibrarysRollUpByTownshipForAFolder() throws Exception {
    assertThat(run("metrics.jsh", List.of("-R-Ddata=" + folder, "-R-DasOf=" + generated.asOf()), Map.of()))
        .containsExactlyEntriesOf(expectedMetrics(generated.asOf()));
  }

  @Test
  void metricsReadsAWorkbookAndAskedDayAndQuarterToo() throws Exception {
    LocalDate midYear = LocalDate.of(2023, 6, 30);
    Map<String, List<String>> printed = MetricTableRows.of(String.join("\n", runLines("metrics.jsh",
        List.of("-R-Ddata=" + workbook, "-R-DasOf=" + midYear, "-R-Dquarter=2"), Map.of())));
    assertThat(printed).containsExactlyEntriesOf(expectedMetrics(midYear));
  }

  @Test
  void violationsPrintsTheCountOfEveryCheckWithThePathFromTheEnvironment() throws Exception {
    CheckReport report = Responsibility.of(generated.dataSet()).check(generated.asOf());
    List<String> printed = runLines("violations.jsh", List.of("-R-DasOf=" + generated.asOf()),
        Map.of("RESPONSIBILITY_DATA", folder.toString()));

    Map<String, Integer> counts = new LinkedHashMap<>();
    printed.stream().skip(1).map(l -> l.split("\\s+")).forEach(cells -> counts.put(cells[0], Integer.parseInt(cells[1])));
    Map<String, Integer> expected = new LinkedHashMap<>();
    report.counts().forEach((code, n) -> expected.put(code.name(), n));
    expected.put("total", report.violations().size());
    assertThat(counts).containsExactlyEntriesOf(expected);
    // The generator's faults are really there: the comparison is not of two empty reports.
    assertThat(report.violations()).hasSizeGreaterThan(10);
    assertThat(counts.get(CheckCode.DOUBLE_RELATION.name())).isPositive();
  }

  @Test
  void withoutADataSetTheScriptsSayHowToGiveOneAndFail() throws Exception {
    for (String script : List.of("metrics.jsh", "violations.jsh")) {
      Process jshell = start(script, List.of(), Map.of());
      assertThat(jshell.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(new String(jshell.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
          .contains("-R-Ddata=FOLDER_OR_XLSX");
      assertThat(jshell.exitValue()).as(script).isEqualTo(2);
    }
  }

  private static Map<String, List<String>> expectedMetrics(LocalDate day) {
    MetricsEvaluator metrics = Responsibility.of(generated.dataSet()).metrics();
    MetricQuery query = MetricQuery.asOf(day).withQuarter(day.get(java.time.temporal.IsoFields.QUARTER_OF_YEAR));
    Map<String, List<String>> expected = new LinkedHashMap<>();
    List<RollUpRow> rows = metrics.rollUp(query, DivisionLevel.TOWNSHIP);
    assertThat(rows).as("a roll-up worth comparing").hasSizeGreaterThan(1);
    rows.forEach(r -> expected.put(r.division().value(), fractions(r.total())));
    expected.put("total", fractions(metrics.evaluate(query).values()));
    return expected;
  }

  private static List<String> fractions(Map<Metric, MetricValue> values) {
    return Arrays.stream(Metric.values()).map(m -> values.getOrDefault(m, MetricValue.ZERO).toString()).toList();
  }

  private static Map<String, List<String>> run(String script, List<String> options, Map<String, String> env)
      throws Exception {
    return MetricTableRows.of(String.join("\n", runLines(script, options, env)));
  }

  private static List<String> runLines(String script, List<String> options, Map<String, String> env) throws Exception {
    Process jshell = start(script, options, env);
    // Read before waiting: a full pipe would block the script.
    String out = new String(jshell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(jshell.waitFor(120, TimeUnit.SECONDS)).as("%s finishes", script).isTrue();
    String err = new String(jshell.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(jshell.exitValue()).as("%s exit status; stderr:%n%s%nstdout:%n%s", script, err, out).isZero();
    assertThat(err).as("%s stderr", script).doesNotContain("Error:", "Exception");
    return out.lines().collect(Collectors.toList());
  }

  private static Process start(String script, List<String> options, Map<String, String> env) throws IOException {
    assertThat(JAR).as("the shaded jar, built by package").exists();
    List<String> command = new ArrayList<>(List.of(JSHELL.toString(), "--class-path", JAR.toString()));
    command.addAll(options);
    command.add(Path.of("scripts", script).toString());
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("RESPONSIBILITY_DATA");
    builder.environment().putAll(env);
    return builder.start();
  }
}

package dev.responsibility.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.responsibility.adapters.files.DataSetReader;
import dev.responsibility.adapters.files.ReadResult;
import dev.responsibility.core.Responsibility;
import dev.responsibility.core.metrics.Metric;
import dev.responsibility.core.metrics.MetricQuery;
import dev.responsibility.core.metrics.MetricValue;
import dev.responsibility.core.metrics.MetricsReport;
import dev.responsibility.core.rules.CheckCode;
import dev.responsibility.core.rules.CheckReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line end to end, as a process on the packaged jar: every subcommand and output
 * format, on the bundled sample township whose figures are known.
 */
class CommandLineIT {

  static final Path SAMPLE = Path.of("src/main/resources/dev/responsibility/examples/sample-township");
  static final String DAY = "2023-05-15";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path work;
  static Responsibility library;

  @BeforeAll
  static void readTheSampleWithTheLibrary() {
    ReadResult read = DataSetReader.defaults().read(SAMPLE);
    library = Responsibility.of(read.dataSet()).withWorkPlans(read.plansWithDefaults());
  }

  @Test
  void demoLoadsTheSampleIntoH2AndShowsChecksRatesTasksAndTheReport() {
    Cli.Result zh = Cli.run("demo", "--dir", work.resolve("demo").toString(), "--lang", "zh");

    assertThat(zh.exitCode()).as(zh.toString()).isZero();
    assertThat(zh.out()).contains("已导入 2,481 条记录", "截至 2023-05-15 的检查：共 19 个问题",
        "在产在营获证主体包保覆盖率", "206", "208", "99.0%", "包保督导任务完成率", "44.2%", "按包保干部", "临期");
    assertThat(work.resolve("demo/report.html")).isRegularFile();
    assertThat(work.resolve("demo/demo.mv.db")).isRegularFile();
    assertThat(zh.err()).isEmpty();

    Cli.Result again = Cli.run("demo", "--dir", work.resolve("demo").toString(), "--lang", "en");
    assertThat(again.exitCode()).as("a second run starts from an empty database: " + again).isZero();
    assertThat(again.out()).contains("Imported 2,481 records", "Checks as of 2023-05-15: 19 violations",
        "supervision-completion", "Report written: " + work.resolve("demo/report.html").toAbsolutePath());
  }

  @Test
  void checkAsJsonGivesTheSampleCountsAndEveryViolation() throws IOException {
    Cli.Result run = Cli.run("check", "--data", SAMPLE.toString(), "--as-of", DAY, "--format", "json", "--lang", "en");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    JsonNode json = JSON.readTree(run.out());
    assertThat(json.get("asOf").asText()).isEqualTo(DAY);
    CheckReport expected = library.check(LocalDate.parse(DAY));
    Map<String, Integer> counts = new LinkedHashMap<>();
    json.get("counts").fields().forEachRemaining(e -> counts.put(e.getKey(), e.getValue().asInt()));
    assertThat(counts.keySet()).containsExactly(Stream.of(CheckCode.values()).map(Enum::name).toArray(String[]::new));
    for (CheckCode code : CheckCode.values()) {
      assertThat(counts.get(code.name())).as(code.name()).isEqualTo(expected.count(code));
    }
    // The sample's known figures, as README quotes them.
    assertThat(counts).containsEntry("UNCOVERED", 2).containsEntry("OUT_OF_JURISDICTION", 3)
        .containsEntry("OFFICER_MISSING", 3).containsEntry("MISSING_DOCUMENT", 0);
    assertThat(json.get("violations")).hasSize(19);
    JsonNode first = json.get("violations").get(0);
    assertThat(names(first)).containsExactly("code", "rule", "severity", "records", "message");
    assertThat(first.get("code").asText()).isEqualTo("UNCOVERED");
    assertThat(first.get("rule").asText()).isEqualTo("R8");
    assertThat(first.get("records").get(0).asText()).isEqualTo("business:B0000047");
    assertThat(first.get("message").asText()).contains("B0000047", "no active guarantee relation");
  }

  @Test
  void checkAsCsvAndAsATable() {
    Cli.Result csv = Cli.run("check", "--data", SAMPLE.toString(), "--as-of", DAY, "--format", "csv", "--lang", "en");
    assertThat(csv.exitCode()).as(csv.toString()).isZero();
    assertThat(csv.out().split("\r\n")).hasSize(1 + 19);
    assertThat(csv.out()).startsWith("code,rule,severity,records,message\r\nUNCOVERED,R8,ERROR,business:B0000047,");

    Cli.Result table = Cli.run("check", "--data", SAMPLE.toString(), "--as-of", DAY, "--lang", "zh");
    assertThat(table.exitCode()).as(table.toString()).isZero();
    assertThat(table.out()).contains("代码", "截至 2023-05-15 共发现 19 个问题", "包保关系R0000055所指的包保干部CX0000052不在数据中");
    assertAligned(table.out().lines().filter(l -> l.contains(" 错误 ")).toList(), "错误");
  }

  @Test
  void metricsAsJsonGiveEveryMetricWithTheQuarter() throws IOException {
    Cli.Result run = Cli.run("metrics", "--data", SAMPLE.toString(), "--as-of", DAY, "--quarter", "2", "--format", "json");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    JsonNode json = JSON.readTree(run.out());
    assertThat(json.get("asOf").asText()).isEqualTo(DAY);
    assertThat(json.get("scope").isNull()).isTrue();
    MetricsReport expected = library.metrics().evaluate(MetricQuery.asOf(LocalDate.parse(DAY)).withQuarter(2));
    assertThat(names(json.get("metrics"))).containsExactly(
        Stream.of(Metric.values()).map(Metric::key).toArray(String[]::new));
    for (Metric m : Metric.values()) {
      JsonNode v = json.get("metrics").get(m.key());
      MetricValue e = expected.value(m).orElseThrow();
      assertThat(names(v)).containsExactly("numerator", "denominator", "rate");
      assertThat(v.get("numerator").asLong()).as(m.key()).isEqualTo(e.numerator());
      assertThat(v.get("denominator").asLong()).as(m.key()).isEqualTo(e.denominator());
      assertThat(v.get("rate").asDouble()).as(m.key()).isEqualTo(e.rate().orElseThrow());
    }
    assertThat(json.get("metrics").get("coverage").get("numerator").asInt()).isEqualTo(206);
    assertThat(json.get("metrics").get("coverage").get("denominator").asInt()).isEqualTo(208);
    assertThat(json.get("metrics").get("supervision-completion").get("numerator").asInt()).isEqualTo(93);

    Cli.Result day = Cli.run("metrics", "--data", SAMPLE.toString(), "--as-of", DAY, "--format", "json");
    assertThat(JSON.readTree(day.out()).get("metrics").has("supervision-completion")).isFalse();
  }

  @Test
  void metricsRolledUpByTownshipAndScoped() throws IOException {
    String township = library.dataSet().divisions().stream()
        .filter(d -> d.level() == dev.responsibility.core.model.DivisionLevel.TOWNSHIP).findFirst().orElseThrow()
        .code().value();
    Cli.Result byTownship = Cli.run("metrics", "--data", SAMPLE.toString(), "--as-of", DAY, "--by", "TOWNSHIP",
        "--format", "json");
    assertThat(byTownship.exitCode()).as(byTownship.toString()).isZero();
    JsonNode row = JSON.readTree(byTownship.out()).get("rows").get(0);
    assertThat(row.get("division").asText()).isEqualTo(township);
    // Three businesses carry a village code the township does not have: they count in the total only.
    MetricValue coverage = library.metrics().rollUp(MetricQuery.asOf(LocalDate.parse(DAY)),
        dev.responsibility.core.model.DivisionLevel.TOWNSHIP).get(0).total().get(Metric.COVERAGE);
    assertThat(row.get("metrics").get("coverage").get("numerator").asLong()).isEqualTo(coverage.numerator()).isEqualTo(203);

    Cli.Result scoped = Cli.run("metrics", "--data", SAMPLE.toString(), "--as-of", DAY, "--scope", township,
        "--format", "csv");
    assertThat(scoped.exitCode()).as(scoped.toString()).isZero();
    assertThat(scoped.out()).contains("coverage," + coverage.numerator() + "," + coverage.denominator() + ",");

    Cli.Result table = Cli.run("metrics", "--data", SAMPLE.toString(), "--as-of", DAY, "--by", "VILLAGE", "--lang", "zh");
    assertThat(table.exitCode()).as(table.toString()).isZero();
    List<String> lines = table.out().lines().filter(l -> l.startsWith(township.substring(0, 9))).toList();
    assertThat(lines).hasSizeGreaterThan(5);
    // The last column is a right-aligned rate: aligned rows end at the same display column.
    assertThat(lines.stream().map(DisplayWidth::of).distinct()).as(table.out()).hasSize(1);
  }

  @Test
  void importIntoADatabaseThenTheDatabaseAnswersAsTheFilesDo() throws IOException {
    String db = "jdbc:h2:" + work.resolve("imported").toAbsolutePath();
    Cli.Result imported = Cli.run("import", SAMPLE.toString(), "--db", db, "--lang", "en");
    assertThat(imported.exitCode()).as(imported.toString()).isZero();
    assertThat(imported.out()).contains("Imported 2,481 records into " + db);

    for (String command : List.of("check", "metrics")) {
      Cli.Result files = Cli.run(command, "--data", SAMPLE.toString(), "--as-of", DAY, "--format", "json", "--lang", "en");
      Cli.Result database = Cli.run(command, "--db", db, "--as-of", DAY, "--format", "json", "--lang", "en");
      assertThat(database.exitCode()).as(database.toString()).isZero();
      assertThat(JSON.readTree(database.out())).as(command).isEqualTo(JSON.readTree(files.out()));
    }
    Cli.Result tasks = Cli.run("tasks", "--db", db, "--as-of", DAY, "--format", "json");
    assertThat(JSON.readTree(tasks.out()).get("tasks")).hasSize(117);
  }

  @Test
  void aFailedImportChangesNothingAndSkippingBadRowsSaysWhatWasSkipped() throws IOException {
    Path broken = BadInput.copyOfSample(work.resolve("broken-import"));
    BadInput.replaceInLine(broken.resolve("businesses.csv"), 5, "2020-10-15", "2021-13-45");
    String db = "jdbc:h2:" + work.resolve("refused").toAbsolutePath();

    Cli.Result refused = Cli.run("import", broken.toString(), "--db", db, "--lang", "en");
    assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(2);
    assertThat(refused.err()).contains("businesses.csv, line 5, column 发证日期: not a date: \"2021-13-45\"");
    JsonNode empty = JSON.readTree(Cli.run("metrics", "--db", db, "--as-of", DAY, "--format", "json").out());
    assertThat(empty.get("metrics").get("coverage").get("denominator").asInt()).as("nothing imported").isZero();

    Cli.Result skipped = Cli.run("import", broken.toString(), "--db", db, "--skip-bad-rows", "--lang", "en");
    assertThat(skipped.exitCode()).as(skipped.toString()).isZero();
    assertThat(skipped.out()).contains("1 rows were skipped:",
        "businesses.csv, line 5, column 发证日期: not a date: \"2021-13-45\"");
    JsonNode loaded = JSON.readTree(Cli.run("metrics", "--db", db, "--as-of", DAY, "--format", "json").out());
    assertThat(loaded.get("metrics").get("coverage").get("denominator").asInt()).isBetween(200, 208);
  }

  @Test
  void tasksPerCadreInEveryFormat() throws IOException {
    Cli.Result json = Cli.run("tasks", "--data", SAMPLE.toString(), "--as-of", "2023-06-26", "--format", "json");
    assertThat(json.exitCode()).as(json.toString()).isZero();
    JsonNode tasks = JSON.readTree(json.out()).get("tasks");
    long expected = library.tasks().owed(LocalDate.parse("2023-06-26"), 2, java.util.Optional.empty()).stream()
        .filter(t -> t.state() != dev.responsibility.core.tasks.TaskState.DONE).count();
    assertThat(tasks).hasSize((int) expected);
    assertThat(tasks.get(0).get("state").asText()).isEqualTo("AT_RISK");
    assertThat(names(tasks.get(0))).containsExactly("state", "relation", "cadre", "business", "done", "required",
        "lastSafeDay", "entryDeadline");

    Cli.Result table = Cli.run("tasks", "--data", SAMPLE.toString(), "--as-of", "2023-06-26", "--lang", "zh");
    assertThat(table.out()).contains("第 2 季度督导任务共列出", "临期", "2023-06-30");
    Cli.Result csv = Cli.run("tasks", "--data", SAMPLE.toString(), "--as-of", DAY, "--all", "--format", "csv");
    assertThat(csv.out()).startsWith("state,cadre,cadre name,business,business name,done/required,last safe day,entry deadline");
    assertThat(csv.out()).contains("DONE,");
  }

  @Test
  void calendarShowsDeadlinesAndWritesAnICalendarFeed() throws IOException {
    Path ics = work.resolve("calendar/deadlines-2024.ics");
    Cli.Result run = Cli.run("calendar", "--year", "2024", "--ical", ics.toString(), "--lang", "zh");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("第 2 季度督导录入截止", "最晚安全工作日");
    String feed = Files.readString(ics);
    assertThat(feed).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
    assertThat(feed.split("BEGIN:VEVENT", -1)).hasSizeGreaterThan(4);
    assertThat(feed.lines()).allMatch(l -> l.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75);

    JsonNode json = JSON.readTree(Cli.run("calendar", "--year", "2023", "--format", "json").out());
    assertThat(json).isNotEmpty();
    for (JsonNode entry : json) {
      assertThat(LocalDate.parse(entry.get("lastSafeDay").asText()))
          .isBeforeOrEqualTo(LocalDate.parse(entry.get("due").asText()));
    }
    Cli.Result csv = Cli.run("calendar", "--year", "2023", "--format", "csv");
    assertThat(csv.out()).startsWith("due,last safe working day,what\r\n");
  }

  @Test
  void reportRendersOfflineInChromiumWithTheNumbersOfMetricsJson() throws IOException {
    Path html = work.resolve("report/township.html");
    Cli.Result run = Cli.run("report", "--data", SAMPLE.toString(), "--as-of", DAY, "--out", html.toString(), "--lang", "zh");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(html.resolveSibling("township-coverage.png")).isRegularFile();

    String dom = dev.responsibility.examples.report.Chromium.dumpDom(html);
    JsonNode metrics = JSON.readTree(Cli.run("metrics", "--data", SAMPLE.toString(), "--as-of", DAY, "--quarter", "2",
        "--format", "json").out()).get("metrics");
    List<dev.responsibility.examples.report.ReportFixtures.Figure> headline =
        dev.responsibility.examples.report.ReportFixtures.figures(dom, "metrics");
    assertThat(headline).hasSize(Metric.values().length);
    for (var figure : headline) {
      JsonNode expected = metrics.get(figure.metric());
      assertThat(figure.value()).as(figure.metric())
          .isEqualTo(new MetricValue(expected.get("numerator").asLong(), expected.get("denominator").asLong()));
    }
    assertThat(dom).contains("<img").contains("data:image/png;base64,");
  }

  @Test
  void exportWritesAWorkbookAndCsvFilesThatReadBackTheSame() throws IOException {
    Path workbook = work.resolve("export/township.xlsx");
    Cli.Result xlsx = Cli.run("export", "--data", SAMPLE.toString(), "--out", workbook.toString(), "--chinese-headers");
    assertThat(xlsx.exitCode()).as(xlsx.toString()).isZero();
    Path folder = work.resolve("export/csv");
    assertThat(Cli.run("export", "--data", workbook.toString(), "--out", folder.toString()).exitCode()).isZero();

    Cli.Result original = Cli.run("check", "--data", SAMPLE.toString(), "--as-of", DAY, "--format", "json");
    Cli.Result fromCsv = Cli.run("check", "--data", folder.toString(), "--as-of", DAY, "--format", "json");
    assertThat(JSON.readTree(fromCsv.out())).isEqualTo(JSON.readTree(original.out()));

    Path reports = work.resolve("export/reports.xlsx");
    Cli.Result tables = Cli.run("export", "--data", SAMPLE.toString(), "--out", reports.toString(), "--as-of", DAY);
    assertThat(tables.exitCode()).as(tables.toString()).isZero();
    try (var book = org.apache.poi.ss.usermodel.WorkbookFactory.create(reports.toFile())) {
      assertThat(book.getSheet("violations").getLastRowNum()).isEqualTo(19);
      assertThat(book.getSheet("metrics")).isNotNull();
      assertThat(book.getSheet("roll_up")).isNotNull();
    }
  }

  @Test
  void exportKeepsTheWorkPlanTheDataSetBrought() throws IOException {
    Path data = BadInput.copyOfSample(work.resolve("with-plan"));
    dev.responsibility.adapters.files.WorkPlanJson.write(
        List.of(dev.responsibility.core.calendar.WorkPlans.seed2023()), data.resolve("workplan.json"));

    Cli.Result run = Cli.run("export", "--data", data.toString(), "--out", work.resolve("with-plan-out").toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(dev.responsibility.adapters.files.WorkPlanJson.read(work.resolve("with-plan-out/workplan.json")))
        .containsExactly(dev.responsibility.core.calendar.WorkPlans.seed2023());
  }

  @Test
  void generateMakesADataSetTheChecksFindCleanOrWithItsFaults() throws IOException {
    Path clean = work.resolve("generated/clean");
    Cli.Result made = Cli.run("generate", "--businesses", "400", "--seed", "11", "--out", clean.toString(), "--lang", "en");
    assertThat(made.exitCode()).as(made.toString()).isZero();
    JsonNode check = JSON.readTree(Cli.run("check", "--data", clean.toString(), "--as-of", "2023-12-31",
        "--format", "json").out());
    assertThat(check.get("violations")).isEmpty();

    Path faulty = work.resolve("generated/faulty.xlsx");
    Cli.Result withFaults = Cli.run("generate", "--businesses", "300", "--seed", "5", "--fault-rate", "0.2",
        "--out", faulty.toString());
    assertThat(withFaults.exitCode()).as(withFaults.toString()).isZero();
    assertThat(JSON.readTree(Cli.run("check", "--data", faulty.toString(), "--as-of", "2023-12-31", "--format", "json")
        .out()).get("violations")).isNotEmpty();
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    Iterator<String> it = node.fieldNames();
    it.forEachRemaining(names::add);
    return names;
  }

  /** Every line has the given text at the same display column: the columns before it line up. */
  static void assertAligned(List<String> lines, String marker) {
    assertThat(lines).hasSizeGreaterThan(1);
    List<Integer> columns = lines.stream().map(l -> DisplayWidth.of(l.substring(0, l.indexOf(marker)))).distinct()
        .toList();
    assertThat(columns).as("display column of '" + marker + "' in\n" + String.join("\n", lines)).hasSize(1);
  }
}

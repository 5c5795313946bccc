package dev.responsibility.examples.report;

import static dev.responsibility.examples.report.ReportFixtures.GENERATED;
import static dev.responsibility.examples.report.ReportFixtures.RESPONSIBILITY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.responsibility.core.Responsibility;
import dev.responsibility.core.dataset.DataSet;
import dev.responsibility.core.metrics.Metric;
import dev.responsibility.core.metrics.MetricQuery;
import dev.responsibility.core.metrics.MetricValue;
import dev.responsibility.core.metrics.MetricsReport;
import dev.responsibility.core.metrics.RollUpRow;
import dev.responsibility.core.model.Business;
import dev.responsibility.core.model.BusinessId;
import dev.responsibility.core.model.BusinessSize;
import dev.responsibility.core.model.Cadre;
import dev.responsibility.core.model.CadreId;
import dev.responsibility.core.model.CadreLevel;
import dev.responsibility.core.model.Category;
import dev.responsibility.core.model.CreditCode;
import dev.responsibility.core.model.Division;
import dev.responsibility.core.model.DivisionCode;
import dev.responsibility.core.model.DivisionLevel;
import dev.responsibility.core.model.Grade;
import dev.responsibility.core.model.GuaranteeRelation;
import dev.responsibility.core.model.LicenseNumber;
import dev.responsibility.core.model.RelationId;
import dev.responsibility.examples.report.ReportFixtures.Figure;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

  private static final LocalDate DAY = LocalDate.of(2023, 8, 15);
  private static final String NASTY = "<b>&\"'";

  @TempDir
  static Path dir;

  private static List<Path> zhFiles;
  private static String zh;
  private static String en;

  @BeforeAll
  static void writeBothLanguages() throws IOException {
    zhFiles = HtmlReport.of(RESPONSIBILITY, DAY, Optional.empty(), Locale.CHINESE).write(dir.resolve("zh/report.html"));
    zh = Files.readString(zhFiles.get(0));
    en = read(HtmlReport.of(RESPONSIBILITY, DAY, Optional.empty(), Locale.ENGLISH).write(dir.resolve("en/report.html")));
  }

  private static String read(List<Path> files) throws IOException {
    return Files.readString(files.get(0), StandardCharsets.UTF_8);
  }

  @Test
  void writesTheHtmlFirstAndAPngPerChartBesideIt() throws IOException {
    Path html = dir.resolve("zh/report.html");
    assertThat(zhFiles).containsExactly(html, html.resolveSibling("report-coverage.png"),
        html.resolveSibling("report-supervision.png"), html.resolveSibling("report-staffing.png"));
    for (Path png : zhFiles.subList(1, zhFiles.size())) {
      BufferedImage image = ImageIO.read(png.toFile());
      assertThat(image).as(png.toString()).isNotNull();
      assertThat(image.getWidth()).isBetween(600, 2000);
      assertThat(image.getHeight()).isBetween(300, 4000);
      assertThat(Files.size(png)).isGreaterThan(5_000);
    }
  }

  @Test
  void embedsEveryChartAsTheSamePng() throws IOException {
    Matcher img = Pattern.compile("<img src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"[^>]*data-file=\"([^\"]+)\"")
        .matcher(zh);
    int charts = 0;
    while (img.find()) {
      byte[] embedded = java.util.Base64.getDecoder().decode(img.group(1));
      assertThat(embedded).isEqualTo(Files.readAllBytes(dir.resolve("zh").resolve(img.group(2))));
      charts++;
    }
    assertThat(charts).isEqualTo(3);
  }

  @Test
  void headlineFiguresAreTheEvaluators() {
    MetricsReport expected = RESPONSIBILITY.metrics().evaluate(MetricQuery.asOf(DAY).withQuarter(3));
    List<Figure> headline = ReportFixtures.figures(zh, "metrics");

    assertThat(headline).extracting(Figure::metric).startsWith("coverage", "staffing", "data-collection", "supervision-completion")
        .containsExactlyInAnyOrder(Arrays.stream(Metric.values()).map(Metric::key).toArray(String[]::new));
    for (Figure f : headline) {
      MetricValue value = expected.value(Metric.ofKey(f.metric()).orElseThrow()).orElseThrow();
      assertThat(f.value()).as(f.metric()).isEqualTo(value);
      assertThat(f.get("data-scope")).isEqualTo("TOTAL");
      assertThat(f.rate()).isEqualTo(value.rate().isPresent() ? value.rate().getAsDouble() : null);
      assertThat(f.text()).isEqualTo(HtmlReport.percent(value));
    }
    assertThat(zh).contains("data-metric=\"supervision-completion\" data-scope=\"TOTAL\" data-quarter=\"3\"");
  }

  @Test
  void townshipRowsAreTheRollUp() {
    List<RollUpRow> rows = RESPONSIBILITY.metrics().rollUp(MetricQuery.asOf(DAY), DivisionLevel.TOWNSHIP);
    List<Figure> townships = ReportFixtures.figures(en, "coverage");

    assertThat(townships).hasSameSizeAs(rows);
    for (int i = 0; i < rows.size(); i++) {
      String code = rows.get(i).division().value();
      assertThat(townships.get(i).get("data-division")).isEqualTo(code);
      assertThat(townships.get(i).get("data-scope")).isEqualTo(code);
      assertThat(townships.get(i).value()).isEqualTo(rows.get(i).total().get(Metric.COVERAGE));
      assertThat(en).contains("<tr data-division=\"" + code + "\">");
    }
  }

  @Test
  void quarterAndCategoryRowsCarryTheirKeys() {
    assertThat(ReportFixtures.figures(zh, "supervision")).extracting(f -> f.get("data-quarter"))
        .containsExactly("1", "2", "3");
    List<Figure> categories = ReportFixtures.figures(zh, "staffing");
    assertThat(categories).hasSize(Category.values().length * ReportFigures.STAFFING_METRICS.size());
    for (Metric metric : ReportFigures.STAFFING_METRICS) {
      long denominators = categories.stream().filter(f -> f.metric().equals(metric.key()))
          .mapToLong(f -> f.value().denominator()).sum();
      assertThat(denominators).isEqualTo(RESPONSIBILITY.metrics().evaluate(MetricQuery.asOf(DAY)).value(metric)
          .orElseThrow().denominator());
    }
    assertThat(zh).contains("<tr data-category=\"CATERER\"");
  }

  @Test
  void speaksChineseOrEnglish() {
    assertThat(zh).contains("<html lang=\"zh-CN\">", "<meta charset=\"utf-8\">", "在产在营获证主体包保覆盖率",
        "各乡镇包保覆盖率", "餐饮服务企业", "第3季度");
    assertThat(en).contains("<html lang=\"en\">", "<meta charset=\"utf-8\">", "Coverage by township",
        "Supervision completion by quarter", "Caterer", "Q3")
        .doesNotContain("在产在营获证主体包保覆盖率", "餐饮服务企业");
    for (Metric metric : Metric.values()) {
      assertThat(zh).contains(metric.chineseName());
    }
  }

  @Test
  void loadsNothingFromOutside() {
    for (String page : List.of(zh, en)) {
      Matcher reference = Pattern.compile("\\b(?:src|href)=\"([^\"]*)\"").matcher(page);
      while (reference.find()) {
        assertThat(reference.group(1)).startsWith("data:");
      }
      assertThat(page).doesNotContain("http://", "https://", "url(", "<link", "@import");
    }
  }

  @Test
  void escapesNamesFromTheDataAndShowsAnUndefinedRateAsADash() throws IOException {
    DivisionCode code = DivisionCode.of("430102001000");
    DataSet dataSet = DataSet.builder()
        .add(Division.builder().code(code).name(NASTY).level(DivisionLevel.TOWNSHIP).build())
        .add(Business.builder().id(BusinessId.of("B001")).name(NASTY)
            .creditCode(CreditCode.of("91330100799655058B")).licenseNumber(LicenseNumber.of("JY14301020000001"))
            .licenseIssued(LocalDate.of(2021, 3, 1)).category(Category.CATERER).size(BusinessSize.SMALL)
            .grade(Grade.C).division(code).build())
        .add(Cadre.builder().id(CadreId.of("C01")).name(NASTY).level(CadreLevel.TOWNSHIP).division(code)
            .activeFrom(LocalDate.of(2023, 1, 1)).build())
        .add(GuaranteeRelation.builder().id(RelationId.of("R01")).cadre(CadreId.of("C01"))
            .business(BusinessId.of("B001")).validFrom(LocalDate.of(2023, 1, 1)).build())
        .build();

    String html = read(HtmlReport.of(Responsibility.of(dataSet), DAY, Optional.of(code), Locale.CHINESE)
        .write(dir.resolve("nasty/report.html")));

    assertThat(html).doesNotContain(NASTY, "<b>").contains("&lt;b&gt;&amp;&quot;&#39;");
    Figure problems = ReportFixtures.figures(html, "metrics").stream()
        .filter(f -> f.metric().equals("problem-disposal")).findFirst().orElseThrow();
    assertThat(problems.value()).isEqualTo(MetricValue.ZERO);
    assertThat(problems.get("data-rate")).isEmpty();
    assertThat(problems.text()).isEqualTo("—");
    Figure coverage = ReportFixtures.figures(html, "coverage").get(0);
    assertThat(coverage.value()).isEqualTo(new MetricValue(1, 1));
    assertThat(coverage.get("data-rate")).isEqualTo("1.0");
  }

  @Test
  void theGeneratedSetHasSeveralTownships() {
    // With a single township the tests of the township rows would prove little.
    assertThat(GENERATED.dataSet().divisions()).filteredOn(d -> d.level() == DivisionLevel.TOWNSHIP).hasSizeGreaterThan(1);
  }
}

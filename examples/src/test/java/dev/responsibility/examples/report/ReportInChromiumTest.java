package dev.responsibility.examples.report;

import static dev.responsibility.examples.report.ReportFixtures.RESPONSIBILITY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.responsibility.core.metrics.Metric;
import dev.responsibility.core.metrics.MetricQuery;
import dev.responsibility.core.metrics.MetricsReport;
import dev.responsibility.core.metrics.RollUpRow;
import dev.responsibility.core.model.DivisionLevel;
import dev.responsibility.examples.report.ReportFixtures.Figure;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report as a browser renders it: the page a reader sees holds the evaluator's numbers and loads nothing. */
class ReportInChromiumTest {

  private static final LocalDate DAY = LocalDate.of(2023, 8, 15);

  @TempDir
  static Path dir;

  private static Path html;
  private static String dom;

  @BeforeAll
  static void render() throws IOException {
    Chromium.require();
    html = HtmlReport.of(RESPONSIBILITY, DAY, Optional.empty(), Locale.CHINESE).write(dir.resolve("report.html")).get(0);
    dom = Chromium.dumpDom(html);
  }

  @Test
  void rendersThePageInChinese() {
    Matcher title = Pattern.compile("<title>([^<]+)</title>").matcher(dom);
    assertThat(title.find()).as("a title in the rendered DOM").isTrue();
    assertThat(title.group(1)).contains("两个责任", "2023-08-15");
    // Mojibake here would mean the browser did not read the page as UTF-8.
    assertThat(dom).contains("<html lang=\"zh-CN\">", "在产在营获证主体包保覆盖率", "各乡镇包保覆盖率");
  }

  @Test
  void showsEveryChartAsAnImageWithContent() throws IOException {
    Matcher img = Pattern.compile("<img src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"[^>]*>").matcher(dom);
    int charts = 0;
    while (img.find()) {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(img.group(1))));
      assertThat(image).isNotNull();
      assertThat(image.getWidth() * image.getHeight()).isPositive();
      charts++;
    }
    assertThat(charts).isEqualTo(3);
  }

  @Test
  void headlineFiguresAreTheEvaluators() {
    MetricsReport expected = RESPONSIBILITY.metrics().evaluate(MetricQuery.asOf(DAY).withQuarter(3));
    List<Figure> headline = ReportFixtures.figures(dom, "metrics");

    assertThat(headline).hasSize(Metric.values().length);
    for (Figure f : headline) {
      Metric metric = Metric.ofKey(f.metric()).orElseThrow();
      assertThat(f.value()).as(f.metric()).isEqualTo(expected.value(metric).orElseThrow());
      assertThat(f.text()).isEqualTo(HtmlReport.percent(f.value()));
    }
  }

  @Test
  void townshipRowsAreTheRollUp() {
    List<RollUpRow> rows = RESPONSIBILITY.metrics().rollUp(MetricQuery.asOf(DAY), DivisionLevel.TOWNSHIP);
    List<Figure> townships = ReportFixtures.figures(dom, "coverage");

    assertThat(townships).extracting(f -> f.get("data-division"))
        .containsExactlyElementsOf(rows.stream().map(r -> r.division().value()).toList());
    for (int i = 0; i < rows.size(); i++) {
      assertThat(townships.get(i).value()).isEqualTo(rows.get(i).total().get(Metric.COVERAGE));
    }
  }

  @Test
  void referencesNothingOutsideThePage() throws IOException {
    String page = Files.readString(html);
    Matcher reference = Pattern.compile("\\b(?:src|href)\\s*=\\s*[\"']?([^\"'\\s>]*)").matcher(page);
    while (reference.find()) {
      assertThat(reference.group(1)).startsWith("data:");
    }
    assertThat(page).doesNotContain("http://", "https://");
  }
}

package dev.responsibility.examples.report;

import dev.responsibility.core.Responsibility;
import dev.responsibility.core.metrics.Metric;
import dev.responsibility.core.metrics.MetricValue;
import dev.responsibility.core.model.DivisionCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The analyst's report (两个责任工作报告) of one scope on one day, as one self-contained HTML file
 * in Chinese or English: every metric (the four headline rates first), coverage by township,
 * supervision completion by quarter up to the day's, and director and officer staffing by
 * category. The charts are PNG images, embedded in the page as {@code data:} URIs and written
 * beside it; the page loads nothing from anywhere else, so it can be mailed or opened offline.
 *
 * <p>Every figure is a {@code <td>} that machines can read: {@code data-metric} (the metric's
 * key), {@code data-scope} ({@code TOTAL} for the report's whole scope, else the division code of
 * the row), {@code data-numerator}, {@code data-denominator} and {@code data-rate} (the quotient
 * as Java prints a double, empty when the denominator is 0). Township rows carry {@code
 * data-division}, quarter rows {@code data-quarter}, category rows {@code data-category} (the
 * {@code Category} constant), on the row and on each figure of it.
 *
 * <p>The numbers are computed once, by {@link #of}; immutable and thread-safe.
 */
public final class HtmlReport {

  private final ReportFigures figures;
  private final Labels labels;

  private HtmlReport(ReportFigures figures, Labels labels) {
    this.figures = figures;
    this.labels = labels;
  }

  /**
   * Computes the report's numbers from the responsibility's metrics evaluator.
   *
   * @param responsibility the data set, policy and evaluator, not null
   * @param asOf the day the metrics are asked of; supervision completion is that of the quarter containing it, not null
   * @param scope a division of the data set, or empty for the whole data set, not null
   * @param locale {@link Locale#CHINESE} (any Chinese locale) for Chinese, anything else for English, not null
   * @return the report, ready to write
   * @throws dev.responsibility.core.model.UnknownScopeException if the scope is not a division of the data set
   * @throws IllegalStateException if the staffing split by category does not add up to the evaluator's figures
   */
  public static HtmlReport of(Responsibility responsibility, LocalDate asOf, Optional<DivisionCode> scope, Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return new HtmlReport(ReportFigures.compute(responsibility, asOf, scope), Labels.of(locale));
  }

  /**
   * Writes the HTML file and, beside it, its charts as PNG files named after it: {@code
   * report-coverage.png}, {@code report-supervision.png} and {@code report-staffing.png} for
   * {@code report.html}. Missing parent directories are created; existing files are replaced.
   *
   * @param htmlFile where the page goes, not null
   * @return every file written, the HTML file first
   * @throws IOException if a directory or file cannot be written
   */
  public List<Path> write(Path htmlFile) throws IOException {
    Objects.requireNonNull(htmlFile, "htmlFile");
    Path dir = htmlFile.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    String stem = stem(htmlFile.getFileName().toString());
    List<Charts.Png> charts = Charts.draw(figures, labels);
    List<Path> written = new ArrayList<>();
    written.add(htmlFile);
    List<String> names = new ArrayList<>();
    for (Charts.Png chart : charts) {
      String name = stem + "-" + chart.name() + ".png";
      Files.write(dir.resolve(name), chart.png());
      written.add(htmlFile.resolveSibling(name));
      names.add(name);
    }
    Files.writeString(htmlFile, html(charts, names), StandardCharsets.UTF_8);
    return List.copyOf(written);
  }

  private static String stem(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }

  /** The page, with each chart embedded and named by the file written beside it. */
  String html(List<Charts.Png> charts, List<String> fileNames) {
    StringBuilder out = new StringBuilder(64 * 1024);
    String scope = figures.scopeName().map(name -> name + " (" + figures.scope().orElseThrow().value() + ")")
        .orElse(labels.wholeDataSet());
    out.append("<!DOCTYPE html>\n<html lang=\"").append(labels.htmlLang()).append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(esc(labels.title() + " — " + scope + " — " + figures.asOf())).append("</title>\n")
        .append("<style>\n").append(CSS).append("</style>\n</head>\n")
        .append("<body data-as-of=\"").append(figures.asOf()).append("\" data-report-scope=\"")
        .append(esc(figures.scope().map(DivisionCode::value).orElse("TOTAL"))).append("\">\n")
        .append("<header>\n<h1>").append(esc(labels.title())).append("</h1>\n<p class=\"scope\">")
        .append(esc(labels.scopeLine(scope, figures.asOf(), figures.quarter()))).append("</p>\n</header>\n<main>\n");
    headline(out);
    townships(out, charts.get(0), fileNames.get(0));
    quarters(out, charts.get(1), fileNames.get(1));
    categories(out, charts.get(2), fileNames.get(2));
    out.append("</main>\n<footer><p>").append(esc(labels.generatedBy())).append("</p></footer>\n</body>\n</html>\n");
    return out.toString();
  }

  private void headline(StringBuilder out) {
    out.append("<section id=\"metrics\">\n<h2>").append(esc(labels.headlineHeading())).append("</h2>\n")
        .append("<table class=\"metrics\">\n<thead><tr><th scope=\"col\">").append(esc(labels.metric()))
        .append("</th><th scope=\"col\" class=\"num\">").append(esc(labels.numerator()))
        .append("</th><th scope=\"col\" class=\"num\">").append(esc(labels.denominator()))
        .append("</th><th scope=\"col\" class=\"num\">").append(esc(labels.rate())).append("</th></tr></thead>\n<tbody>\n");
    for (Metric metric : figures.metricsInOrder()) {
      MetricValue value = figures.headline(metric);
      boolean headline = ReportFigures.HEADLINE.contains(metric);
      String name = labels.name(metric) + (metric.isQuarterly() ? "（" + labels.quarterName(figures.quarter()) + "）" : "");
      out.append("<tr class=\"").append(headline ? "headline" : "secondary").append("\"><th scope=\"row\">")
          .append(esc(name)).append(" <code>").append(esc(metric.key())).append("</code></th>")
          .append("<td class=\"num\">").append(value.numerator()).append("</td>")
          .append("<td class=\"num\">").append(value.denominator()).append("</td>");
      figure(out, metric, "TOTAL", metric.isQuarterly() ? " data-quarter=\"" + figures.quarter() + "\"" : "", value);
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n<p class=\"note\">").append(esc(labels.headlineNote(figures.quarter())))
        .append("</p>\n</section>\n");
  }

  private void townships(StringBuilder out, Charts.Png chart, String fileName) {
    out.append("<section id=\"coverage\">\n<h2>").append(esc(labels.coverageHeading())).append("</h2>\n");
    if (figures.townships().isEmpty()) {
      out.append("<p class=\"note\">").append(esc(labels.noTownships())).append("</p>\n");
    } else {
      out.append("<table class=\"townships\">\n<thead><tr><th scope=\"col\">").append(esc(labels.divisionCode()))
          .append("</th><th scope=\"col\">").append(esc(labels.township()))
          .append("</th><th scope=\"col\" class=\"num\">").append(esc(labels.coveredOf()))
          .append("</th><th scope=\"col\" class=\"num\">").append(esc(labels.rate())).append("</th></tr></thead>\n<tbody>\n");
      for (ReportFigures.Township t : figures.townships()) {
        String code = esc(t.division().value());
        out.append("<tr data-division=\"").append(code).append("\"><td><code>").append(code).append("</code></td><td>")
            .append(esc(t.name())).append("</td><td class=\"num\">").append(t.coverage().numerator()).append(" / ")
            .append(t.coverage().denominator()).append("</td>");
        figure(out, Metric.COVERAGE, t.division().value(), " data-division=\"" + code + "\"", t.coverage());
        out.append("</tr>\n");
      }
      out.append("</tbody>\n</table>\n");
      long outside = figures.coverageOutsideTownships().denominator();
      if (outside > 0) {
        out.append("<p class=\"note\">").append(esc(labels.outsideTownships(outside))).append("</p>\n");
      }
    }
    image(out, chart, fileName, labels.coverageHeading());
    out.append("</section>\n");
  }

  private void quarters(StringBuilder out, Charts.Png chart, String fileName) {
    out.append("<section id=\"supervision\">\n<h2>").append(esc(labels.supervisionHeading())).append("</h2>\n")
        .append("<table class=\"quarters\">\n<thead><tr><th scope=\"col\">").append(esc(labels.quarter()))
        .append("</th><th scope=\"col\" class=\"num\">").append(esc(labels.doneOf()))
        .append("</th><th scope=\"col\" class=\"num\">").append(esc(labels.rate())).append("</th></tr></thead>\n<tbody>\n");
    for (ReportFigures.Quarter q : figures.quarters()) {
      String attribute = " data-quarter=\"" + q.quarter() + "\"";
      out.append("<tr").append(attribute).append("><th scope=\"row\">").append(esc(labels.quarterName(q.quarter())))
          .append("</th><td class=\"num\">").append(q.completion().numerator()).append(" / ")
          .append(q.completion().denominator()).append("</td>");
      figure(out, Metric.SUPERVISION_COMPLETION, "TOTAL", attribute, q.completion());
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n");
    image(out, chart, fileName, labels.supervisionHeading());
    out.append("</section>\n");
  }

  private void categories(StringBuilder out, Charts.Png chart, String fileName) {
    out.append("<section id=\"staffing\">\n<h2>").append(esc(labels.staffingHeading())).append("</h2>\n")
        .append("<table class=\"categories\">\n<thead>\n<tr><th scope=\"col\" rowspan=\"2\">").append(esc(labels.category()))
        .append("</th><th scope=\"col\" rowspan=\"2\" class=\"num\">").append(esc(labels.mandatory())).append("</th>");
    for (Metric m : ReportFigures.STAFFING_METRICS) {
      out.append("<th scope=\"colgroup\" colspan=\"2\">").append(esc(labels.shortName(m))).append("</th>");
    }
    out.append("</tr>\n<tr>");
    for (int i = 0; i < ReportFigures.STAFFING_METRICS.size(); i++) {
      out.append("<th scope=\"col\" class=\"num\">").append(esc(labels.staffed()))
          .append("</th><th scope=\"col\" class=\"num\">").append(esc(labels.rate())).append("</th>");
    }
    out.append("</tr>\n</thead>\n<tbody>\n");
    for (ReportFigures.CategoryStaffing c : figures.categories()) {
      String attribute = " data-category=\"" + c.category().name() + "\"";
      out.append("<tr").append(attribute).append(c.mandatory() == 0 ? " class=\"empty\"" : "").append("><th scope=\"row\">")
          .append(esc(labels.name(c.category()))).append("</th><td class=\"num\">").append(c.mandatory()).append("</td>");
      for (Metric m : ReportFigures.STAFFING_METRICS) {
        MetricValue value = c.values().get(m);
        out.append("<td class=\"num\">").append(value.numerator()).append("</td>");
        figure(out, m, "TOTAL", attribute, value);
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n<p class=\"note\">").append(esc(labels.staffingNote())).append("</p>\n");
    image(out, chart, fileName, labels.staffingHeading());
    out.append("</section>\n");
  }

  /** A figure: the rate as people read it, and everything a program needs in attributes. */
  private static void figure(StringBuilder out, Metric metric, String scope, String rowAttribute, MetricValue value) {
    out.append("<td class=\"num rate\" data-metric=\"").append(esc(metric.key())).append("\" data-scope=\"")
        .append(esc(scope)).append('"').append(rowAttribute)
        .append(" data-numerator=\"").append(value.numerator())
        .append("\" data-denominator=\"").append(value.denominator())
        .append("\" data-rate=\"").append(value.rate().isPresent() ? Double.toString(value.rate().getAsDouble()) : "")
        .append("\">").append(percent(value)).append("</td>");
  }

  /** @return the rate to one decimal, or a dash when undefined: 0/0 is neither 0% nor 100% */
  static String percent(MetricValue value) {
    return value.rate().isPresent() ? String.format(Locale.ROOT, "%.1f%%", value.rate().getAsDouble() * 100) : "—";
  }

  private static void image(StringBuilder out, Charts.Png chart, String fileName, String heading) {
    out.append("<figure><img src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(chart.png()))
        .append("\" width=\"").append(chart.width()).append("\" height=\"").append(chart.height())
        .append("\" alt=\"").append(esc(heading)).append("\" data-file=\"").append(esc(fileName)).append("\"></figure>\n");
  }

  private static String esc(String text) {
    return Html.escape(text);
  }

  /** Only fonts installed on the reader's machine: a web font would have to be fetched. */
  private static final String CSS = """
      :root { color-scheme: light; }
      body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif;
             margin: 0 auto; max-width: 960px; padding: 1.5rem; color: #1d2733; line-height: 1.5; }
      h1 { font-size: 1.6rem; margin-bottom: 0.25rem; }
      h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 2px solid #1f5fa8; padding-bottom: 0.25rem; }
      .scope, .note, footer { color: #5a6673; font-size: 0.9rem; }
      table { border-collapse: collapse; width: 100%; margin: 0.75rem 0; font-size: 0.95rem; }
      th, td { border-bottom: 1px solid #dde3ea; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
      thead th { background: #f2f5f8; }
      .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
      tr.headline th, tr.headline .rate { font-weight: bold; }
      tr.headline { background: #f7fafd; }
      tr.empty { color: #9aa4ae; }
      code { font-size: 0.8rem; color: #5a6673; font-weight: normal; }
      figure { margin: 1rem 0; }
      img { max-width: 100%; height: auto; border: 1px solid #dde3ea; }
      @media print { body { max-width: none; } section { break-inside: avoid; } }
      """;
}

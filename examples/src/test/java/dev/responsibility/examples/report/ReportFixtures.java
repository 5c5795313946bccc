package dev.responsibility.examples.report;

import dev.responsibility.core.Responsibility;
import dev.responsibility.core.metrics.MetricValue;
import dev.responsibility.testkit.DataSetGenerator;
import dev.responsibility.testkit.GeneratedDataSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The data the report tests share, and a reader for the figures of a rendered page. */
public final class ReportFixtures {

  /** Generated once: three hundred businesses, a tenth of them with a fault, so no rate is trivially 100%. */
  static final GeneratedDataSet GENERATED =
      DataSetGenerator.builder().seed(7).businesses(300).faultRate(0.1).build().generate();

  static final Responsibility RESPONSIBILITY = Responsibility.of(GENERATED.dataSet());

  private static final Pattern SECTION = Pattern.compile("<section id=\"([a-z]+)\">(.*?)</section>", Pattern.DOTALL);
  private static final Pattern FIGURE = Pattern.compile("<td\\b([^>]*\\bdata-metric=\"[^\"]*\"[^>]*)>([^<]*)</td>");
  private static final Pattern ATTRIBUTE = Pattern.compile("([a-z-]+)=\"([^\"]*)\"");

  private ReportFixtures() {}

  /**
   * A figure as the page shows it.
   *
   * @param section the id of the section it is in
   * @param attributes its attributes
   * @param text what a reader sees
   */
  public record Figure(String section, Map<String, String> attributes, String text) {
    public String metric() {
      return attributes.get("data-metric");
    }

    public String get(String attribute) {
      return attributes.get(attribute);
    }

    public MetricValue value() {
      return new MetricValue(Long.parseLong(get("data-numerator")), Long.parseLong(get("data-denominator")));
    }

    /** @return the rate attribute, null when empty (undefined) */
    public Double rate() {
      String rate = get("data-rate");
      return rate.isEmpty() ? null : Double.valueOf(rate);
    }
  }

  /** @return every figure of the page (written by us or dumped by a browser), in page order */
  public static List<Figure> figures(String html) {
    List<Figure> figures = new ArrayList<>();
    Matcher section = SECTION.matcher(html);
    while (section.find()) {
      Matcher figure = FIGURE.matcher(section.group(2));
      while (figure.find()) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher a = ATTRIBUTE.matcher(figure.group(1));
        while (a.find()) {
          attributes.put(a.group(1), a.group(2));
        }
        figures.add(new Figure(section.group(1), attributes, figure.group(2)));
      }
    }
    return figures;
  }

  /** @return the figures of one section */
  public static List<Figure> figures(String html, String section) {
    return figures(html).stream().filter(f -> f.section().equals(section)).toList();
  }
}

package dev.responsibility.examples.report;

import dev.responsibility.core.metrics.Metric;
import dev.responsibility.core.metrics.MetricValue;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The report's charts as PNG images, drawn with JFreeChart. Every chart is drawn in one font
 * family that displays all its text; when no installed family can display the Chinese labels,
 * the charts fall back to English labels and division codes rather than draw empty boxes.
 */
final class Charts {

  static {
    // The report is drawn on servers and in CI, where there is no display; set before AWT loads.
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  /** More bars than this make a chart no one can read; the table keeps every township. */
  static final int MAX_TOWNSHIP_BARS = 100;

  private static final int WIDTH = 900;
  private static final Color[] SERIES = {new Color(0x1f5fa8), new Color(0x4a9a5b), new Color(0xd08a2c)};
  private static final AtomicBoolean WARNED = new AtomicBoolean();

  /**
   * One chart, drawn.
   *
   * @param name the chart's part of the file name, such as {@code coverage}
   * @param title the title drawn on it, also the image's alternative text
   * @param png the image
   * @param width its width in pixels
   * @param height its height in pixels
   */
  record Png(String name, String title, byte[] png, int width, int height) {}

  /** A category of a chart's axis: shown by its text, told apart by its key (two townships may share a name). */
  private record Key(String key, String text) implements Comparable<Key> {
    @Override
    public int compareTo(Key o) {
      return key.compareTo(o.key);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.key.equals(key);
    }

    @Override
    public int hashCode() {
      return key.hashCode();
    }

    @Override
    public String toString() {
      return text;
    }
  }

  private final ReportFigures figures;
  private final Labels labels;
  private final boolean namesAsCodes;
  private final String family;

  private Charts(ReportFigures figures, Labels labels, boolean namesAsCodes, String family) {
    this.figures = figures;
    this.labels = labels;
    this.namesAsCodes = namesAsCodes;
    this.family = family;
  }

  /**
   * Draws the coverage, supervision and staffing charts.
   *
   * @param figures the numbers, not null
   * @param labels the language asked for, not null
   * @return the charts, in that order
   */
  static List<Png> draw(ReportFigures figures, Labels labels) {
    Drawn drawn = draw(figures, labels, ChartFont::forText);
    if (drawn.inEnglishForWantOfFont() && WARNED.compareAndSet(false, true)) {
      System.err.println("report: no installed font displays the Chinese labels of the charts (install fonts-noto-cjk);"
          + " the PNG charts use English labels and division codes instead");
    }
    return drawn.charts();
  }

  /**
   * @param charts the charts
   * @param inEnglishForWantOfFont whether no font displayed the labels asked for, so English and codes were drawn
   */
  record Drawn(List<Png> charts, boolean inEnglishForWantOfFont) {}

  /**
   * @param fonts the family that displays a text, if any: {@link ChartFont#forText} but for tests
   */
  static Drawn draw(ReportFigures figures, Labels labels, Function<String, Optional<String>> fonts) {
    Charts asked = new Charts(figures, labels, false, "");
    Optional<String> family = fonts.apply(asked.allText());
    if (family.isPresent()) {
      return new Drawn(new Charts(figures, labels, false, family.get()).drawAll(), false);
    }
    Charts plain = new Charts(figures, Labels.EN, true, "");
    // Codes and English are plain ASCII, which every family displays; the logical font is the last resort.
    String fallback = fonts.apply(plain.allText()).orElse(Font.SANS_SERIF);
    return new Drawn(new Charts(figures, Labels.EN, true, fallback).drawAll(), true);
  }

  private List<Png> drawAll() {
    return List.of(coverage(), supervision(), staffing());
  }

  /** Every string any chart draws, so one font can be chosen for all of them. */
  private String allText() {
    StringBuilder text = new StringBuilder();
    for (String s : List.of(coverageTitle(), labels.supervisionHeading(), labels.staffingHeading(), labels.rateAxis(),
        labels.noData(), labels.township(), labels.quarter(), labels.category(), "0123456789.%")) {
      text.append(s);
    }
    figures.townships().forEach(t -> text.append(townshipLabel(t)));
    figures.quarters().forEach(q -> text.append(labels.quarterName(q.quarter())));
    figures.categories().forEach(c -> text.append(labels.name(c.category())));
    List.of(Metric.COVERAGE, Metric.SUPERVISION_COMPLETION).forEach(m -> text.append(labels.shortName(m)));
    ReportFigures.STAFFING_METRICS.forEach(m -> text.append(labels.shortName(m)));
    return text.toString();
  }

  private String townshipLabel(ReportFigures.Township t) {
    return namesAsCodes ? t.division().value() : t.name();
  }

  private String coverageTitle() {
    return labels.coverageHeading();
  }

  private Png coverage() {
    List<ReportFigures.Township> shown = figures.townships();
    String title = coverageTitle();
    if (shown.size() > MAX_TOWNSHIP_BARS) {
      // Those needing attention are the ones to keep: the lowest rates, then in code order.
      shown = shown.stream()
          .sorted(Comparator.comparingDouble((ReportFigures.Township t) -> t.coverage().rate().orElse(2))
              .thenComparing(t -> t.division().value()))
          .limit(MAX_TOWNSHIP_BARS)
          .sorted(Comparator.comparing(t -> t.division().value()))
          .collect(Collectors.toList());
    }
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (ReportFigures.Township t : shown) {
      data.addValue(percent(t.coverage()), labels.shortName(Metric.COVERAGE), new Key(t.division().value(), townshipLabel(t)));
    }
    int height = Math.max(320, 110 + 24 * shown.size());
    JFreeChart chart = bars(title, labels.township(), data, PlotOrientation.HORIZONTAL, false);
    if (shown.size() < figures.townships().size()) {
      chart.addSubtitle(new TextTitle(shown.size() + " / " + figures.townships().size(), new Font(family, Font.PLAIN, 12)));
    }
    return png("coverage", title, chart, WIDTH, height);
  }

  private Png supervision() {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (ReportFigures.Quarter q : figures.quarters()) {
      data.addValue(percent(q.completion()), labels.shortName(Metric.SUPERVISION_COMPLETION),
          new Key(String.valueOf(q.quarter()), labels.quarterName(q.quarter())));
    }
    JFreeChart chart = bars(labels.supervisionHeading(), labels.quarter(), data, PlotOrientation.VERTICAL, false);
    return png("supervision", labels.supervisionHeading(), chart, WIDTH, 400);
  }

  private Png staffing() {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    List<ReportFigures.CategoryStaffing> shown = new ArrayList<>();
    for (ReportFigures.CategoryStaffing c : figures.categories()) {
      if (c.mandatory() > 0) {
        shown.add(c);
      }
    }
    for (ReportFigures.CategoryStaffing c : shown) {
      Key key = new Key(String.format("%02d", c.category().ordinal()), labels.name(c.category()));
      for (Metric m : ReportFigures.STAFFING_METRICS) {
        data.addValue(percent(c.values().get(m)), labels.shortName(m), key);
      }
    }
    int height = Math.max(360, 140 + 54 * shown.size());
    JFreeChart chart = bars(labels.staffingHeading(), labels.category(), data, PlotOrientation.HORIZONTAL, true);
    return png("staffing", labels.staffingHeading(), chart, WIDTH, height);
  }

  /** A rate in percent; null (no bar) when it is undefined, so that 0/0 never looks like 0% or 100%. */
  private static Double percent(MetricValue value) {
    return value.rate().isPresent() ? value.rate().getAsDouble() * 100 : null;
  }

  private JFreeChart bars(String title, String categoryLabel, DefaultCategoryDataset data, PlotOrientation orientation,
      boolean legend) {
    CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(categoryLabel), new NumberAxis(labels.rateAxis()),
        new BarRenderer());
    plot.setOrientation(orientation);
    // Rates read left to right (or upwards) from 0 whatever the orientation.
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    NumberAxis rate = (NumberAxis) plot.getRangeAxis();
    // Room past 100% for the label of a full bar.
    rate.setRange(0, orientation == PlotOrientation.HORIZONTAL ? 112 : 108);
    rate.setTickUnit(new NumberTickUnit(20));
    plot.setNoDataMessage(labels.noData());
    JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, legend);
    theme().apply(chart);
    plot.setNoDataMessageFont(new Font(family, Font.PLAIN, 14));
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xcccccc));
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    for (int s = 0; s < SERIES.length; s++) {
      renderer.setSeriesPaint(s, SERIES[s]);
    }
    renderer.setMaximumBarWidth(0.12);
    renderer.setItemMargin(0.05);
    renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new DecimalFormat("0.0'%'")));
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(new Font(family, Font.PLAIN, 11));
    renderer.setDefaultPositiveItemLabelPosition(orientation == PlotOrientation.HORIZONTAL
        ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT)
        : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
    return chart;
  }

  private StandardChartTheme theme() {
    StandardChartTheme theme = new StandardChartTheme("report");
    theme.setExtraLargeFont(new Font(family, Font.BOLD, 18));
    theme.setLargeFont(new Font(family, Font.BOLD, 14));
    theme.setRegularFont(new Font(family, Font.PLAIN, 12));
    theme.setSmallFont(new Font(family, Font.PLAIN, 10));
    theme.setBarPainter(new StandardBarPainter());
    theme.setShadowVisible(false);
    theme.setChartBackgroundPaint(Color.WHITE);
    return theme;
  }

  private static Png png(String name, String title, JFreeChart chart, int width, int height) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ChartUtils.writeChartAsPNG(out, chart, width, height);
    } catch (IOException e) {
      // Only the stream could fail, and a byte array stream does not.
      throw new UncheckedIOException(e);
    }
    return new Png(name, title, out.toByteArray(), width, height);
  }
}

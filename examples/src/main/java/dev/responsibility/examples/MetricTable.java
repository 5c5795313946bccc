package dev.responsibility.examples;

import dev.responsibility.core.metrics.Metric;
import dev.responsibility.core.metrics.MetricValue;
import dev.responsibility.core.metrics.MetricsReport;
import dev.responsibility.core.metrics.RollUpRow;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A plain-text table of metrics (指标): a column per metric, a row per division of a roll-up and a
 * last row for the whole query. Each cell is {@code numerator/denominator (rate)}, the rate
 * {@code —} when nothing is counted, so that an analyst sees both the rate and what it is made of.
 */
final class MetricTable {

  private static final int MIN_WIDTH = 16;

  private MetricTable() {}

  /**
   * @param total the metrics of the whole query, not null
   * @param rows the roll-up rows, in the order to print, not null
   * @return the table, one line per row, with a header line; the rows' totals are shown
   */
  static String of(MetricsReport total, List<RollUpRow> rows) {
    List<Metric> metrics = List.copyOf(total.values().keySet());
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-14s", "division"));
    metrics.forEach(m -> out.append(pad(m.key(), m)));
    out.append("name\n");
    rows.forEach(r -> line(out, r.division().value(), r.total(), metrics).append(r.name()).append('\n'));
    line(out, "total", total.values(), metrics).append('\n');
    // The last column is padded like the others; trailing blanks only get in the way of a diff.
    return out.toString().lines().map(String::stripTrailing).collect(Collectors.joining("\n", "", "\n"));
  }

  private static StringBuilder line(StringBuilder out, String label, Map<Metric, MetricValue> values,
      List<Metric> metrics) {
    out.append(String.format(Locale.ROOT, "%-14s", label));
    metrics.forEach(m -> out.append(pad(cell(values.getOrDefault(m, MetricValue.ZERO)), m)));
    return out;
  }

  /**
   * @param value a metric value, not null
   * @return {@code 1/2 (50.0%)}, or {@code 0/0 (—)} when the rate is undefined
   */
  static String cell(MetricValue value) {
    String rate = value.rate().isPresent()
        ? String.format(Locale.ROOT, "%.1f%%", value.rate().getAsDouble() * 100) : "—";
    return value + " (" + rate + ")";
  }

  // A column as wide as its metric's key, so the header names every metric in full; the blank
  // after it keeps a province's wider counts apart from the next column.
  private static String pad(String text, Metric metric) {
    return String.format(Locale.ROOT, "%-" + Math.max(MIN_WIDTH, metric.key().length()) + "s ", text);
  }
}

package dev.responsibility.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import dev.responsibility.adapters.files.ReportTable;
import dev.responsibility.core.metrics.MetricValue;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Printing results: tables aligned for the terminal, CSV, and JSON with keys in a stable order. */
final class Output {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** Columns of the library's report tables too long for a terminal line. */
  private static final java.util.Set<String> LONG_COLUMNS = java.util.Set.of("definition", "定义");

  private Output() {}

  static void json(Object tree, PrintWriter out) {
    try {
      out.println(JSON.writeValueAsString(tree));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A table as CSV (RFC 4180, CRLF), cells as FORMAT.md writes them: days ISO, empty for none. */
  static void csv(ReportTable table, PrintWriter out) {
    CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out);
    csv.writeRecord(table.header());
    for (List<Object> row : table.rows()) {
      csv.writeRecord(row.stream().map(c -> c == null ? "" : c.toString()).toList());
    }
    try {
      // The writer buffers; closing it would close standard output.
      csv.flush();
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
    out.flush();
  }

  /**
   * A table for people: rates as percentages, whole numbers grouped, and without the long
   * contract wording of the {@code definition} column, which CSV and JSON keep.
   */
  static void table(ReportTable table, PrintWriter out) {
    List<Integer> shown = new ArrayList<>();
    for (int i = 0; i < table.header().size(); i++) {
      if (!LONG_COLUMNS.contains(table.header().get(i))) {
        shown.add(i);
      }
    }
    TextTable text = new TextTable(shown.stream().map(table.header()::get).toList());
    for (List<Object> row : table.rows()) {
      List<String> cells = new ArrayList<>(shown.size());
      for (int i : shown) {
        Object c = row.get(i);
        cells.add(c == null ? "—" : c instanceof Double d ? percent(d) : c instanceof Long || c instanceof Integer
            ? String.format(Locale.ROOT, "%,d", ((Number) c).longValue()) : c.toString());
      }
      text.row(cells);
    }
    out.print(text.render());
    out.flush();
  }

  /**
   * A rate as a percentage with one decimal, never rounded up to 100.0% nor down to 0.0% when it
   * is not exactly that: a township at 99.96% has not covered everyone.
   */
  static String percent(double rate) {
    double pct = Math.floor(rate * 1000) / 10;
    if (rate > 0 && pct == 0) {
      pct = 0.1;
    }
    return String.format(Locale.ROOT, "%.1f%%", pct);
  }

  /** @return {@code {"numerator": n, "denominator": m, "rate": r|null}} */
  static Map<String, Object> value(MetricValue v) {
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("numerator", v.numerator());
    node.put("denominator", v.denominator());
    node.put("rate", v.rate().isPresent() ? v.rate().getAsDouble() : null);
    return node;
  }
}

package dev.responsibility.examples;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a printed metric table back: the first word of each row (a division code or
 * {@code total}) and its {@code numerator/denominator} cells in column order. Rows that are not
 * table rows (the header, other output) are left out.
 */
final class MetricTableRows {

  private static final Pattern ROW = Pattern.compile("^(\\d{12}|total)\\s+(.*)$");
  private static final Pattern FRACTION = Pattern.compile("(\\d+)/(\\d+)");

  private MetricTableRows() {}

  static Map<String, List<String>> of(String printed) {
    Map<String, List<String>> rows = new LinkedHashMap<>();
    printed.lines().map(ROW::matcher).filter(Matcher::matches).forEach(row -> rows.put(row.group(1),
        FRACTION.matcher(row.group(2)).results().map(MatchResult::group).toList()));
    return rows;
  }
}

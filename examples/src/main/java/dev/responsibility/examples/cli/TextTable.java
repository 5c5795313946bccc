package dev.responsibility.examples.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A table for the terminal: columns padded by display width ({@link DisplayWidth}), columns of numbers
 * right-aligned with their headers, a rule under the header.
 */
final class TextTable {

  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();
  private final boolean[] numeric;

  TextTable(List<String> header) {
    this.header = List.copyOf(header);
    this.numeric = new boolean[header.size()];
    java.util.Arrays.fill(numeric, true);
  }

  TextTable row(List<String> cells) {
    if (cells.size() != header.size()) {
      throw new IllegalArgumentException(cells.size() + " cells for " + header.size() + " columns");
    }
    for (int i = 0; i < cells.size(); i++) {
      numeric[i] &= cells.get(i).isEmpty() || cells.get(i).equals("—") || isNumber(cells.get(i));
    }
    rows.add(List.copyOf(cells));
    return this;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  String render() {
    int[] widths = new int[header.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = DisplayWidth.of(header.get(i));
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], DisplayWidth.of(row.get(i)));
      }
    }
    StringBuilder out = new StringBuilder();
    line(out, header, widths);
    for (int i = 0; i < widths.length; i++) {
      out.append(i == 0 ? "" : "  ").append("-".repeat(widths[i]));
    }
    out.append('\n');
    for (List<String> row : rows) {
      line(out, row, widths);
    }
    return out.toString();
  }

  private void line(StringBuilder out, List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      String pad = " ".repeat(widths[i] - DisplayWidth.of(cell));
      line.append(i == 0 ? "" : "  ");
      line.append(numeric[i] ? pad + cell : cell + pad);
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }

  private static boolean isNumber(String s) {
    return s.matches("-?[0-9][0-9,]*(\\.[0-9]+)?%?");
  }
}

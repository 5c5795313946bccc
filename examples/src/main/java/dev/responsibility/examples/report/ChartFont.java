package dev.responsibility.examples.report;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses the font family a chart is drawn in. Java draws a character its font lacks as an empty
 * box, so a family is only chosen when it can display every character of the chart's text.
 */
final class ChartFont {

  /** Families known to hold simplified Chinese, best first; Noto Sans CJK SC is Debian's fonts-noto-cjk. */
  static final List<String> PREFERRED = List.of("Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN",
      "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", "Noto Serif CJK SC",
      "DejaVu Sans", "Liberation Sans");

  /** Java's logical fonts: composites whose parts differ between machines, so they are tried last. */
  private static final Set<String> LOGICAL = Set.of("Dialog", "DialogInput", "SansSerif", "Serif", "Monospaced");

  private ChartFont() {}

  /**
   * @param text every string the chart will draw, not null
   * @return an installed family that displays all of it, empty when none does
   */
  static Optional<String> forText(String text) {
    return choose(Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()), text);
  }

  /**
   * @param installed the installed families, not null
   * @param text the text to display, not null
   * @return the first family, preferred ones first and logical ones last, that displays the text
   */
  static Optional<String> choose(Collection<String> installed, String text) {
    Set<String> order = new LinkedHashSet<>();
    PREFERRED.stream().filter(installed::contains).forEach(order::add);
    List<String> rest = new ArrayList<>(installed);
    rest.sort(null);
    rest.stream().filter(f -> !LOGICAL.contains(f)).forEach(order::add);
    rest.stream().filter(LOGICAL::contains).forEach(order::add);
    return order.stream().filter(family -> new Font(family, Font.PLAIN, 12).canDisplayUpTo(text) == -1).findFirst();
  }
}

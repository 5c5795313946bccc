package dev.responsibility.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChartFontTest {

  private static final String CHINESE = "在产在营获证主体包保覆盖率";
  private static final List<String> INSTALLED =
      Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());

  @Test
  void prefersNotoSansCjkScWhenInstalled() {
    if (INSTALLED.contains("Noto Sans CJK SC")) {
      assertThat(ChartFont.forText(CHINESE)).contains("Noto Sans CJK SC");
    }
    ChartFont.forText(CHINESE).ifPresent(family ->
        assertThat(new Font(family, Font.PLAIN, 12).canDisplayUpTo(CHINESE)).isEqualTo(-1));
  }

  @Test
  void choosesNothingRatherThanAFontThatDrawsBoxes() {
    List<String> latinOnly = INSTALLED.stream()
        .filter(f -> !Set.of("Dialog", "DialogInput", "SansSerif", "Serif", "Monospaced").contains(f))
        .filter(f -> new Font(f, Font.PLAIN, 12).canDisplayUpTo(CHINESE) != -1)
        .toList();

    assertThat(ChartFont.choose(latinOnly, CHINESE)).isEmpty();
    assertThat(ChartFont.choose(latinOnly, "Coverage 80.0%")).hasValueSatisfying(family ->
        assertThat(new Font(family, Font.PLAIN, 12).canDisplayUpTo("Coverage 80.0%")).isEqualTo(-1));
  }
}

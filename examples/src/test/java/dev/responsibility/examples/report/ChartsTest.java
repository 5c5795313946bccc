package dev.responsibility.examples.report;

import static dev.responsibility.examples.report.ReportFixtures.RESPONSIBILITY;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ChartsTest {

  private static final ReportFigures FIGURES =
      ReportFigures.compute(RESPONSIBILITY, LocalDate.of(2023, 8, 15), Optional.empty());

  @Test
  void drawsCoverageSupervisionAndStaffingAsPngs() throws IOException {
    List<Charts.Png> charts = Charts.draw(FIGURES, Labels.ZH);

    assertThat(charts).extracting(Charts.Png::name).containsExactly("coverage", "supervision", "staffing");
    for (Charts.Png chart : charts) {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.png()));
      assertThat(image.getWidth()).isEqualTo(chart.width());
      assertThat(image.getHeight()).isEqualTo(chart.height());
    }
  }

  @Test
  void asksForOneFontThatDisplaysEveryLabelIncludingTownshipNames() {
    List<String> asked = new ArrayList<>();
    Charts.Drawn drawn = Charts.draw(FIGURES, Labels.ZH, text -> {
      asked.add(text);
      return ChartFont.forText(text);
    });

    assertThat(drawn.inEnglishForWantOfFont()).isFalse();
    assertThat(asked).hasSize(1);
    assertThat(asked.get(0)).contains("各乡镇包保覆盖率", FIGURES.townships().get(0).name(), "第1季度", "总监");
  }

  @Test
  void fallsBackToEnglishAndDivisionCodesWhenNoFontDisplaysChinese() throws IOException {
    List<String> latin = Arrays.stream(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
        .filter(f -> new Font(f, Font.PLAIN, 12).canDisplayUpTo("覆盖率") != -1).toList();
    List<String> asked = new ArrayList<>();

    Charts.Drawn drawn = Charts.draw(FIGURES, Labels.ZH, text -> {
      asked.add(text);
      return ChartFont.choose(latin, text);
    });

    assertThat(drawn.inEnglishForWantOfFont()).isTrue();
    assertThat(asked).hasSize(2);
    assertThat(asked.get(1)).matches("\\p{ASCII}*").contains("Coverage by township",
        FIGURES.townships().get(0).division().value());
    for (Charts.Png chart : drawn.charts()) {
      assertThat(ImageIO.read(new ByteArrayInputStream(chart.png()))).isNotNull();
    }
  }
}

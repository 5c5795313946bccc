package dev.responsibility.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {

  @Test
  void chineseCharactersAndFullWidthFormsTakeTwoColumns() {
    assertThat(DisplayWidth.of("城关镇")).isEqualTo(6);
    assertThat(DisplayWidth.of("B001")).isEqualTo(4);
    assertThat(DisplayWidth.of("（R8），")).isEqualTo(2 + 1 + 1 + 2 + 2);
    assertThat(DisplayWidth.of("𠀀")).as("Extension B, outside the BMP").isEqualTo(2);
    assertThat(DisplayWidth.of("e\u0301")).as("a combining accent takes no column").isEqualTo(1);
    assertThat(DisplayWidth.of("")).isZero();
  }

  @Test
  void columnsLineUpByDisplayWidthAndNumbersAlignRight() {
    String text = new TextTable(List.of("名称", "count", "rate"))
        .row(List.of("城关镇老街面馆", "7", "99.0%"))
        .row(List.of("B2 shop", "1,024", "—"))
        .render();

    assertThat(text).isEqualTo("""
        名称            count   rate
        --------------  -----  -----
        城关镇老街面馆      7  99.0%
        B2 shop         1,024      —
        """);
  }

  @Test
  void aColumnWithTextIsLeftAligned() {
    String text = new TextTable(List.of("id", "v")).row(List.of("1", "a")).row(List.of("22", "bb")).render();

    assertThat(text.lines()).containsExactly("id  v", "--  --", " 1  a", "22  bb");
  }

  @Test
  void aRowMustHaveACellPerColumn() {
    assertThatThrownBy(() -> new TextTable(List.of("a", "b")).row(List.of("1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 cells for 2 columns");
  }

  @Test
  void ratesAreNeverRoundedUpToAHundredNorDownToZero() {
    assertThat(Output.percent(1.0)).isEqualTo("100.0%");
    assertThat(Output.percent(0.99996)).isEqualTo("99.9%");
    assertThat(Output.percent(0.00001)).isEqualTo("0.1%");
    assertThat(Output.percent(0.0)).isEqualTo("0.0%");
    assertThat(Output.percent(0.442857)).isEqualTo("44.2%");
  }
}

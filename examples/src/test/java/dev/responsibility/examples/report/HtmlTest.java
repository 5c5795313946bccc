package dev.responsibility.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

  @Test
  void escapesEveryCharacterThatCouldOpenMarkupOrCloseAnAttribute() {
    assertThat(Html.escape("<b>&\"'x")).isEqualTo("&lt;b&gt;&amp;&quot;&#39;x");
  }

  @Test
  void replacesNulWhichHtmlForbids() {
    assertThat(Html.escape("a\0b")).isEqualTo("a\uFFFDb");
  }

  @Test
  void leavesChineseAsItIs() {
    assertThat(Html.escape("城关镇")).isEqualTo("城关镇");
  }
}

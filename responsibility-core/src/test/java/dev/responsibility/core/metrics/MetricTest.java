package dev.responsibility.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetricTest {

  @Test
  void theHeadlineRatesAreTheFourTheSeedPlanSetsAtOneHundredPercent() {
    assertThat(Metric.headline()).extracting(Metric::chineseName)
        .containsExactly("在产在营获证主体包保覆盖率", "五类食品企业总监安全员配备率", "包保主体数据归集率", "包保督导任务完成率");
  }

  @Test
  void everyMetricIsFoundByItsKey() {
    for (Metric m : Metric.values()) {
      assertThat(Metric.ofKey(m.key())).contains(m);
    }
    assertThat(Metric.ofKey("coverage-rate")).isEmpty();
  }
}

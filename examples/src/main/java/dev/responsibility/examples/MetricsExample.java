package dev.responsibility.examples;

import dev.responsibility.core.Responsibility;
import dev.responsibility.core.dataset.DataSet;
import dev.responsibility.core.metrics.MetricQuery;
import dev.responsibility.core.metrics.MetricsEvaluator;
import dev.responsibility.core.metrics.MetricsReport;
import dev.responsibility.core.metrics.RollUpRow;
import dev.responsibility.core.model.DivisionLevel;
import java.time.LocalDate;
import java.util.List;

/**
 * The README's metrics example: the headline rates (指标) of a data set built in code, for the
 * whole county and rolled up by township. The part between the {@code README} markers is copied
 * into the README verbatim, and a test keeps the two equal.
 */
public final class MetricsExample {

  private MetricsExample() {}

  /**
   * Prints the metrics of {@link SmallCounty} as of 30 June 2023, with the second quarter's
   * supervision completion, by township.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.print(metrics(SmallCounty.dataSet(), SmallCounty.DAY, SmallCounty.QUARTER));
  }

  // README:begin
  static String metrics(DataSet dataSet, LocalDate day, int quarter) {
    MetricsEvaluator metrics = Responsibility.of(dataSet).metrics();
    MetricQuery query = MetricQuery.asOf(day).withQuarter(quarter);
    MetricsReport county = metrics.evaluate(query);
    List<RollUpRow> byTownship = metrics.rollUp(query, DivisionLevel.TOWNSHIP);
    return MetricTable.of(county, byTownship);
  }
  // README:end
}

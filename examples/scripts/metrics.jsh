// The metrics of a data set (FORMAT.md folder or .xlsx workbook) by township, as of a day.
//
//   jshell --class-path examples/target/responsibility.jar -R-Ddata=DATA [-R-DasOf=2023-12-31] [-R-Dquarter=4] \
//       examples/scripts/metrics.jsh
//
// DATA may instead come from the environment: RESPONSIBILITY_DATA=DATA jshell ... metrics.jsh
// asOf defaults to today in China, quarter to asOf's quarter. Each cell is numerator/denominator (rate);
// a row counts a township and everything under it.

import dev.responsibility.adapters.files.DataSetReader;
import dev.responsibility.adapters.files.ReadResult;
import dev.responsibility.core.Responsibility;
import dev.responsibility.core.metrics.Metric;
import dev.responsibility.core.metrics.MetricQuery;
import dev.responsibility.core.metrics.MetricValue;
import dev.responsibility.core.metrics.MetricsEvaluator;
import dev.responsibility.core.metrics.RollUpRow;
import dev.responsibility.core.model.ChinaTime;
import dev.responsibility.core.model.DivisionLevel;
import dev.responsibility.core.model.ImportException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Map;

String data = System.getProperty("data", System.getenv().getOrDefault("RESPONSIBILITY_DATA", ""));
LocalDate asOf = LocalDate.parse(System.getProperty("asOf", LocalDate.now(ChinaTime.OFFSET).toString()));
int quarter = Integer.parseInt(System.getProperty("quarter", String.valueOf(asOf.get(IsoFields.QUARTER_OF_YEAR))));

String cell(MetricValue v) {
  String rate = v.rate().isPresent() ? String.format("%.1f%%", v.rate().getAsDouble() * 100) : "—";
  return v + " (" + rate + ")";
}

// A column as wide as its metric's key; the blank after it keeps wide counts apart.
String pad(String text, Metric m) {
  return String.format("%-" + Math.max(16, m.key().length()) + "s ", text);
}

String row(String label, Map<Metric, MetricValue> values, String name) {
  StringBuilder line = new StringBuilder(String.format("%-14s", label));
  for (Metric m : Metric.values()) {
    line.append(pad(cell(values.getOrDefault(m, MetricValue.ZERO)), m));
  }
  return line.append(name).toString().stripTrailing();
}

int printMetrics() {
  if (data.isEmpty()) {
    System.err.println("say which data set: jshell --class-path responsibility.jar -R-Ddata=FOLDER_OR_XLSX metrics.jsh");
    return 2;
  }
  ReadResult read;
  try {
    read = DataSetReader.defaults().read(Path.of(data));
  } catch (ImportException e) {
    System.err.println(e.getMessage());
    return 1;
  }
  MetricsEvaluator metrics = Responsibility.of(read.dataSet()).withWorkPlans(read.plansWithDefaults()).metrics();
  MetricQuery query = MetricQuery.asOf(asOf).withQuarter(quarter);
  System.out.println("metrics of " + data + " as of " + asOf + ", quarter " + quarter);
  StringBuilder header = new StringBuilder(String.format("%-14s", "division"));
  for (Metric m : Metric.values()) {
    header.append(pad(m.key(), m));
  }
  System.out.println(header.append("name"));
  for (RollUpRow r : metrics.rollUp(query, DivisionLevel.TOWNSHIP)) {
    System.out.println(row(r.division().value(), r.total(), r.name()));
  }
  System.out.println(row("total", metrics.evaluate(query).values(), ""));
  return 0;
}

int status = printMetrics();
/exit status

// The violation counts of a data set (FORMAT.md folder or .xlsx workbook) as of a day, per check.
//
//   jshell --class-path examples/target/responsibility.jar -R-Ddata=DATA [-R-DasOf=2023-12-31] \
//       examples/scripts/violations.jsh
//
// DATA may instead come from the environment: RESPONSIBILITY_DATA=DATA jshell ... violations.jsh
// asOf defaults to today in China. Every check is listed, those that found nothing with 0.

import dev.responsibility.adapters.files.DataSetReader;
import dev.responsibility.adapters.files.ReadResult;
import dev.responsibility.core.Responsibility;
import dev.responsibility.core.model.ChinaTime;
import dev.responsibility.core.model.ImportException;
import dev.responsibility.core.rules.CheckReport;
import java.nio.file.Path;
import java.time.LocalDate;

String data = System.getProperty("data", System.getenv().getOrDefault("RESPONSIBILITY_DATA", ""));
LocalDate asOf = LocalDate.parse(System.getProperty("asOf", LocalDate.now(ChinaTime.OFFSET).toString()));

int printViolations() {
  if (data.isEmpty()) {
    System.err.println("say which data set: jshell --class-path responsibility.jar -R-Ddata=FOLDER_OR_XLSX violations.jsh");
    return 2;
  }
  ReadResult read;
  try {
    read = DataSetReader.defaults().read(Path.of(data));
  } catch (ImportException e) {
    System.err.println(e.getMessage());
    return 1;
  }
  CheckReport report = Responsibility.of(read.dataSet()).withWorkPlans(read.plansWithDefaults()).check(asOf);
  System.out.println("violations of " + data + " as of " + asOf);
  report.counts().forEach((code, count) ->
      System.out.println(String.format("%-22s %7d  %s", code, count, code.rule().orElse("")).stripTrailing()));
  System.out.printf("%-22s %7d%n", "total", report.violations().size());
  return 0;
}

int status = printViolations();
/exit status

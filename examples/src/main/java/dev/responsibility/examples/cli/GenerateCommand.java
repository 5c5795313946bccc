package dev.responsibility.examples.cli;

import dev.responsibility.adapters.files.FileRecordSink;
import dev.responsibility.testkit.DataSetGenerator;
import dev.responsibility.testkit.Fault;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code generate}: a realistic data set of any size from the testkit's generator, streamed to CSV
 * files or a workbook, so that analysts can try the tools at province scale.
 */
@Command(name = "generate", description = "Generate a realistic data set (the testkit's generator) as CSV files or .xlsx.")
final class GenerateCommand extends Subcommand {


  @Option(names = "--businesses", paramLabel = "N", required = true, description = "how many businesses, 1 to 9,999,999")
  private int businesses;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "0", description = "the seed (default 0): the same seed, the same data")
  private long seed;

  @Option(names = "--as-of", paramLabel = "DAY", converter = DayConverter.class,
      description = "the day the data set is made for (default: the last day of 2023)")
  private LocalDate asOf;

  @Option(names = "--fault-rate", paramLabel = "R", defaultValue = "0",
      description = "share of businesses given one fault each, 0 to 1 (default 0: no check finds anything)")
  private double faultRate;

  @Option(names = "--cadre-load", paramLabel = "K", description = "the most businesses one cadre takes")
  private Integer cadreLoad;

  @Mixin
  private OutputFiles out;

  @Override
  public Integer call() {
    DataSetGenerator generator;
    try {
      DataSetGenerator.Builder builder = DataSetGenerator.builder().seed(seed).businesses(businesses)
          .faultRate(faultRate);
      if (asOf != null) {
        builder.asOf(asOf);
      }
      if (cadreLoad != null) {
        builder.cadreLoad(cadreLoad);
      }
      generator = builder.build();
    } catch (IllegalArgumentException e) {
      throw new UserInputException(ui().text("error.generate", e.getMessage()), e);
    }
    Map<Fault, Integer> faults;
    try (Progress progress = Progress.of(spec.commandLine().getErr(), ui().text("generate.progress"),
        OptionalLong.of(businesses));
         FileRecordSink sink = out.openDataSet(List.of(), ui())) {
      faults = generator.writeTo(new CountingSink(sink, progress::update));
    }
    PrintWriter print = spec.commandLine().getOut();
    print.println(ui().text("generate.done", generator, out.path()));
    new TreeMap<>(faults).forEach((fault, n) -> print.println("  " + fault + ": " + n));
    print.flush();
    return Main.OK;
  }
}

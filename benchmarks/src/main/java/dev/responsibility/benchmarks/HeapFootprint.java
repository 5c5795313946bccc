package dev.responsibility.benchmarks;

import dev.responsibility.adapters.files.DataSetReader;
import dev.responsibility.adapters.files.DataSetWriter;
import dev.responsibility.core.Responsibility;
import dev.responsibility.core.dataset.DataSet;
import dev.responsibility.testkit.DataSetGenerator;
import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * How much heap a data set holds once built, read from a FORMAT.md CSV folder as an analyst's
 * would be: the heap after full collections with the data set (and its index) reachable, minus
 * the heap before. The supervisions' share is measured by reading, once the first is let go, the
 * same folder with an empty {@code supervisions.csv}; the rest is divided by the businesses. One
 * data set is held at a time, so the figure is the one a run with that heap limit holds.
 *
 * <p>Usage: {@code HeapFootprint [businesses] [folder]}: generates the province into the folder
 * unless it holds one already. Run with the heap limit to be proven, e.g. {@code -Xmx1g}: an
 * {@code OutOfMemoryError} is the answer then.
 */
public final class HeapFootprint {

  private HeapFootprint() {}

  public static void main(String[] args) throws Exception {
    int businesses = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Path folder = Path.of(args.length > 1 ? args[1] : "target/province-" + businesses);
    if (!Files.isDirectory(folder)) {
      DataSetWriter.english().writeFolder(DataSetGenerator.builder().seed(2023).businesses(businesses)
          .asOf(LocalDate.of(2023, 12, 20)).faultRate(0.02).build().generate().dataSet(), List.of(), folder);
    }
    long before = usedAfterGc();
    long all = heldBy(folder) - before;
    long supervisions = supervisions(folder);
    Path withoutSupervisions = withoutSupervisions(folder);
    long rest;
    try {
      rest = heldBy(withoutSupervisions) - before;
    } finally {
      try (Stream<Path> files = Files.list(withoutSupervisions)) {
        for (Path f : files.toList()) {
          Files.delete(f);
        }
      }
      Files.delete(withoutSupervisions);
    }
    System.out.printf(Locale.ROOT, "heap limit %,d MB; data set with its index: %,d MB%n",
        Runtime.getRuntime().maxMemory() >> 20, all >> 20);
    System.out.printf(Locale.ROOT, "per supervision: %,d bytes (%,d supervisions); per business, all else: %,d bytes%n",
        (all - rest) / supervisions, supervisions, rest / businesses);
  }

  /** @return the heap used after full collections while the folder's data set and its index are held */
  private static long heldBy(Path folder) {
    DataSet read = DataSetReader.defaults().read(folder).dataSet();
    Responsibility indexed = Responsibility.of(read);
    long used = usedAfterGc();
    Reference.reachabilityFence(read);
    Reference.reachabilityFence(indexed);
    return used;
  }

  private static long supervisions(Path folder) throws IOException {
    try (Stream<String> lines = Files.lines(folder.resolve("supervisions.csv"))) {
      return lines.count() - 1;
    }
  }

  /** @return a new folder whose files link to the folder's, but whose supervisions.csv holds only the header */
  private static Path withoutSupervisions(Path folder) throws IOException {
    Path copy = Files.createTempDirectory("heap-footprint");
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.toList()) {
        Path to = copy.resolve(f.getFileName());
        if (f.getFileName().toString().equals("supervisions.csv")) {
          try (BufferedReader header = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            Files.writeString(to, header.readLine() + "\n", StandardCharsets.UTF_8);
          }
        } else {
          Files.createSymbolicLink(to, f.toAbsolutePath());
        }
      }
    }
    return copy;
  }

  private static long usedAfterGc() {
    for (int i = 0; i < 4; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}

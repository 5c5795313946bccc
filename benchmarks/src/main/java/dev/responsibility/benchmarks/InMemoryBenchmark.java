package dev.responsibility.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.responsibility.adapters.files.DataSetReader;
import dev.responsibility.adapters.files.DataSetWriter;
import dev.responsibility.core.Responsibility;
import dev.responsibility.core.dataset.DataSet;
import dev.responsibility.core.rules.CheckCode;
import dev.responsibility.testkit.DataSetGenerator;
import dev.responsibility.testkit.GeneratedDataSet;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The in-memory library against DuckDB over the same CSV folder, in one run on one machine (the
 * benchmarks issue's baseline). The testkit generates a province (seed 2023, as of 2023-12-20,
 * fault rate 0.02) and writes it once as a FORMAT.md CSV folder; then each round, alternating
 * which side goes first:
 *
 * <ol>
 *   <li>ours: {@code DataSetReader.read} of the folder (the compact index is built as the data set
 *       is; the index build alone is timed again over the records read), then every check, every
 *       metric with the fourth quarter and the roll-up to every township;
 *   <li>DuckDB: {@code read_csv} of the folder into an in-memory database ({@link DuckDbBaseline}),
 *       then the same checks and metrics by SQL;
 *   <li>end to end, when the command line's jar exists: {@code java -jar responsibility.jar metrics
 *       --by TOWNSHIP --format json} against {@link DuckDbMetrics} (CSV → the same SQL → the same
 *       JSON), each a fresh JVM, wall time.
 * </ol>
 *
 * Every answer is compared; any difference ends the run with status 1. Prints each phase's median
 * and the ratios.
 *
 * <p>Usage: {@code InMemoryBenchmark [--smoke] [--businesses N] [--rounds R] [--jar PATH]
 * [--child-heap 8g]}. {@code --smoke}: 2,000 businesses at fault rates 0.02 and 0.2, one load on
 * each side, answers compared for several days and quarters, and the two metrics JSONs when the jar
 * exists; no timing; prints {@code smoke: answers equal} and exits 0, or the differences and exits 1.
 */
public final class InMemoryBenchmark {

  private static final LocalDate DAY = LocalDate.of(2023, 12, 20);
  private static final int QUARTER = 4;

  private InMemoryBenchmark() {}

  /**
   * @param args as in the class description
   * @throws Exception if the data cannot be written or read, or a process cannot be run
   */
  public static void main(String[] args) throws Exception {
    boolean smoke = false;
    int businesses = 1_000_000;
    int rounds = 3;
    Path jar = null;
    String childHeap = "8g";
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--smoke" -> smoke = true;
        case "--businesses" -> businesses = Integer.parseInt(args[++i].replace("_", "").replace(",", ""));
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--jar" -> jar = Path.of(args[++i]);
        case "--child-heap" -> childHeap = args[++i];
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    Path folder = Files.createTempDirectory("responsibility-duckdb");
    int status;
    try {
      Path cli = jar == null ? defaultJar() : jar;
      status = smoke ? smoke(folder, cli) : benchmark(folder, businesses, rounds, cli, childHeap);
    } finally {
      delete(folder);
    }
    System.exit(status);
  }

  private static int smoke(Path folder, Path jar) throws IOException, InterruptedException {
    List<String> differences = new ArrayList<>();
    // The benchmark's mix, then ten times the faults so that every check has violations to count.
    for (double faultRate : new double[] {0.02, 0.2}) {
      write(folder, 2_000, faultRate);
      Responsibility ours = Responsibility.of(DataSetReader.defaults().read(folder).dataSet());
      try (DuckDbBaseline duck = DuckDbBaseline.load(folder)) {
        // Inside a quarter, at the ends of the plan's quarters, a past quarter, after the year, and
        // under the 2025 director mandate.
        Object[][] asked = {{"2023-02-15", 1}, {"2023-05-15", 2}, {"2023-09-30", 3}, {"2023-12-20", 4},
            {"2023-12-20", 1}, {"2023-12-31", 4}, {"2024-03-31", 1}, {"2025-06-30", 2}};
        for (Object[] a : asked) {
          LocalDate day = LocalDate.parse((String) a[0]);
          int quarter = (Integer) a[1];
          Answers mine = Answers.ours(ours, day, quarter);
          differences.addAll(mine.differences(duck.answers(day, quarter)));
          List<CheckCode> silent = mine.checks().entrySet().stream().filter(e -> e.getValue() == 0)
              .map(Map.Entry::getKey).toList();
          System.out.printf(Locale.ROOT, "fault rate %.2f, %s Q%d: %d violations, %d townships%s%n", faultRate, day,
              quarter, mine.checks().values().stream().mapToLong(Long::longValue).sum(), mine.townships().size(),
              silent.isEmpty() ? "" : "; none of " + silent);
        }
      }
    }
    if (jar != null && Files.isRegularFile(jar)) {
      String ours = run(ourCommand(jar, "1g", folder));
      String theirs = run(duckCommand("1g", folder));
      ObjectMapper json = new ObjectMapper();
      if (!json.readTree(ours).equals(json.readTree(theirs))) {
        differences.add("the metrics JSON differs:\n" + ours + "\n" + theirs);
      } else {
        System.out.println("end to end: the metrics JSON of " + jar.getFileName() + " and DuckDbMetrics are equal");
      }
    }
    if (differences.isEmpty()) {
      System.out.println("smoke: answers equal");
      return 0;
    }
    System.out.println("smoke: answers differ (ours vs DuckDB)");
    differences.forEach(System.out::println);
    return 1;
  }

  private static List<String> ourCommand(Path jar, String heap, Path folder) {
    return List.of(java(), "-Xmx" + heap, "-jar", jar.toString(), "metrics", "--data", folder.toString(), "--as-of",
        DAY.toString(), "--quarter", Integer.toString(QUARTER), "--by", "TOWNSHIP", "--format", "json");
  }

  private static List<String> duckCommand(String heap, Path folder) {
    return List.of(java(), "-Xmx" + heap, "-cp", classPath(), DuckDbMetrics.class.getName(), folder.toString(),
        DAY.toString(), Integer.toString(QUARTER));
  }

  private static int benchmark(Path folder, int businesses, int rounds, Path jar, String childHeap)
      throws IOException, InterruptedException {
    String rows = write(folder, businesses, 0.02);
    long bytes;
    try (Stream<Path> files = Files.list(folder)) {
      bytes = files.mapToLong(p -> p.toFile().length()).sum();
    }
    System.out.printf(Locale.ROOT, "CSV folder: %s, %,d bytes; as of %s, quarter %d; %d rounds%n", rows, bytes, DAY,
        QUARTER, rounds);
    boolean endToEnd = jar != null && Files.isRegularFile(jar);
    if (!endToEnd) {
      System.out.println("no command-line jar (examples/target/responsibility.jar): end-to-end phase skipped");
    }
    List<Double> read = new ArrayList<>();
    List<Double> index = new ArrayList<>();
    List<Double> ourQueries = new ArrayList<>();
    List<Double> load = new ArrayList<>();
    List<Double> duckQueries = new ArrayList<>();
    List<Double> ourProcess = new ArrayList<>();
    List<Double> duckProcess = new ArrayList<>();
    for (int round = 1; round <= rounds; round++) {
      Answers[] answers = new Answers[2];
      // Alternate which side runs first, so that neither always finds the page cache and heap as the other left them.
      for (int turn = 0; turn < 2; turn++) {
        boolean oursNow = (turn == 0) == (round % 2 == 1);
        gc();
        if (oursNow) {
          long t = System.nanoTime();
          DataSet data = DataSetReader.defaults().read(folder).dataSet();
          read.add(seconds(t));
          t = System.nanoTime();
          DataSet.builder().addAll(data).build();
          index.add(seconds(t));
          gc();
          t = System.nanoTime();
          answers[0] = Answers.ours(Responsibility.of(data), DAY, QUARTER);
          ourQueries.add(seconds(t));
        } else {
          long t = System.nanoTime();
          try (DuckDbBaseline duck = DuckDbBaseline.load(folder)) {
            load.add(seconds(t));
            t = System.nanoTime();
            answers[1] = duck.answers(DAY, QUARTER);
            duckQueries.add(seconds(t));
          }
        }
      }
      List<String> differences = answers[0].differences(answers[1]);
      if (!differences.isEmpty()) {
        System.out.println("round " + round + ": answers differ (ours vs DuckDB)");
        differences.forEach(System.out::println);
        return 1;
      }
      System.out.printf(Locale.ROOT, "round %d: ours read %.2f s (index build %.2f s), queries %.2f s; "
          + "DuckDB load %.2f s, queries %.2f s; answers equal%n", round, last(read), last(index), last(ourQueries),
          last(load), last(duckQueries));
      if (endToEnd) {
        String[] outputs = new String[2];
        for (int turn = 0; turn < 2; turn++) {
          boolean oursNow = (turn == 0) == (round % 2 == 1);
          gc();
          if (oursNow) {
            long t = System.nanoTime();
            outputs[0] = run(ourCommand(jar, childHeap, folder));
            ourProcess.add(seconds(t));
          } else {
            long t = System.nanoTime();
            outputs[1] = run(duckCommand(childHeap, folder));
            duckProcess.add(seconds(t));
          }
        }
        ObjectMapper json = new ObjectMapper();
        JsonNode ours = json.readTree(outputs[0]);
        JsonNode theirs = json.readTree(outputs[1]);
        if (!ours.equals(theirs)) {
          System.out.println("round " + round + ": the metrics JSON differs (ours, then DuckDB's)");
          System.out.println(outputs[0]);
          System.out.println(outputs[1]);
          return 1;
        }
        System.out.printf(Locale.ROOT, "round %d: end to end, ours %.2f s, DuckDB %.2f s; JSON equal%n", round,
            last(ourProcess), last(duckProcess));
      }
    }

    double ourMemory = median(index) + median(ourQueries);
    double ourFromCsv = median(read) + median(ourQueries);
    double duckFromCsv = median(load) + median(duckQueries);
    System.out.println();
    System.out.printf(Locale.ROOT, "%s, medians of %d rounds (DuckDB %s)%n", rows, rounds, DuckDbBaseline.describe());
    System.out.println("| measure | ours | DuckDB | ours ÷ DuckDB |");
    System.out.println("|---|---|---|---|");
    row("load: CSV folder → data set and index / → DuckDB tables", median(read), median(load));
    row("of which our index build (re-run over the records read)", median(index), Double.NaN);
    row("all 16 checks + 8 metrics + township roll-up, data loaded", median(ourQueries), median(duckQueries));
    row("index build + checks and metrics / checks and metrics alone", ourMemory, median(duckQueries));
    row("CSV folder → every check and metric, in process", ourFromCsv, duckFromCsv);
    if (endToEnd) {
      row("end to end: `responsibility metrics --by TOWNSHIP` / DuckDbMetrics, fresh JVMs", median(ourProcess),
          median(duckProcess));
    }
    return 0;
  }

  private static void row(String measure, double ours, double duck) {
    if (Double.isNaN(duck)) {
      System.out.printf(Locale.ROOT, "| %s | %.2f s | | |%n", measure, ours);
    } else {
      System.out.printf(Locale.ROOT, "| %s | %.2f s | %.2f s | %.2f× |%n", measure, ours, duck, ours / duck);
    }
  }

  /** Generates the province and writes it; returns its size in words. */
  private static String write(Path folder, int businesses, double faultRate) {
    long t = System.nanoTime();
    GeneratedDataSet generated = DataSetGenerator.of(2023, businesses).asOf(DAY).faultRate(faultRate).generate();
    DataSet data = generated.dataSet();
    DataSetWriter.english().writeFolder(data, List.of(), folder);
    long records = (long) data.divisions().size() + data.businesses().size() + data.statusChanges().size()
        + data.cadres().size() + data.relations().size() + data.documents().size() + data.supervisions().size()
        + data.problems().size() + data.staff().size() + data.selfChecks().size();
    String size = String.format(Locale.ROOT, "%,d businesses, %,d records (%,d relations, %,d supervisions)",
        data.businesses().size(), records, data.relations().size(), data.supervisions().size());
    System.out.printf(Locale.ROOT, "generated and wrote %s in %.1f s%n", size, seconds(t));
    return size;
  }

  private static String run(List<String> command) throws IOException, InterruptedException {
    Path out = Files.createTempFile("bench-out", ".json");
    Path err = Files.createTempFile("bench-err", ".txt");
    try {
      Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      int status = p.waitFor();
      if (status != 0) {
        throw new IllegalStateException(String.join(" ", command) + " exited with " + status + ": "
            + Files.readString(err, StandardCharsets.UTF_8));
      }
      return Files.readString(out, StandardCharsets.UTF_8);
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** This module's class path, also under exec:java, whose class loader is not the system one. */
  private static String classPath() {
    Set<String> entries = new LinkedHashSet<>();
    for (ClassLoader l = InMemoryBenchmark.class.getClassLoader(); l != null; l = l.getParent()) {
      if (l instanceof URLClassLoader u) {
        for (URL url : u.getURLs()) {
          try {
            entries.add(Path.of(url.toURI()).toString());
          } catch (URISyntaxException | IllegalArgumentException e) {
            entries.add(url.getPath());
          }
        }
      }
    }
    if (entries.isEmpty()) {
      return System.getProperty("java.class.path");
    }
    return String.join(File.pathSeparator, entries);
  }

  private static Path defaultJar() {
    for (String candidate : List.of("examples/target/responsibility.jar", "../examples/target/responsibility.jar")) {
      Path p = Path.of(candidate);
      if (Files.isRegularFile(p)) {
        return p.toAbsolutePath();
      }
    }
    return null;
  }

  private static void gc() {
    System.gc();
    System.gc();
  }

  private static double last(List<Double> values) {
    return values.get(values.size() - 1);
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(Double::compare);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private static void delete(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}

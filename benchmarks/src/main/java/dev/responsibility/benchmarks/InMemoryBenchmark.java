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
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
 *       is; the build alone, sorting, checks, index and columns, is timed again over the records
 *       read), then every check, every metric with the fourth quarter and the roll-up to every
 *       township;
 *   <li>DuckDB: {@code read_csv} of the folder into an in-memory database ({@link DuckDbBaseline}),
 *       then the same checks and metrics by SQL;
 *   <li>end to end, when the command line's jar exists: {@code java -jar responsibility.jar metrics
 *       --by TOWNSHIP --format json} against {@link DuckDbMetrics} (CSV → the same SQL → the same
 *       JSON), each a fresh JVM, wall time.
 * </ol>
 *
 * With {@code --postgres}, the same run then measures the JDBC adapter on the {@link PostgresServer}
 * over the same province ({@link PostgresRounds}): its import against {@code psql \copy} of the same
 * rows, its metrics pushdown against one hand-written query, and its checks and metrics pushdown
 * (answers compared with ours) against DuckDB's.
 *
 * <p>Every answer is compared; any difference ends the run with status 1. Prints each phase's
 * median and the ratios, as one Markdown table.
 *
 * <p>Usage: {@code InMemoryBenchmark [--smoke] [--businesses N] [--rounds R] [--postgres] [--jar PATH]
 * [--child-heap 8g] [--small-heap 1g] [--end-to-end-only]}. After the rounds the command line runs
 * once more with the small heap and G1's defaults, its JSON compared with DuckDB's: the heap goal,
 * proven as an analyst runs it. {@code --postgres} needs PostgreSQL at 127.0.0.1:5432 (user
 * postgres, database test) and {@code psql} on the PATH, and says so before anything else if
 * either is missing (status 2). {@code --end-to-end-only} runs the end-to-end measure alone, R
 * rounds (ours first in the odd ones, so an even R balances them), with no in-memory phases and no
 * small-heap run; it prints each round's ratio, the medians and their ratio, and how many rounds
 * came within 1.5×: a shared machine moves one round by a quarter, and a round of this measure
 * alone takes half a minute where a round of the whole benchmark takes four. It needs the jar
 * (status 2 without it) and takes neither {@code --smoke}, {@code --postgres} nor
 * {@code --small-heap}. {@code --smoke}: 2,000 businesses at fault rates 0.02 and 0.2, one load on
 * each side, answers compared for several days and quarters, also by PostgreSQL pushdown when the
 * server answers (skipped with the reason when it does not, a failure when the environment variable
 * {@code CI} is {@code true}; no psql needed), and the two metrics JSONs when the jar exists; no
 * timing; prints {@code smoke: answers equal} and exits 0, or the differences and exits 1.
 */
public final class InMemoryBenchmark {

  private static final LocalDate DAY = LocalDate.of(2023, 12, 20);
  private static final int QUARTER = 4;
  private static final String TABLE_HEAD =
      "| measure: ours / baseline | ours | baseline | ours ÷ baseline |\n|---|---|---|---|";
  private static final String END_TO_END =
      "end to end: `responsibility metrics --by TOWNSHIP` / DuckDbMetrics, fresh JVMs";

  private InMemoryBenchmark() {}

  /**
   * @param args as in the class description
   * @throws Exception if the data cannot be written or read, or a process cannot be run
   */
  public static void main(String[] args) throws Exception {
    boolean smoke = false;
    boolean postgres = false;
    int businesses = 1_000_000;
    int rounds = 3;
    Path jar = null;
    String childHeap = "8g";
    String smallHeap = "1g";
    boolean endToEndOnly = false;
    boolean smallHeapGiven = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--smoke" -> smoke = true;
        case "--postgres" -> postgres = true;
        case "--businesses" -> businesses = Integer.parseInt(args[++i].replace("_", "").replace(",", ""));
        case "--rounds" -> {
          rounds = Integer.parseInt(args[++i]);
          if (rounds < 1) {
            throw new IllegalArgumentException("--rounds must be at least 1: " + rounds);
          }
        }
        case "--jar" -> jar = Path.of(args[++i]);
        case "--child-heap" -> childHeap = args[++i];
        case "--small-heap" -> {
          smallHeap = args[++i];
          smallHeapGiven = true;
        }
        case "--end-to-end-only" -> endToEndOnly = true;
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    if (endToEndOnly && (smoke || postgres || smallHeapGiven)) {
      System.err.println("--end-to-end-only takes neither --smoke, --postgres nor --small-heap");
      System.exit(2);
    }
    if (postgres && !smoke) {
      // Said before the province is generated, not after the in-memory rounds.
      Optional<String> missing = PostgresServer.unreachable().or(Psql::missing);
      if (missing.isPresent()) {
        System.err.println("--postgres cannot run: " + missing.get());
        System.exit(2);
      }
    }
    Path folder = Files.createTempDirectory("responsibility-duckdb");
    int status;
    try {
      Path cli = jar == null ? defaultJar() : jar;
      status = smoke ? smoke(folder, cli)
          : endToEndOnly ? endToEndOnly(folder, businesses, rounds, cli, childHeap)
          : benchmark(folder, businesses, rounds, postgres, cli, childHeap, smallHeap);
    } finally {
      delete(folder);
    }
    System.exit(status);
  }

  private static int smoke(Path folder, Path jar) throws IOException, InterruptedException, SQLException {
    List<String> differences = new ArrayList<>();
    Optional<String> noPostgres = PostgresServer.unreachable();
    if (noPostgres.isPresent()) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        differences.add("CI=true and " + noPostgres.get() + " (the PostgreSQL part of the smoke cannot be skipped in CI)");
      } else {
        System.out.println("PostgreSQL part skipped: " + noPostgres.get() + " (with CI=true this fails the smoke)");
      }
    }
    // The benchmark's mix, then ten times the faults so that every check has violations to count.
    for (double faultRate : new double[] {0.02, 0.2}) {
      write(folder, 2_000, faultRate);
      DataSet data = DataSetReader.defaults().read(folder).dataSet();
      Responsibility ours = Responsibility.of(data);
      List<Answers> asked = new ArrayList<>();
      try (DuckDbBaseline duck = DuckDbBaseline.load(folder)) {
        // Inside a quarter, at the ends of the plan's quarters, a past quarter, after the year, and
        // under the 2025 director mandate.
        Object[][] days = {{"2023-02-15", 1}, {"2023-05-15", 2}, {"2023-09-30", 3}, {"2023-12-20", 4},
            {"2023-12-20", 1}, {"2023-12-31", 4}, {"2024-03-31", 1}, {"2025-06-30", 2}};
        for (Object[] a : days) {
          LocalDate day = LocalDate.parse((String) a[0]);
          int quarter = (Integer) a[1];
          Answers mine = Answers.ours(ours, day, quarter);
          asked.add(mine);
          differences.addAll(mine.differences(duck.answers(day, quarter)).stream().map(d -> "DuckDB, " + d).toList());
          List<CheckCode> silent = mine.checks().entrySet().stream().filter(e -> e.getValue() == 0)
              .map(Map.Entry::getKey).toList();
          System.out.printf(Locale.ROOT, "fault rate %.2f, %s Q%d: %d violations, %d townships%s%n", faultRate, day,
              quarter, mine.checks().values().stream().mapToLong(Long::longValue).sum(), mine.townships().size(),
              silent.isEmpty() ? "" : "; none of " + silent);
        }
      }
      if (noPostgres.isEmpty()) {
        List<String> pushedDown = PostgresRounds.smoke(data, asked);
        differences.addAll(pushedDown);
        if (pushedDown.isEmpty()) {
          System.out.printf(Locale.ROOT, "fault rate %.2f: %s pushdown (SqlChecks, SqlMetrics, the hand-written "
              + "query) equal for the %d days and quarters asked%n", faultRate, PostgresServer.version(), asked.size());
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
      System.out.println("smoke: answers equal" + (noPostgres.isPresent() ? " (PostgreSQL skipped)" : ""));
      return 0;
    }
    System.out.println("smoke: failed (answers of ours against the engine named, or a part that could not run)");
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

  private static int benchmark(Path folder, int businesses, int rounds, boolean postgres, Path jar, String childHeap,
      String smallHeap) throws IOException, InterruptedException, SQLException {
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
    Samples read = new Samples();
    Samples index = new Samples();
    Samples ourQueries = new Samples();
    Samples load = new Samples();
    Samples duckQueries = new Samples();
    Samples ourProcess = new Samples();
    Samples duckProcess = new Samples();
    Answers ourAnswers = null;
    JsonNode duckJson = null;
    for (int round = 1; round <= rounds; round++) {
      Answers[] answers = new Answers[2];
      for (int turn = 0; turn < 2; turn++) {
        gc();
        if (oursGoes(round, turn)) {
          long t = System.nanoTime();
          DataSet data = DataSetReader.defaults().read(folder).dataSet();
          read.since(t);
          // The records handed to a builder first, untimed: the build (sort, checks, index, columns) alone.
          DataSet.Builder again = DataSet.builder().addAll(data);
          t = System.nanoTime();
          again.build();
          index.since(t);
          gc();
          t = System.nanoTime();
          answers[0] = Answers.ours(Responsibility.of(data), DAY, QUARTER);
          ourQueries.since(t);
        } else {
          long t = System.nanoTime();
          try (DuckDbBaseline duck = DuckDbBaseline.load(folder)) {
            load.since(t);
            t = System.nanoTime();
            answers[1] = duck.answers(DAY, QUARTER);
            duckQueries.since(t);
          }
        }
      }
      List<String> differences = answers[0].differences(answers[1]);
      if (!differences.isEmpty()) {
        System.out.println("round " + round + ": answers differ (ours vs DuckDB)");
        differences.forEach(System.out::println);
        return 1;
      }
      ourAnswers = answers[0];
      System.out.printf(Locale.ROOT, "round %d: ours read %.2f s (build %.2f s), queries %.2f s; "
          + "DuckDB load %.2f s, queries %.2f s; answers equal%n", round, read.last(), index.last(), ourQueries.last(),
          load.last(), duckQueries.last());
      if (endToEnd) {
        duckJson = endToEndRound(round, jar, childHeap, folder, ourProcess, duckProcess);
        if (duckJson == null) {
          return 1;
        }
      }
    }
    double smallHeapRun = Double.NaN;
    boolean smallHeapFailed = false;
    if (endToEnd) {
      // The heap goal, proven the way an analyst runs it: the command line with that heap and G1's defaults.
      gc();
      long t = System.nanoTime();
      try {
        String output = run(ourCommand(jar, smallHeap, folder));
        smallHeapRun = (System.nanoTime() - t) / 1e9;
        if (!new ObjectMapper().readTree(output).equals(duckJson)) {
          System.out.println("with -Xmx" + smallHeap + " the metrics JSON differs from DuckDB's");
          System.out.println(output);
          return 1;
        }
        System.out.printf(Locale.ROOT, "end to end with -Xmx%s: %.2f s; JSON equal%n", smallHeap, smallHeapRun);
      } catch (IllegalStateException failed) {
        // Said, and the run still reports what it measured: the rounds' figures stand on their own.
        smallHeapFailed = true;
        System.out.println("end to end with -Xmx" + smallHeap + " failed: " + failed.getMessage());
      }
    }
    PostgresRounds.Figures pg = null;
    if (postgres) {
      gc();
      // Read once more (untimed) rather than kept from a round, so that no round ran with it on the heap.
      DataSet data = DataSetReader.defaults().read(folder).dataSet();
      pg = PostgresRounds.measure(data, ourAnswers, rounds);
      if (!pg.differences().isEmpty()) {
        System.out.println("answers differ (ours in memory vs the engine named)");
        pg.differences().forEach(System.out::println);
        return 1;
      }
    }

    double ourMemory = index.median() + ourQueries.median();
    double ourFromCsv = read.median() + ourQueries.median();
    double duckFromCsv = load.median() + duckQueries.median();
    System.out.println();
    System.out.printf(Locale.ROOT, "%s, medians of %d rounds (DuckDB %s%s)%n", rows, rounds, DuckDbBaseline.describe(),
        postgres ? "; " + PostgresServer.version() : "");
    System.out.println(TABLE_HEAD);
    row("load: CSV folder → data set and index / → DuckDB tables", read.median(), load.median());
    row("of which our build (`DataSet.Builder.build()` re-run over the records read)", index.median(), Double.NaN);
    row("all 16 checks + 8 metrics + township roll-up, data loaded / DuckDB's SQL", ourQueries.median(),
        duckQueries.median());
    // The comparison: our index build counts as DuckDB's load does; and the stricter one.
    row("build + checks and metrics / DuckDB's load + checks and metrics", ourMemory, duckFromCsv);
    row("build + checks and metrics / DuckDB's checks and metrics alone", ourMemory, duckQueries.median());
    row("CSV folder → every check and metric, in process / DuckDB", ourFromCsv, duckFromCsv);
    if (endToEnd) {
      row(END_TO_END, ourProcess.median(), duckProcess.median());
      if (smallHeapFailed) {
        System.out.printf(Locale.ROOT, "| the same with `-Xmx%s` (one run) / DuckDbMetrics | failed | %.2f s | |%n",
            smallHeap, duckProcess.median());
      } else {
        row("the same with `-Xmx" + smallHeap + "` (one run) / DuckDbMetrics", smallHeapRun, duckProcess.median());
      }
    }
    if (pg != null) {
      double ours = pg.ourImport().median();
      double psql = pg.psqlImport().median();
      System.out.printf(Locale.ROOT, "| PostgreSQL import of %,d records: `JdbcStore.importRecords` / `psql \\copy` "
          + "of the same rows | %.2f s, %,.0f rows/s | %.2f s, %,.0f rows/s | %.2f× its throughput |%n", pg.records(),
          ours, pg.records() / ours, psql, pg.records() / psql, psql / ours);
      row("PostgreSQL, all 8 metrics with the quarter: `SqlMetrics.evaluate` / one hand-written query",
          pg.sqlMetrics().median(), pg.handWritten().median());
      row("PostgreSQL, all 16 checks + 8 metrics + township roll-up: `SqlChecks` + `SqlMetrics` / DuckDB's SQL, "
          + "data loaded", pg.answers().median(), duckQueries.median());
    }
    return smallHeapFailed ? 1 : 0;
  }

  /**
   * One round of the end-to-end measure: the command line and {@link DuckDbMetrics}, each a fresh
   * JVM, alternating which goes first.
   *
   * @return DuckDB's metrics JSON, or null once the two JSONs are printed for differing
   */
  private static JsonNode endToEndRound(int round, Path jar, String childHeap, Path folder, Samples ourProcess,
      Samples duckProcess) throws IOException, InterruptedException {
    String[] outputs = new String[2];
    for (int turn = 0; turn < 2; turn++) {
      gc();
      long t = System.nanoTime();
      if (oursGoes(round, turn)) {
        outputs[0] = run(ourCommand(jar, childHeap, folder));
        ourProcess.since(t);
      } else {
        outputs[1] = run(duckCommand(childHeap, folder));
        duckProcess.since(t);
      }
    }
    ObjectMapper json = new ObjectMapper();
    JsonNode ours = json.readTree(outputs[0]);
    JsonNode theirs = json.readTree(outputs[1]);
    if (!ours.equals(theirs)) {
      System.out.println("round " + round + ": the metrics JSON differs (ours, then DuckDB's)");
      System.out.println(outputs[0]);
      System.out.println(outputs[1]);
      return null;
    }
    System.out.printf(Locale.ROOT, "round %d: end to end, ours %.2f s, DuckDB %.2f s (%.2f×); JSON equal%n", round,
        ourProcess.last(), duckProcess.last(), ourProcess.last() / duckProcess.last());
    return theirs;
  }

  /**
   * The end-to-end measure alone, for more rounds than the whole benchmark can afford: on a shared
   * machine one round's ratio moves by a quarter, so the goal is judged on many. Prints each
   * round, then the medians, their ratio, the rounds' own ratios from least to most and how many
   * are within 1.5× (unrounded). A child that fails ends the run with its error, unsummarised.
   *
   * @return 0, 1 when the JSONs differ, 2 without the jar
   */
  private static int endToEndOnly(Path folder, int businesses, int rounds, Path jar, String childHeap)
      throws IOException, InterruptedException {
    if (jar == null || !Files.isRegularFile(jar)) {
      System.err.println("--end-to-end-only needs the command line's jar (examples/target/responsibility.jar "
          + "or --jar PATH)");
      return 2;
    }
    String rows = write(folder, businesses, 0.02);
    System.out.printf(Locale.ROOT, "CSV folder: %s; as of %s, quarter %d; %d rounds of the end-to-end measure alone, "
        + "-Xmx%s each%n", rows, DAY, QUARTER, rounds, childHeap);
    Samples ourProcess = new Samples();
    Samples duckProcess = new Samples();
    for (int round = 1; round <= rounds; round++) {
      if (endToEndRound(round, jar, childHeap, folder, ourProcess, duckProcess) == null) {
        return 1;
      }
    }
    List<Double> ratios = ourProcess.ratiosTo(duckProcess);
    long within = ratios.stream().filter(r -> r <= 1.5).count();
    System.out.println();
    System.out.printf(Locale.ROOT, "%s, medians of %d rounds (DuckDB %s)%n", rows, rounds, DuckDbBaseline.describe());
    System.out.println(TABLE_HEAD);
    row(END_TO_END, ourProcess.median(), duckProcess.median());
    System.out.printf(Locale.ROOT, "rounds' own ratios, least to most: %s; %d of %d within 1.5×%n",
        ratios.stream().sorted().map(r -> String.format(Locale.ROOT, "%.2f", r)).toList(), within, rounds);
    return 0;
  }

  private static void row(String measure, double ours, double baseline) {
    if (Double.isNaN(baseline)) {
      System.out.printf(Locale.ROOT, "| %s | %.2f s | | |%n", measure, ours);
    } else {
      System.out.printf(Locale.ROOT, "| %s | %.2f s | %.2f s | %.2f× its time |%n", measure, ours, baseline,
          ours / baseline);
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
    System.out.printf(Locale.ROOT, "generated and wrote %s in %.1f s%n", size, Samples.secondsSince(t));
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

  /** A full collection before a timed phase, so that neither side pays for the other's garbage. */
  static void gc() {
    System.gc();
    System.gc();
  }

  /**
   * Alternates which side runs first, so that neither always finds the page cache, the database's
   * buffers and the heap as the other left them.
   *
   * @param round from 1
   * @param turn 0 for the first side of the round, 1 for the second
   * @return whether our side runs in that turn
   */
  static boolean oursGoes(int round, int turn) {
    return (turn == 0) == (round % 2 == 1);
  }

  /** Deletes a folder and everything below it. */
  static void delete(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}

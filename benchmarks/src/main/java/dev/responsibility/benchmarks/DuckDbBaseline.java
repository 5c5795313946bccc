package dev.responsibility.benchmarks;

import dev.responsibility.core.calendar.EntryWindow;
import dev.responsibility.core.calendar.WorkPlans;
import dev.responsibility.core.metrics.Metric;
import dev.responsibility.core.metrics.MetricValue;
import dev.responsibility.core.model.Category;
import dev.responsibility.core.model.DocumentKind;
import dev.responsibility.core.model.Grade;
import dev.responsibility.core.policy.DirectorMandateVersion;
import dev.responsibility.core.policy.Policy;
import dev.responsibility.core.rules.CheckCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The DuckDB baseline of the benchmarks: a FORMAT.md CSV folder loaded into an in-memory DuckDB
 * ({@code jdbc:duckdb:}) with {@code read_csv}, and the checks and metrics computed by the SQL in
 * {@code /duckdb/*.sql}. The SQL states FORMAT.md; Java only supplies what the policy and the work
 * plans say (director mandate, grade levels and frequencies, entry deadlines, the quarter's window),
 * read from {@link Policy#defaults()} and {@link WorkPlans#defaults()}, as small tables and literals.
 *
 * <p>Not thread-safe: one connection, used by one thread; close it to free DuckDB's memory.
 */
public final class DuckDbBaseline implements AutoCloseable {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-zA-Z]+)}");

  private final Connection connection;
  private final Policy policy;
  private final WorkPlans workPlans;

  private DuckDbBaseline(Connection connection, Policy policy, WorkPlans workPlans) {
    this.connection = connection;
    this.policy = policy;
    this.workPlans = workPlans;
  }

  /**
   * Loads a CSV folder as {@code DataSetWriter.english()} writes it (FORMAT.md's columns in
   * FORMAT.md's order, no {@code workplan.json}, so the default plans apply).
   *
   * @param folder the folder, not null
   * @return the loaded baseline
   * @throws IllegalStateException if DuckDB refuses a file or a statement
   */
  public static DuckDbBaseline load(Path folder) {
    Objects.requireNonNull(folder, "folder");
    try {
      DuckDbBaseline db = new DuckDbBaseline(DriverManager.getConnection("jdbc:duckdb:"), Policy.defaults(),
          WorkPlans.defaults());
      db.loadFolder(folder);
      return db;
    } catch (SQLException e) {
      throw new IllegalStateException("DuckDB could not load " + folder + ": " + e.getMessage(), e);
    }
  }

  private void loadFolder(Path folder) throws SQLException {
    // Facts of the Category enum that FORMAT.md's validity rules turn on.
    execute("CREATE OR REPLACE TABLE categories (category VARCHAR, small_operator BOOLEAN, licence_form VARCHAR)");
    execute("INSERT INTO categories VALUES " + java.util.Arrays.stream(Category.values())
        .map(c -> "(" + text(c.name()) + ", " + c.isSmallOperator() + ", " + text(c.licenceForm().name()) + ")")
        .collect(Collectors.joining(", ")));
    run("load.sql", Map.of("folder", folder.toAbsolutePath().toString().replace("'", "''")));
    // The entry deadline of every quarter of every year a visit falls in, from the work plans.
    List<Integer> years = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT DISTINCT year(visit_date) FROM supervisions")) {
      while (rs.next()) {
        years.add(rs.getInt(1));
      }
    }
    execute("CREATE OR REPLACE TABLE entry_deadlines (year INTEGER, quarter INTEGER, entry_deadline DATE)");
    if (!years.isEmpty()) {
      List<String> rows = new ArrayList<>();
      for (int year : years) {
        for (int q = 1; q <= 4; q++) {
          rows.add("(" + year + ", " + q + ", " + date(workPlans.forYear(year).quarter(q).entryDeadline()) + ")");
        }
      }
      execute("INSERT INTO entry_deadlines VALUES " + String.join(", ", rows));
    }
  }

  /**
   * Every check and metric as of a day, with supervision-completion for a quarter of its year.
   *
   * @param day the day, not null
   * @param quarter 1 to 4
   * @return DuckDB's answers
   * @throws IllegalStateException if a statement fails
   */
  public Answers answers(LocalDate day, int quarter) {
    try {
      Map<String, String> values = prepareDay(day, quarter);
      Map<CheckCode, Long> checks = new EnumMap<>(CheckCode.class);
      try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql("checks.sql", values))) {
        rs.next();
        ResultSetMetaData meta = rs.getMetaData();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          checks.put(CheckCode.valueOf(meta.getColumnLabel(i).toUpperCase(Locale.ROOT)), rs.getLong(i));
        }
      }
      RollUp rollUp = rollUp(values);
      return new Answers(day, quarter, checks, rollUp.overall(), rollUp.townships());
    } catch (SQLException e) {
      throw new IllegalStateException("DuckDB failed as of " + day + ": " + e.getMessage(), e);
    }
  }

  /**
   * The metrics alone (what {@code responsibility metrics --by TOWNSHIP} computes).
   *
   * @param day the day, not null
   * @param quarter 1 to 4
   * @return the metrics over everything and by township
   * @throws IllegalStateException if a statement fails
   */
  public RollUp metrics(LocalDate day, int quarter) {
    try {
      return rollUp(prepareDay(day, quarter));
    } catch (SQLException e) {
      throw new IllegalStateException("DuckDB failed as of " + day + ": " + e.getMessage(), e);
    }
  }

  /**
   * The metrics of one query.
   *
   * @param overall each metric over the whole data set, not null
   * @param townships each township's totals by code, in code order, not null
   */
  public record RollUp(Map<Metric, MetricValue> overall, Map<String, Answers.Township> townships) {}

  private RollUp rollUp(Map<String, String> values) throws SQLException {
    Map<String, Metric> byKey = new LinkedHashMap<>();
    for (Metric m : Metric.values()) {
      byKey.put(m.key(), m);
    }
    Map<Metric, MetricValue> overall = new EnumMap<>(Metric.class);
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, Map<Metric, MetricValue>> totals = new LinkedHashMap<>();
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql("metrics.sql", values))) {
      while (rs.next()) {
        String township = rs.getString(1);
        Metric metric = byKey.get(rs.getString(3));
        MetricValue value = new MetricValue(rs.getLong(4), rs.getLong(5));
        if (township == null) {
          overall.put(metric, value);
        } else {
          names.put(township, rs.getString(2));
          totals.computeIfAbsent(township, k -> new EnumMap<>(Metric.class)).put(metric, value);
        }
      }
    }
    Map<String, Answers.Township> townships = new LinkedHashMap<>();
    totals.forEach((code, t) -> townships.put(code, new Answers.Township(names.get(code), t)));
    return new RollUp(overall, townships);
  }

  /** The day's parameter tables and facts (day.sql); returns the literals the queries need. */
  private Map<String, String> prepareDay(LocalDate day, int quarter) throws SQLException {
    DirectorMandateVersion mandate = policy.directorMandate().versionOn(day);
    execute("CREATE OR REPLACE TEMP TABLE mandates (category VARCHAR, always BOOLEAN, large_or_medium BOOLEAN, "
        + "diners_at_least INTEGER, diners_more_than INTEGER)");
    execute("INSERT INTO mandates VALUES " + java.util.Arrays.stream(Category.values())
        .map(c -> "(" + text(c.name()) + ", " + mandate.alwaysMandatory().contains(c) + ", "
            + mandate.mandatoryWhenLargeOrMedium().contains(c) + ", " + mandate.dinersAtLeast().get(c) + ", "
            + mandate.dinersMoreThan().get(c) + ")")
        .collect(Collectors.joining(", ")));
    execute("CREATE OR REPLACE TEMP TABLE grade_levels (grade VARCHAR, cadre_level VARCHAR, needed INTEGER)");
    execute("INSERT INTO grade_levels VALUES " + java.util.Arrays.stream(Grade.values())
        .map(g -> "(" + text(g.name()) + ", " + text(policy.cadreLevelFor(g).name()) + ", "
            + policy.supervisionsPerQuarter().get(g) + ")")
        .collect(Collectors.joining(", ")));
    EntryWindow window = workPlans.forYear(day.getYear()).window(quarter);
    LocalDate deadline = window.entryDeadline();
    Map<String, String> values = new LinkedHashMap<>();
    values.put("day", date(day));
    values.put("first", date(window.first()));
    values.put("last", date(window.last()));
    values.put("enteredBy", date(deadline.isBefore(day) ? deadline : day));
    values.put("windowOpen", Boolean.toString(!window.isEmpty()));
    values.put("onSiteForHighRisk", Boolean.toString(policy.onSiteRequiredForHighRisk()));
    values.put("documentKinds", Integer.toString(DocumentKind.values().length));
    run("day.sql", values);
    return values;
  }

  private void run(String resource, Map<String, String> values) throws SQLException {
    for (String statement : sql(resource, values).split(";\\s*(\\n|$)")) {
      if (!statement.isBlank()) {
        execute(statement);
      }
    }
  }

  private void execute(String statement) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(statement);
    }
  }

  /** A resource's SQL without its comment lines, each placeholder replaced by its literal. */
  static String sql(String resource, Map<String, String> values) {
    String text;
    try (InputStream in = DuckDbBaseline.class.getResourceAsStream("/duckdb/" + resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource /duckdb/" + resource);
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String code = text.lines().filter(line -> !line.strip().startsWith("--")).collect(Collectors.joining("\n"));
    Matcher m = PLACEHOLDER.matcher(code);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        throw new IllegalArgumentException("no value for ${" + m.group(1) + "} in " + resource);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * @return DuckDB's version and thread count on this machine, for a report
   * @throws IllegalStateException if DuckDB cannot start
   */
  public static String describe() {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT version(), current_setting('threads')")) {
      rs.next();
      return rs.getString(1) + ", " + rs.getString(2) + " threads";
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String date(LocalDate day) {
    return "DATE '" + day + "'";
  }

  private static String text(String value) {
    return "'" + value.replace("'", "''") + "'";
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}

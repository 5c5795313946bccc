package dev.responsibility.adapters.jdbc;

import static dev.responsibility.adapters.jdbc.SqlFacts.BASE_TABLE;
import static dev.responsibility.adapters.jdbc.SqlFacts.ENTRY_DAY;
import static dev.responsibility.adapters.jdbc.SqlFacts.active;

import dev.responsibility.core.calendar.WorkPlan;
import dev.responsibility.core.calendar.WorkPlans;
import dev.responsibility.core.model.CadreLevel;
import dev.responsibility.core.model.Category;
import dev.responsibility.core.model.DocumentKind;
import dev.responsibility.core.model.Grade;
import dev.responsibility.core.policy.DirectorMandateVersion;
import dev.responsibility.core.policy.Policy;
import dev.responsibility.core.rules.CheckCode;
import dev.responsibility.core.rules.CheckContext;
import dev.responsibility.core.rules.CheckReport;
import dev.responsibility.core.rules.Checks;
import dev.responsibility.core.rules.ImmutableViolation;
import dev.responsibility.core.rules.RecordRef;
import dev.responsibility.core.rules.Violation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The sixteen checks of FORMAT.md evaluated inside the database: each check's "one violation per"
 * sentence is one query over the stored facts, and only the violating rows come back, to be
 * worded exactly as the core's in-memory checks word them. Gives the same {@link CheckReport} as
 * {@code Responsibility.check}. Thread-safe.
 */
public final class SqlChecks {

  private final DataSource dataSource;
  private final Policy policy;
  private final WorkPlans workPlans;
  private final Checks checks;

  private SqlChecks(DataSource dataSource, Policy policy, WorkPlans workPlans, Checks checks) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.workPlans = Objects.requireNonNull(workPlans, "workPlans");
    this.checks = Objects.requireNonNull(checks, "checks");
  }

  /**
   * @param store the store whose database is checked, not null
   * @param policy the policy, not null
   * @param workPlans the work plans, not null
   * @param checks the severities, not null
   * @return the evaluator
   */
  public static SqlChecks of(JdbcStore store, Policy policy, WorkPlans workPlans, Checks checks) {
    return new SqlChecks(store.dataSource(), policy, workPlans, checks);
  }

  /**
   * @param asOf the day, not null
   * @return every violation as of the day, in report order
   */
  public CheckReport check(LocalDate asOf) {
    return Sql.inTransaction(dataSource, "checking as of " + asOf, c -> {
      Evaluation e = new Evaluation(c, asOf);
      e.uncovered();
      e.doubleRelations();
      e.danglingRelations();
      e.relationJoins();
      e.missingDocuments();
      e.identity();
      e.staffing();
      e.entries();
      return CheckReport.of(asOf, e.violations);
    });
  }

  private final class Evaluation implements dev.responsibility.core.rules.ViolationFactory {
    private final Connection c;
    private final LocalDate asOf;
    private final String day;
    private final Map<String, Object> params = new HashMap<>();
    private final List<Violation> violations = new ArrayList<>();

    Evaluation(Connection c, LocalDate asOf) {
      this.c = c;
      this.asOf = asOf;
      this.day = asOf.toString();
      params.put("day", asOf);
    }

    @Override
    public ImmutableViolation.Builder violation(CheckCode code) {
      return Violation.builder().code(code).severity(checks.severityOf(code)).asOf(asOf);
    }

    private void rows(String sql, RecordTables.RowReader reader) throws SQLException {
      try (PreparedStatement ps = NamedSql.of(sql).prepare(c, params); ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          reader.read(rs);
        }
      }
    }

    private RecordRef ref(RecordRef.Kind kind, String id) {
      return new RecordRef(kind, id);
    }

    void uncovered() throws SQLException {
      rows("SELECT base.id, base.name FROM " + BASE_TABLE + " WHERE NOT EXISTS (SELECT 1 FROM relations r "
          + "WHERE r.business_id = base.id AND " + active("r.valid_from", "r.valid_to") + ")", rs ->
          violations.add(violation(CheckCode.UNCOVERED).addRecords(ref(RecordRef.Kind.BUSINESS, rs.getString(1)))
              .addArguments(rs.getString(1), rs.getString(2), day).build()));
    }

    void doubleRelations() throws SQLException {
      Map<String, String> names = new LinkedHashMap<>();
      Map<String, TreeSet<String>> relations = new HashMap<>();
      rows("SELECT b.id, b.name, r.id FROM businesses b JOIN relations r ON r.business_id = b.id WHERE "
          + active("r.valid_from", "r.valid_to") + " AND (SELECT COUNT(*) FROM relations r2 WHERE r2.business_id = b.id AND "
          + active("r2.valid_from", "r2.valid_to") + ") >= 2", rs -> {
            names.put(rs.getString(1), rs.getString(2));
            relations.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(3));
          });
      names.forEach((business, name) -> {
        List<RecordRef> active = relations.get(business).stream().map(r -> ref(RecordRef.Kind.RELATION, r)).toList();
        violations.add(violation(CheckCode.DOUBLE_RELATION).addRecords(ref(RecordRef.Kind.BUSINESS, business))
            .addAllRecords(active).addArguments(business, name, Integer.toString(active.size()),
                CheckContext.ids(active), day).build());
      });
    }

    void danglingRelations() throws SQLException {
      rows("SELECT r.id, r.cadre_id, r.business_id, c.id, b.id FROM relations r LEFT JOIN cadres c ON c.id = r.cadre_id "
          + "LEFT JOIN businesses b ON b.id = r.business_id WHERE c.id IS NULL OR b.id IS NULL", rs -> {
            boolean cadreKnown = rs.getString(4) != null;
            boolean businessKnown = rs.getString(5) != null;
            ImmutableViolation.Builder v = violation(CheckCode.DANGLING_RELATION).addRecords(ref(RecordRef.Kind.RELATION, rs.getString(1)));
            if (!cadreKnown) {
              v.addRecords(ref(RecordRef.Kind.CADRE, rs.getString(2)));
            }
            if (!businessKnown) {
              v.addRecords(ref(RecordRef.Kind.BUSINESS, rs.getString(3)));
            }
            violations.add(v.variant(cadreKnown ? "business" : businessKnown ? "cadre" : "both")
                .addArguments(rs.getString(1), rs.getString(2), rs.getString(3)).build());
          });
    }

    /** STALE_RELATION, INACTIVE_CADRE, LEVEL_MISMATCH, OUT_OF_JURISDICTION: active relations of known records. */
    void relationJoins() throws SQLException {
      String activeRelation = active("r.valid_from", "r.valid_to");
      rows("SELECT r.id, b.id, b.name FROM relations r JOIN businesses b ON b.id = r.business_id WHERE " + activeRelation
          + " AND b.id NOT IN (SELECT base.id FROM " + BASE_TABLE + ")", rs ->
          violations.add(violation(CheckCode.STALE_RELATION).addRecords(ref(RecordRef.Kind.RELATION, rs.getString(1)),
              ref(RecordRef.Kind.BUSINESS, rs.getString(2))).addArguments(rs.getString(1), rs.getString(2),
              rs.getString(3), day).build()));
      String joined = "FROM relations r JOIN businesses b ON b.id = r.business_id JOIN cadres c ON c.id = r.cadre_id WHERE "
          + activeRelation;
      rows("SELECT r.id, c.id, c.name, b.id " + joined + " AND NOT " + active("c.active_from", "c.active_to"), rs ->
          violations.add(violation(CheckCode.INACTIVE_CADRE).addRecords(ref(RecordRef.Kind.RELATION, rs.getString(1)),
              ref(RecordRef.Kind.CADRE, rs.getString(2)), ref(RecordRef.Kind.BUSINESS, rs.getString(4)))
              .addArguments(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), day).build()));
      String expected = Arrays.stream(Grade.values())
          .map(g -> "WHEN '" + g.name() + "' THEN '" + policy.cadreLevelFor(g).name() + "'")
          .collect(Collectors.joining(" ", "CASE b.grade ", " END"));
      rows("SELECT r.id, c.id, c.name, c.level, b.id, b.grade " + joined + " AND c.level <> " + expected, rs -> {
        CadreLevel actual = CadreLevel.valueOf(rs.getString(4));
        Grade grade = Grade.valueOf(rs.getString(6));
        CadreLevel should = policy.cadreLevelFor(grade);
        violations.add(violation(CheckCode.LEVEL_MISMATCH).addRecords(ref(RecordRef.Kind.RELATION, rs.getString(1)),
            ref(RecordRef.Kind.CADRE, rs.getString(2)), ref(RecordRef.Kind.BUSINESS, rs.getString(5)))
            .addArguments(rs.getString(1), rs.getString(2), rs.getString(3), actual.name(), rs.getString(5), grade.name(),
                should.name(), actual.divisionLevel().chineseName(), should.divisionLevel().chineseName()).build());
      });
      rows("SELECT r.id, c.id, c.name, c.division_code, b.id, b.division_code " + joined
          + " AND b.division_code <> c.division_code AND NOT EXISTS (SELECT 1 FROM division_closure cl "
          + "WHERE cl.ancestor = c.division_code AND cl.descendant = b.division_code)", rs ->
          violations.add(violation(CheckCode.OUT_OF_JURISDICTION).addRecords(ref(RecordRef.Kind.RELATION, rs.getString(1)),
              ref(RecordRef.Kind.CADRE, rs.getString(2)), ref(RecordRef.Kind.BUSINESS, rs.getString(5)))
              .addArguments(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                  rs.getString(6)).build()));
    }

    void missingDocuments() throws SQLException {
      String kinds = Arrays.stream(DocumentKind.values()).map(k -> "SELECT '" + k.name() + "' AS kind")
          .collect(Collectors.joining(" UNION ALL "));
      rows("SELECT c.id, c.name, k.kind FROM cadres c CROSS JOIN (" + kinds + ") k WHERE " + active("c.active_from", "c.active_to")
          + " AND EXISTS (SELECT 1 FROM relations r JOIN businesses b ON b.id = r.business_id WHERE r.cadre_id = c.id AND "
          + active("r.valid_from", "r.valid_to") + ") AND NOT EXISTS (SELECT 1 FROM documents d WHERE d.cadre_id = c.id "
          + "AND d.kind = k.kind AND d.signed_on <= :day AND d.valid_through >= :day)", rs ->
          violations.add(violation(CheckCode.MISSING_DOCUMENT).addRecords(ref(RecordRef.Kind.CADRE, rs.getString(1)))
              .variant(rs.getString(3).trim()).addArguments(rs.getString(1), rs.getString(2), day).build()));
    }

    /** INVALID_CREDIT_CODE, DUPLICATE_CREDIT_CODE, INVALID_LICENSE over the base. */
    void identity() throws SQLException {
      rows("SELECT base.id, base.name, base.credit_code FROM " + BASE_TABLE + " WHERE NOT base.credit_code_valid", rs ->
          violations.add(dev.responsibility.core.rules.CreditCodesValid.violation(this,
              dev.responsibility.core.model.CreditCode.of(rs.getString(3)), rs.getString(1), rs.getString(2))));
      // Businesses of the base whose non-empty code is held by another of the base, grouped by code here.
      Map<String, String> names = new HashMap<>();
      Map<String, TreeSet<String>> byCode = new HashMap<>();
      Map<String, String> codeOf = new java.util.TreeMap<>();
      rows("WITH base AS (" + SqlFacts.BASE + ") SELECT base.id, base.name, base.credit_code FROM base "
          + "WHERE base.credit_code <> '' AND base.credit_code IN "
          + "(SELECT base2.credit_code FROM base base2 GROUP BY base2.credit_code HAVING COUNT(*) > 1)", rs -> {
            names.put(rs.getString(1), rs.getString(2));
            codeOf.put(rs.getString(1), rs.getString(3));
            byCode.computeIfAbsent(rs.getString(3), k -> new TreeSet<>()).add(rs.getString(1));
          });
      codeOf.forEach((business, code) -> {
        List<RecordRef> refs = byCode.get(code).stream().filter(o -> !o.equals(business))
            .map(o -> ref(RecordRef.Kind.BUSINESS, o)).toList();
        violations.add(violation(CheckCode.DUPLICATE_CREDIT_CODE).addRecords(ref(RecordRef.Kind.BUSINESS, business))
            .addAllRecords(refs).addArguments(business, names.get(business), code, CheckContext.ids(refs)).build());
      });
      rows("SELECT base.id, base.name, base.license_no, base.category FROM " + BASE_TABLE + " WHERE NOT base.license_form_valid",
          rs -> {
            Category category = Category.valueOf(rs.getString(4));
            violations.add(violation(CheckCode.INVALID_LICENSE).addRecords(ref(RecordRef.Kind.BUSINESS, rs.getString(1)))
                .variant(category.licenceForm().name()).addArguments(rs.getString(1), rs.getString(2), rs.getString(3),
                    category.name(), category.chineseName()).build());
          });
    }

    void staffing() throws SQLException {
      DirectorMandateVersion mandate = policy.directorMandate().versionOn(asOf);
      rows("SELECT base.id, base.name, base.category, base.size, base.diners FROM " + BASE_TABLE + " WHERE "
          + SqlFacts.mandatory(mandate) + " AND NOT " + SqlFacts.staff("DIRECTOR"), rs -> {
            Category category = Category.valueOf(rs.getString(3));
            dev.responsibility.core.model.BusinessSize size = dev.responsibility.core.model.BusinessSize.valueOf(rs.getString(4));
            violations.add(violation(CheckCode.DIRECTOR_MISSING).addRecords(ref(RecordRef.Kind.BUSINESS, rs.getString(1)))
                .addArguments(rs.getString(1), rs.getString(2), day, mandate.name(), category.name(), size.name(),
                    Integer.toString(rs.getInt(5)), category.chineseName(), size.chineseName()).build());
          });
      String smallOperators = Arrays.stream(Category.values()).filter(Category::isSmallOperator)
          .map(k -> "'" + k.name() + "'").collect(Collectors.joining(", "));
      rows("SELECT base.id, base.name FROM " + BASE_TABLE + " WHERE base.category NOT IN (" + smallOperators + ") AND NOT "
          + SqlFacts.staff("OFFICER"), rs ->
          violations.add(violation(CheckCode.OFFICER_MISSING).addRecords(ref(RecordRef.Kind.BUSINESS, rs.getString(1)))
              .addArguments(rs.getString(1), rs.getString(2), day).build()));
    }

    /** LATE_ENTRY, ENTERED_BEFORE_VISIT, OUT_OF_PERIOD over supervisions entered by the day. */
    void entries() throws SQLException {
      String seen = "FROM supervisions s WHERE " + ENTRY_DAY + " <= :day";
      List<Integer> years = new ArrayList<>();
      rows("SELECT DISTINCT EXTRACT(YEAR FROM s.visit_date) " + seen, rs -> years.add(rs.getInt(1)));
      if (!years.isEmpty()) {
        // The entry deadline of each (year, quarter) visited, from the work plans, as a bound derived table.
        List<String> rowsOfDeadlines = new ArrayList<>();
        for (int year : years) {
          WorkPlan plan = workPlans.forYear(year);
          for (int q = 1; q <= 4; q++) {
            String key = "y" + year + "q" + q;
            params.put(key + "year", year);
            params.put(key + "quarter", q);
            params.put(key + "deadline", plan.quarter(q).entryDeadline());
            rowsOfDeadlines.add("SELECT CAST(:" + key + "year AS INTEGER) AS plan_year, CAST(:" + key
                + "quarter AS INTEGER) AS quarter, CAST(:" + key + "deadline AS DATE) AS entry_deadline");
          }
        }
        String quarterOf = "CASE WHEN EXTRACT(MONTH FROM s.visit_date) <= 3 THEN 1 WHEN EXTRACT(MONTH FROM s.visit_date) <= 6 "
            + "THEN 2 WHEN EXTRACT(MONTH FROM s.visit_date) <= 9 THEN 3 ELSE 4 END";
        rows("SELECT s.id, " + ENTRY_DAY + ", s.visit_date, dl.entry_deadline " + seen.replace("FROM supervisions s",
            "FROM supervisions s JOIN (" + String.join(" UNION ALL ", rowsOfDeadlines) + ") dl ON dl.plan_year = "
                + "EXTRACT(YEAR FROM s.visit_date) AND dl.quarter = " + quarterOf)
            + " AND " + ENTRY_DAY + " > dl.entry_deadline", rs -> {
              LocalDate visit = RecordTables.date(rs, 3);
              violations.add(violation(CheckCode.LATE_ENTRY).addRecords(ref(RecordRef.Kind.SUPERVISION, rs.getString(1)))
                  .addArguments(rs.getString(1), RecordTables.date(rs, 2).toString(), visit.toString(),
                      RecordTables.date(rs, 4).toString(), visit.getYear() + " Q" + ((visit.getMonthValue() + 2) / 3))
                  .build());
            });
      }
      rows("SELECT s.id, " + ENTRY_DAY + ", s.visit_date " + seen + " AND " + ENTRY_DAY + " < s.visit_date", rs ->
          violations.add(violation(CheckCode.ENTERED_BEFORE_VISIT).addRecords(ref(RecordRef.Kind.SUPERVISION, rs.getString(1)))
              .addArguments(rs.getString(1), RecordTables.date(rs, 2).toString(), RecordTables.date(rs, 3).toString())
              .build()));
      rows("SELECT s.id, s.cadre_id, s.business_id, s.visit_date " + seen + " AND NOT EXISTS (SELECT 1 FROM relations r "
          + "WHERE r.cadre_id = s.cadre_id AND r.business_id = s.business_id AND r.valid_from <= s.visit_date "
          + "AND (r.valid_to IS NULL OR r.valid_to >= s.visit_date))", rs ->
          violations.add(violation(CheckCode.OUT_OF_PERIOD).addRecords(ref(RecordRef.Kind.SUPERVISION, rs.getString(1)),
              ref(RecordRef.Kind.CADRE, rs.getString(2)), ref(RecordRef.Kind.BUSINESS, rs.getString(3)))
              .addArguments(rs.getString(1), rs.getString(2), rs.getString(3), RecordTables.date(rs, 4).toString()).build()));
    }
  }
}

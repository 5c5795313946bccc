package dev.responsibility.adapters.jdbc;

import dev.responsibility.core.model.BusinessSize;
import dev.responsibility.core.model.Category;
import dev.responsibility.core.policy.DirectorMandateVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** FORMAT.md's day-level facts as SQL fragments, shared by the metrics and the checks. */
final class SqlFacts {

  private SqlFacts() {}

  /** Active on :day, for a row's start and end columns (an empty end is open). */
  static String active(String from, String to) {
    return "(" + from + " <= :day AND (" + to + " IS NULL OR " + to + " >= :day))";
  }

  /** FORMAT.md's base on :day: licence valid and the latest status on or before the day OPERATING (none: OPERATING). */
  static final String BASE = "SELECT b.id, b.name, b.division_code, b.category, b.size, b.grade, b.diners, b.high_risk, "
      + "b.credit_code, b.license_no, b.credit_code_valid, b.license_form_valid FROM businesses b "
      + "WHERE " + active("b.license_issued", "b.license_expires")
      + " AND COALESCE((SELECT s.status FROM status_changes s WHERE s.business_id = b.id AND s.effective_from = "
      + "(SELECT MAX(s2.effective_from) FROM status_changes s2 WHERE s2.business_id = b.id AND s2.effective_from <= :day)), "
      + "'OPERATING') = 'OPERATING'";

  /** The base as a table aliased {@code base}. */
  static final String BASE_TABLE = "(" + BASE + ") base";

  /** The day of a supervision's entry time in UTC+8, computed by the engine from the stored UTC time. */
  static final String ENTRY_DAY = "CAST(s.entered_utc + INTERVAL '8' HOUR AS DATE)";

  /** An appointment of a role active on :day in the business {@code base}. */
  static String staff(String role) {
    return "EXISTS (SELECT 1 FROM staff st WHERE st.business_id = base.id AND st.role = '" + role + "' AND "
        + active("st.appointed_on", "st.ended_on") + ")";
  }

  /** The director mandate of a version, as a condition on a row aliased {@code base} (values from the policy's enums and ints). */
  static String mandatory(DirectorMandateVersion v) {
    List<String> clauses = new ArrayList<>();
    if (!v.alwaysMandatory().isEmpty()) {
      clauses.add("base.category IN (" + names(v.alwaysMandatory()) + ")");
    }
    if (!v.mandatoryWhenLargeOrMedium().isEmpty()) {
      clauses.add("(base.size IN ('" + BusinessSize.LARGE + "', '" + BusinessSize.MEDIUM + "') AND base.category IN ("
          + names(v.mandatoryWhenLargeOrMedium()) + "))");
    }
    v.dinersAtLeast().forEach((cat, n) -> clauses.add("(base.category = '" + cat.name() + "' AND base.diners >= " + n + ")"));
    v.dinersMoreThan().forEach((cat, n) -> clauses.add("(base.category = '" + cat.name() + "' AND base.diners > " + n + ")"));
    return clauses.isEmpty() ? "1 = 0" : "(" + String.join(" OR ", clauses) + ")";
  }

  private static String names(Set<Category> categories) {
    return categories.stream().sorted().map(c -> "'" + c.name() + "'").collect(Collectors.joining(", "));
  }
}

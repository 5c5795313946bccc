package dev.responsibility.adapters.jdbc;

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
}

package dev.responsibility.adapters.jdbc;

import dev.responsibility.core.dataset.RecordSink;
import dev.responsibility.core.model.Business;
import dev.responsibility.core.model.BusinessId;
import dev.responsibility.core.model.BusinessSize;
import dev.responsibility.core.model.Cadre;
import dev.responsibility.core.model.CadreDocument;
import dev.responsibility.core.model.CadreId;
import dev.responsibility.core.model.CadreLevel;
import dev.responsibility.core.model.Category;
import dev.responsibility.core.model.CreditCode;
import dev.responsibility.core.model.Division;
import dev.responsibility.core.model.DivisionCode;
import dev.responsibility.core.model.DivisionLevel;
import dev.responsibility.core.model.DocumentId;
import dev.responsibility.core.model.DocumentKind;
import dev.responsibility.core.model.Grade;
import dev.responsibility.core.model.GuaranteeRelation;
import dev.responsibility.core.model.LicenseNumber;
import dev.responsibility.core.model.OperatingStatus;
import dev.responsibility.core.model.PhoneNumber;
import dev.responsibility.core.model.Problem;
import dev.responsibility.core.model.ProblemId;
import dev.responsibility.core.model.RelationId;
import dev.responsibility.core.model.SelfCheck;
import dev.responsibility.core.model.SelfCheckKind;
import dev.responsibility.core.model.StaffAppointment;
import dev.responsibility.core.model.StaffId;
import dev.responsibility.core.model.StaffRole;
import dev.responsibility.core.model.StatusChange;
import dev.responsibility.core.model.Supervision;
import dev.responsibility.core.model.SupervisionId;
import dev.responsibility.core.model.SupervisionMode;
import dev.responsibility.core.model.PortException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How each record kind maps to its table: the INSERT that stores it as given (with the columns
 * the adapter derives for SQL evaluation) and the SELECT that reads it back. Prepared statements
 * only; text is bound, never concatenated.
 */
final class RecordTables {

  /** A table the import writes: its name and columns, in the order of {@link #values}. */
  enum Table {
    DIVISIONS("divisions", "code", "name", "level", "parent_code"),
    BUSINESSES("businesses", "id", "name", "credit_code", "license_no", "license_issued", "license_expires", "category",
        "size", "grade", "division_code", "diners", "high_risk", "credit_code_valid", "license_form_valid"),
    STATUS_CHANGES("status_changes", "business_id", "status", "effective_from"),
    CADRES("cadres", "id", "name", "level", "division_code", "post", "active_from", "active_to", "phone"),
    RELATIONS("relations", "id", "cadre_id", "business_id", "valid_from", "valid_to", "live"),
    DOCUMENTS("documents", "id", "cadre_id", "kind", "signed_on", "valid_through", "scan_sha256"),
    SUPERVISIONS("supervisions", "id", "cadre_id", "business_id", "visit_date", "entered_at", "entered_utc", "mode",
        "problems_found"),
    PROBLEMS("problems", "id", "supervision_id", "business_id", "found_on", "referred_on", "rectified_on", "closed_on"),
    STAFF("staff", "id", "business_id", "role", "person_name", "appointed_on", "ended_on"),
    SELF_CHECKS("self_checks", "business_id", "kind", "check_date", "findings"),
    DIVISION_CLOSURE("division_closure", "ancestor", "descendant");

    final String name;
    final List<String> columns;

    Table(String name, String... columns) {
      this.name = name;
      this.columns = List.of(columns);
    }

    String insert() {
      return "INSERT INTO " + name + " (" + String.join(", ", columns) + ") VALUES ("
          + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
    }
  }

  static Object[] values(Division d) {
    return new Object[] {d.code().value(), d.name(), d.level().name(), d.parentCode().map(DivisionCode::value).orElse(null)};
  }

  static Object[] values(Business b) {
    return new Object[] {b.id().value(), b.name(), b.creditCode().value(), b.licenseNumber().value(), b.licenseIssued(),
        b.licenseExpires().orElse(null), b.category().name(), b.size().name(), b.grade().name(), b.division().value(),
        b.diners(), b.highRisk(), b.hasValidCreditCode(), b.hasValidLicenseNumber()};
  }

  static Object[] values(StatusChange s) {
    return new Object[] {s.business().value(), s.status().name(), s.effectiveFrom()};
  }

  static Object[] values(Cadre c) {
    return new Object[] {c.id().value(), c.name(), c.level().name(), c.division().value(), c.post().orElse(null),
        c.activeFrom(), c.activeTo().orElse(null), c.phone().map(PhoneNumber::value).orElse(null)};
  }

  static Object[] values(GuaranteeRelation r, boolean live) {
    return new Object[] {r.id().value(), r.cadre().value(), r.business().value(), r.validFrom(), r.validTo().orElse(null),
        live};
  }

  static Object[] values(CadreDocument d) {
    return new Object[] {d.id().value(), d.cadre().value(), d.kind().name(), d.signedOn(), d.validThrough(),
        d.scanSha256().orElse(null)};
  }

  static Object[] values(Supervision s) {
    return new Object[] {s.id().value(), s.cadre().value(), s.business().value(), s.visitDate(), s.enteredAt().toString(),
        // Whole seconds in UTC: truncation never moves a time across a day boundary of UTC+8.
        s.enteredAt().withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime().withNano(0), s.mode().name(),
        s.problemsFound().isPresent() ? (Object) s.problemsFound().getAsInt() : null};
  }

  static Object[] values(Problem p) {
    return new Object[] {p.id().value(), p.supervision().map(SupervisionId::value).orElse(null), p.business().value(),
        p.foundOn(), p.referredOn().orElse(null), p.rectifiedOn().orElse(null), p.closedOn().orElse(null)};
  }

  static Object[] values(StaffAppointment s) {
    return new Object[] {s.id().value(), s.business().value(), s.role().name(), s.personName(), s.appointedOn(),
        s.endedOn().orElse(null)};
  }

  static Object[] values(SelfCheck c) {
    return new Object[] {c.business().value(), c.kind().name(), c.date(), c.findings().orElse(null)};
  }

  static void bind(PreparedStatement ps, Object[] values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      ps.setObject(i + 1, values[i]);
    }
  }

  /** Reads every stored record into a sink, kind by kind. */
  static void readAll(Connection c, RecordSink sink) throws SQLException {
    stored(c, "SELECT code, name, level, parent_code FROM divisions", rs -> sink.division(Division.builder()
        .code(DivisionCode.of(rs.getString(1))).name(rs.getString(2)).level(DivisionLevel.valueOf(rs.getString(3)))
        .parentCode(text(rs, 4).map(DivisionCode::of)).build()));
    stored(c, "SELECT id, name, credit_code, license_no, license_issued, license_expires, category, size, grade, "
        + "division_code, diners, high_risk FROM businesses", rs -> sink.business(Business.builder()
        .id(BusinessId.of(rs.getString(1))).name(rs.getString(2)).creditCode(CreditCode.of(rs.getString(3)))
        .licenseNumber(LicenseNumber.of(rs.getString(4))).licenseIssued(date(rs, 5)).licenseExpires(optionalDate(rs, 6))
        .category(Category.valueOf(rs.getString(7))).size(BusinessSize.valueOf(rs.getString(8)))
        .grade(Grade.valueOf(rs.getString(9))).division(DivisionCode.of(rs.getString(10))).diners(rs.getInt(11))
        .highRisk(rs.getBoolean(12)).build()));
    stored(c, "SELECT business_id, status, effective_from FROM status_changes", rs -> sink.statusChange(new StatusChange(
        BusinessId.of(rs.getString(1)), OperatingStatus.valueOf(rs.getString(2)), date(rs, 3))));
    stored(c, "SELECT id, name, level, division_code, post, active_from, active_to, phone FROM cadres", rs -> sink.cadre(
        Cadre.builder().id(CadreId.of(rs.getString(1))).name(rs.getString(2)).level(CadreLevel.valueOf(rs.getString(3)))
            .division(DivisionCode.of(rs.getString(4))).post(text(rs, 5)).activeFrom(date(rs, 6))
            .activeTo(optionalDate(rs, 7)).phone(text(rs, 8).map(PhoneNumber::of)).build()));
    stored(c, "SELECT id, cadre_id, business_id, valid_from, valid_to FROM relations", rs -> sink.relation(
        GuaranteeRelation.builder().id(RelationId.of(rs.getString(1))).cadre(CadreId.of(rs.getString(2)))
            .business(BusinessId.of(rs.getString(3))).validFrom(date(rs, 4)).validTo(optionalDate(rs, 5)).build()));
    stored(c, "SELECT id, cadre_id, kind, signed_on, scan_sha256 FROM documents", rs -> sink.document(
        CadreDocument.builder().id(DocumentId.of(rs.getString(1))).cadre(CadreId.of(rs.getString(2)))
            .kind(DocumentKind.valueOf(rs.getString(3))).signedOn(date(rs, 4)).scanSha256(text(rs, 5)).build()));
    stored(c, "SELECT id, cadre_id, business_id, visit_date, entered_at, mode, problems_found FROM supervisions",
        rs -> sink.supervision(Supervision.builder().id(SupervisionId.of(rs.getString(1)))
            .cadre(CadreId.of(rs.getString(2))).business(BusinessId.of(rs.getString(3))).visitDate(date(rs, 4))
            .enteredAt(OffsetDateTime.parse(rs.getString(5))).mode(SupervisionMode.valueOf(rs.getString(6)))
            .problemsFound(optionalInt(rs, 7)).build()));
    stored(c, "SELECT id, supervision_id, business_id, found_on, referred_on, rectified_on, closed_on FROM problems",
        rs -> sink.problem(Problem.builder().id(ProblemId.of(rs.getString(1)))
            .supervision(text(rs, 2).map(SupervisionId::of)).business(BusinessId.of(rs.getString(3)))
            .foundOn(date(rs, 4)).referredOn(optionalDate(rs, 5)).rectifiedOn(optionalDate(rs, 6))
            .closedOn(optionalDate(rs, 7)).build()));
    stored(c, "SELECT id, business_id, role, person_name, appointed_on, ended_on FROM staff", rs -> sink.staff(
        StaffAppointment.builder().id(StaffId.of(rs.getString(1))).business(BusinessId.of(rs.getString(2)))
            .role(StaffRole.valueOf(rs.getString(3))).personName(rs.getString(4)).appointedOn(date(rs, 5))
            .endedOn(optionalDate(rs, 6)).build()));
    stored(c, "SELECT business_id, kind, check_date, findings FROM self_checks", rs -> sink.selfCheck(
        SelfCheck.builder().business(BusinessId.of(rs.getString(1))).kind(SelfCheckKind.valueOf(rs.getString(2)))
            .date(date(rs, 3)).findings(text(rs, 4)).build()));
  }

  @FunctionalInterface
  interface RowReader {
    void read(ResultSet rs) throws SQLException;
  }

  static void query(Connection c, String sql, RowReader reader) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        reader.read(rs);
      }
    }
  }

  /**
   * Reads stored rows into records; a row the model refuses (written by another system, say) is
   * reported with its table and the first column's value (its id).
   */
  private static void stored(Connection c, String sql, RowReader reader) throws SQLException {
    String table = sql.substring(sql.indexOf(" FROM ") + 6).trim();
    query(c, sql, rs -> {
      try {
        reader.read(rs);
      } catch (RuntimeException e) {
        throw new PortException("table " + table + ", row " + rs.getString(1) + ": not a well-formed record: "
            + e.getMessage(), e);
      }
    });
  }

  static void setText(PreparedStatement ps, int i, Optional<String> value) throws SQLException {
    if (value.isPresent()) {
      ps.setString(i, value.get());
    } else {
      ps.setNull(i, Types.VARCHAR);
    }
  }

  static void setDate(PreparedStatement ps, int i, Optional<LocalDate> value) throws SQLException {
    if (value.isPresent()) {
      ps.setObject(i, value.get());
    } else {
      ps.setNull(i, Types.DATE);
    }
  }

  static LocalDate date(ResultSet rs, int i) throws SQLException {
    return rs.getObject(i, LocalDate.class);
  }

  static Optional<LocalDate> optionalDate(ResultSet rs, int i) throws SQLException {
    return Optional.ofNullable(rs.getObject(i, LocalDate.class));
  }

  static Optional<String> text(ResultSet rs, int i) throws SQLException {
    return Optional.ofNullable(rs.getString(i));
  }

  static OptionalInt optionalInt(ResultSet rs, int i) throws SQLException {
    int v = rs.getInt(i);
    return rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(v);
  }

  static LocalDateTime utc(java.time.Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC).withNano(0);
  }
}

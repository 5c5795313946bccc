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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How each record kind maps to its table: the INSERT that stores it as given (with the columns
 * the adapter derives for SQL evaluation) and the SELECT that reads it back. Prepared statements
 * only; text is bound, never concatenated.
 */
final class RecordTables {

  static final String DIVISION = "INSERT INTO divisions (code, name, level, parent_code) VALUES (?, ?, ?, ?)";
  static final String BUSINESS = "INSERT INTO businesses (id, name, credit_code, license_no, license_issued, "
      + "license_expires, category, size, grade, division_code, diners, high_risk, credit_code_valid, "
      + "license_form_valid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  static final String STATUS = "INSERT INTO status_changes (business_id, status, effective_from) VALUES (?, ?, ?)";
  static final String CADRE = "INSERT INTO cadres (id, name, level, division_code, post, active_from, active_to, phone) "
      + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
  static final String RELATION = "INSERT INTO relations (id, cadre_id, business_id, valid_from, valid_to, live) "
      + "VALUES (?, ?, ?, ?, ?, ?)";
  static final String DOCUMENT = "INSERT INTO documents (id, cadre_id, kind, signed_on, valid_through, scan_sha256) "
      + "VALUES (?, ?, ?, ?, ?, ?)";
  static final String SUPERVISION = "INSERT INTO supervisions (id, cadre_id, business_id, visit_date, entered_at, "
      + "entered_utc, mode, problems_found) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
  static final String PROBLEM = "INSERT INTO problems (id, supervision_id, business_id, found_on, referred_on, "
      + "rectified_on, closed_on) VALUES (?, ?, ?, ?, ?, ?, ?)";
  static final String STAFF = "INSERT INTO staff (id, business_id, role, person_name, appointed_on, ended_on) "
      + "VALUES (?, ?, ?, ?, ?, ?)";
  static final String SELF_CHECK = "INSERT INTO self_checks (business_id, kind, check_date, findings) VALUES (?, ?, ?, ?)";

  private RecordTables() {}

  static void bind(PreparedStatement ps, Division d) throws SQLException {
    ps.setString(1, d.code().value());
    ps.setString(2, d.name());
    ps.setString(3, d.level().name());
    setText(ps, 4, d.parentCode().map(DivisionCode::value));
  }

  static void bind(PreparedStatement ps, Business b) throws SQLException {
    ps.setString(1, b.id().value());
    ps.setString(2, b.name());
    ps.setString(3, b.creditCode().value());
    ps.setString(4, b.licenseNumber().value());
    ps.setObject(5, b.licenseIssued());
    setDate(ps, 6, b.licenseExpires());
    ps.setString(7, b.category().name());
    ps.setString(8, b.size().name());
    ps.setString(9, b.grade().name());
    ps.setString(10, b.division().value());
    ps.setInt(11, b.diners());
    ps.setBoolean(12, b.highRisk());
    ps.setBoolean(13, b.hasValidCreditCode());
    ps.setBoolean(14, b.hasValidLicenseNumber());
  }

  static void bind(PreparedStatement ps, StatusChange s) throws SQLException {
    ps.setString(1, s.business().value());
    ps.setString(2, s.status().name());
    ps.setObject(3, s.effectiveFrom());
  }

  static void bind(PreparedStatement ps, Cadre c) throws SQLException {
    ps.setString(1, c.id().value());
    ps.setString(2, c.name());
    ps.setString(3, c.level().name());
    ps.setString(4, c.division().value());
    setText(ps, 5, c.post());
    ps.setObject(6, c.activeFrom());
    setDate(ps, 7, c.activeTo());
    setText(ps, 8, c.phone().map(PhoneNumber::value));
  }

  static void bind(PreparedStatement ps, GuaranteeRelation r, boolean live) throws SQLException {
    ps.setString(1, r.id().value());
    ps.setString(2, r.cadre().value());
    ps.setString(3, r.business().value());
    ps.setObject(4, r.validFrom());
    setDate(ps, 5, r.validTo());
    ps.setBoolean(6, live);
  }

  static void bind(PreparedStatement ps, CadreDocument d) throws SQLException {
    ps.setString(1, d.id().value());
    ps.setString(2, d.cadre().value());
    ps.setString(3, d.kind().name());
    ps.setObject(4, d.signedOn());
    ps.setObject(5, d.validThrough());
    setText(ps, 6, d.scanSha256());
  }

  static void bind(PreparedStatement ps, Supervision s) throws SQLException {
    ps.setString(1, s.id().value());
    ps.setString(2, s.cadre().value());
    ps.setString(3, s.business().value());
    ps.setObject(4, s.visitDate());
    ps.setString(5, s.enteredAt().toString());
    // Whole seconds in UTC: truncation never moves a time across a day boundary of UTC+8.
    ps.setObject(6, s.enteredAt().withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime().withNano(0));
    ps.setString(7, s.mode().name());
    if (s.problemsFound().isPresent()) {
      ps.setInt(8, s.problemsFound().getAsInt());
    } else {
      ps.setNull(8, Types.INTEGER);
    }
  }

  static void bind(PreparedStatement ps, Problem p) throws SQLException {
    ps.setString(1, p.id().value());
    setText(ps, 2, p.supervision().map(SupervisionId::value));
    ps.setString(3, p.business().value());
    ps.setObject(4, p.foundOn());
    setDate(ps, 5, p.referredOn());
    setDate(ps, 6, p.rectifiedOn());
    setDate(ps, 7, p.closedOn());
  }

  static void bind(PreparedStatement ps, StaffAppointment s) throws SQLException {
    ps.setString(1, s.id().value());
    ps.setString(2, s.business().value());
    ps.setString(3, s.role().name());
    ps.setString(4, s.personName());
    ps.setObject(5, s.appointedOn());
    setDate(ps, 6, s.endedOn());
  }

  static void bind(PreparedStatement ps, SelfCheck c) throws SQLException {
    ps.setString(1, c.business().value());
    ps.setString(2, c.kind().name());
    ps.setObject(3, c.date());
    setText(ps, 4, c.findings());
  }

  /** Reads every stored record into a sink, kind by kind. */
  static void readAll(Connection c, RecordSink sink) throws SQLException {
    query(c, "SELECT code, name, level, parent_code FROM divisions", rs -> sink.division(Division.builder()
        .code(DivisionCode.of(rs.getString(1))).name(rs.getString(2)).level(DivisionLevel.valueOf(rs.getString(3)))
        .parentCode(text(rs, 4).map(DivisionCode::of)).build()));
    query(c, "SELECT id, name, credit_code, license_no, license_issued, license_expires, category, size, grade, "
        + "division_code, diners, high_risk FROM businesses", rs -> sink.business(Business.builder()
        .id(BusinessId.of(rs.getString(1))).name(rs.getString(2)).creditCode(CreditCode.of(rs.getString(3)))
        .licenseNumber(LicenseNumber.of(rs.getString(4))).licenseIssued(date(rs, 5)).licenseExpires(optionalDate(rs, 6))
        .category(Category.valueOf(rs.getString(7))).size(BusinessSize.valueOf(rs.getString(8)))
        .grade(Grade.valueOf(rs.getString(9))).division(DivisionCode.of(rs.getString(10))).diners(rs.getInt(11))
        .highRisk(rs.getBoolean(12)).build()));
    query(c, "SELECT business_id, status, effective_from FROM status_changes", rs -> sink.statusChange(new StatusChange(
        BusinessId.of(rs.getString(1)), OperatingStatus.valueOf(rs.getString(2)), date(rs, 3))));
    query(c, "SELECT id, name, level, division_code, post, active_from, active_to, phone FROM cadres", rs -> sink.cadre(
        Cadre.builder().id(CadreId.of(rs.getString(1))).name(rs.getString(2)).level(CadreLevel.valueOf(rs.getString(3)))
            .division(DivisionCode.of(rs.getString(4))).post(text(rs, 5)).activeFrom(date(rs, 6))
            .activeTo(optionalDate(rs, 7)).phone(text(rs, 8).map(PhoneNumber::of)).build()));
    query(c, "SELECT id, cadre_id, business_id, valid_from, valid_to FROM relations", rs -> sink.relation(
        GuaranteeRelation.builder().id(RelationId.of(rs.getString(1))).cadre(CadreId.of(rs.getString(2)))
            .business(BusinessId.of(rs.getString(3))).validFrom(date(rs, 4)).validTo(optionalDate(rs, 5)).build()));
    query(c, "SELECT id, cadre_id, kind, signed_on, scan_sha256 FROM documents", rs -> sink.document(
        CadreDocument.builder().id(DocumentId.of(rs.getString(1))).cadre(CadreId.of(rs.getString(2)))
            .kind(DocumentKind.valueOf(rs.getString(3))).signedOn(date(rs, 4)).scanSha256(text(rs, 5)).build()));
    query(c, "SELECT id, cadre_id, business_id, visit_date, entered_at, mode, problems_found FROM supervisions",
        rs -> sink.supervision(Supervision.builder().id(SupervisionId.of(rs.getString(1)))
            .cadre(CadreId.of(rs.getString(2))).business(BusinessId.of(rs.getString(3))).visitDate(date(rs, 4))
            .enteredAt(OffsetDateTime.parse(rs.getString(5))).mode(SupervisionMode.valueOf(rs.getString(6)))
            .problemsFound(optionalInt(rs, 7)).build()));
    query(c, "SELECT id, supervision_id, business_id, found_on, referred_on, rectified_on, closed_on FROM problems",
        rs -> sink.problem(Problem.builder().id(ProblemId.of(rs.getString(1)))
            .supervision(text(rs, 2).map(SupervisionId::of)).business(BusinessId.of(rs.getString(3)))
            .foundOn(date(rs, 4)).referredOn(optionalDate(rs, 5)).rectifiedOn(optionalDate(rs, 6))
            .closedOn(optionalDate(rs, 7)).build()));
    query(c, "SELECT id, business_id, role, person_name, appointed_on, ended_on FROM staff", rs -> sink.staff(
        StaffAppointment.builder().id(StaffId.of(rs.getString(1))).business(BusinessId.of(rs.getString(2)))
            .role(StaffRole.valueOf(rs.getString(3))).personName(rs.getString(4)).appointedOn(date(rs, 5))
            .endedOn(optionalDate(rs, 6)).build()));
    query(c, "SELECT business_id, kind, check_date, findings FROM self_checks", rs -> sink.selfCheck(
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

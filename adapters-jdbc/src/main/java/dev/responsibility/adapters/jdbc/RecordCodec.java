package dev.responsibility.adapters.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.responsibility.core.model.Business;
import dev.responsibility.core.model.BusinessId;
import dev.responsibility.core.model.BusinessSize;
import dev.responsibility.core.model.Cadre;
import dev.responsibility.core.model.CadreDocument;
import dev.responsibility.core.model.CadreId;
import dev.responsibility.core.model.CadreLevel;
import dev.responsibility.core.model.Category;
import dev.responsibility.core.model.CreditCode;
import dev.responsibility.core.model.DivisionCode;
import dev.responsibility.core.model.DocumentId;
import dev.responsibility.core.model.DocumentKind;
import dev.responsibility.core.model.Grade;
import dev.responsibility.core.model.GuaranteeRelation;
import dev.responsibility.core.model.LicenseNumber;
import dev.responsibility.core.model.PhoneNumber;
import dev.responsibility.core.model.PortException;
import dev.responsibility.core.model.Problem;
import dev.responsibility.core.model.ProblemId;
import dev.responsibility.core.model.RelationId;
import dev.responsibility.core.model.StatusChange;
import dev.responsibility.core.model.Supervision;
import dev.responsibility.core.model.SupervisionId;
import dev.responsibility.core.model.SupervisionMode;
import dev.responsibility.core.port.PlatformRecord;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Records as FORMAT.md rows (column name → cell text, in FORMAT.md's column order), written as a
 * JSON object: the form in which the outbox keeps a record and the change log keeps a state.
 */
final class RecordCodec {

  private static final ObjectMapper JSON = new ObjectMapper();

  private RecordCodec() {}

  static String json(Map<String, String> row) {
    try {
      return JSON.writeValueAsString(row);
    } catch (JsonProcessingException e) {
      throw new PortException("writing a record as JSON", e);
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, String> row(String json) {
    try {
      return JSON.readValue(json, LinkedHashMap.class);
    } catch (JsonProcessingException e) {
      throw new PortException("reading a stored record: " + e.getOriginalMessage(), e);
    }
  }

  static Map<String, String> row(PlatformRecord record) {
    if (record instanceof PlatformRecord.OfBusiness b) {
      return row(b.business());
    } else if (record instanceof PlatformRecord.OfCadre c) {
      return row(c.cadre());
    } else if (record instanceof PlatformRecord.OfRelation r) {
      return row(r.relation());
    } else if (record instanceof PlatformRecord.OfDocument d) {
      return row(d.document());
    } else if (record instanceof PlatformRecord.OfSupervision s) {
      return row(s.supervision());
    } else {
      return row(((PlatformRecord.OfProblem) record).problem());
    }
  }

  static PlatformRecord record(PlatformRecord.Kind kind, Map<String, String> r) {
    switch (kind) {
      case BUSINESS:
        return PlatformRecord.of(Business.builder().id(BusinessId.of(r.get("id"))).name(r.get("name"))
            .creditCode(CreditCode.of(r.get("credit_code"))).licenseNumber(LicenseNumber.of(r.get("license_no")))
            .licenseIssued(LocalDate.parse(r.get("license_issued"))).licenseExpires(date(r, "license_expires"))
            .category(Category.valueOf(r.get("category"))).size(BusinessSize.valueOf(r.get("size")))
            .grade(Grade.valueOf(r.get("grade"))).division(DivisionCode.of(r.get("division_code")))
            .diners(Integer.parseInt(r.get("diners"))).highRisk(Boolean.parseBoolean(r.get("high_risk"))).build());
      case CADRE:
        return PlatformRecord.of(Cadre.builder().id(CadreId.of(r.get("id"))).name(r.get("name"))
            .level(CadreLevel.valueOf(r.get("level"))).division(DivisionCode.of(r.get("division_code")))
            .post(text(r, "post")).activeFrom(LocalDate.parse(r.get("active_from"))).activeTo(date(r, "active_to"))
            .phone(text(r, "phone").map(PhoneNumber::of)).build());
      case RELATION:
        return PlatformRecord.of(GuaranteeRelation.builder().id(RelationId.of(r.get("id")))
            .cadre(CadreId.of(r.get("cadre_id"))).business(BusinessId.of(r.get("business_id")))
            .validFrom(LocalDate.parse(r.get("valid_from"))).validTo(date(r, "valid_to")).build());
      case DOCUMENT:
        return PlatformRecord.of(CadreDocument.builder().id(DocumentId.of(r.get("id")))
            .cadre(CadreId.of(r.get("cadre_id"))).kind(DocumentKind.valueOf(r.get("kind")))
            .signedOn(LocalDate.parse(r.get("signed_on"))).scanSha256(text(r, "scan_sha256")).build());
      case SUPERVISION:
        return PlatformRecord.of(Supervision.builder().id(SupervisionId.of(r.get("id")))
            .cadre(CadreId.of(r.get("cadre_id"))).business(BusinessId.of(r.get("business_id")))
            .visitDate(LocalDate.parse(r.get("visit_date"))).enteredAt(OffsetDateTime.parse(r.get("entered_at")))
            .mode(SupervisionMode.valueOf(r.get("mode")))
            .problemsFound(text(r, "problems_found").map(n -> OptionalInt.of(Integer.parseInt(n))).orElse(OptionalInt.empty()))
            .build());
      default:
        return PlatformRecord.of(Problem.builder().id(ProblemId.of(r.get("id")))
            .supervision(text(r, "supervision_id").map(SupervisionId::of)).business(BusinessId.of(r.get("business_id")))
            .foundOn(LocalDate.parse(r.get("found_on"))).referredOn(date(r, "referred_on"))
            .rectifiedOn(date(r, "rectified_on")).closedOn(date(r, "closed_on")).build());
    }
  }

  static Map<String, String> row(Business b) {
    Map<String, String> r = new LinkedHashMap<>();
    r.put("id", b.id().value());
    r.put("name", b.name());
    r.put("credit_code", b.creditCode().value());
    r.put("license_no", b.licenseNumber().value());
    r.put("license_issued", b.licenseIssued().toString());
    put(r, "license_expires", b.licenseExpires());
    r.put("category", b.category().name());
    r.put("size", b.size().name());
    r.put("grade", b.grade().name());
    r.put("division_code", b.division().value());
    r.put("diners", Integer.toString(b.diners()));
    r.put("high_risk", Boolean.toString(b.highRisk()));
    return r;
  }

  static Map<String, String> row(Cadre c) {
    Map<String, String> r = new LinkedHashMap<>();
    r.put("id", c.id().value());
    r.put("name", c.name());
    r.put("level", c.level().name());
    r.put("division_code", c.division().value());
    put(r, "post", c.post());
    r.put("active_from", c.activeFrom().toString());
    put(r, "active_to", c.activeTo());
    put(r, "phone", c.phone().map(PhoneNumber::value));
    return r;
  }

  static Map<String, String> row(GuaranteeRelation g) {
    Map<String, String> r = new LinkedHashMap<>();
    r.put("id", g.id().value());
    r.put("cadre_id", g.cadre().value());
    r.put("business_id", g.business().value());
    r.put("valid_from", g.validFrom().toString());
    put(r, "valid_to", g.validTo());
    return r;
  }

  static Map<String, String> row(CadreDocument d) {
    Map<String, String> r = new LinkedHashMap<>();
    r.put("id", d.id().value());
    r.put("cadre_id", d.cadre().value());
    r.put("kind", d.kind().name());
    r.put("signed_on", d.signedOn().toString());
    put(r, "scan_sha256", d.scanSha256());
    return r;
  }

  static Map<String, String> row(Supervision s) {
    Map<String, String> r = new LinkedHashMap<>();
    r.put("id", s.id().value());
    r.put("cadre_id", s.cadre().value());
    r.put("business_id", s.business().value());
    r.put("visit_date", s.visitDate().toString());
    r.put("entered_at", s.enteredAt().toString());
    r.put("mode", s.mode().name());
    if (s.problemsFound().isPresent()) {
      r.put("problems_found", Integer.toString(s.problemsFound().getAsInt()));
    }
    return r;
  }

  static Map<String, String> row(Problem p) {
    Map<String, String> r = new LinkedHashMap<>();
    r.put("id", p.id().value());
    put(r, "supervision_id", p.supervision().map(SupervisionId::value));
    r.put("business_id", p.business().value());
    r.put("found_on", p.foundOn().toString());
    put(r, "referred_on", p.referredOn());
    put(r, "rectified_on", p.rectifiedOn());
    put(r, "closed_on", p.closedOn());
    return r;
  }

  static Map<String, String> row(StatusChange s) {
    Map<String, String> r = new LinkedHashMap<>();
    r.put("business_id", s.business().value());
    r.put("status", s.status().name());
    r.put("effective_from", s.effectiveFrom().toString());
    return r;
  }

  private static void put(Map<String, String> r, String column, Optional<?> value) {
    value.ifPresent(v -> r.put(column, v.toString()));
  }

  private static Optional<LocalDate> date(Map<String, String> r, String column) {
    return text(r, column).map(LocalDate::parse);
  }

  private static Optional<String> text(Map<String, String> r, String column) {
    return Optional.ofNullable(r.get(column)).filter(v -> !v.isEmpty());
  }
}

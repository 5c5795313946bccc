package dev.responsibility.adapters.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
import dev.responsibility.core.model.InvalidRecordException;
import dev.responsibility.core.model.LicenseNumber;
import dev.responsibility.core.model.PhoneNumber;
import dev.responsibility.core.model.Problem;
import dev.responsibility.core.model.ProblemId;
import dev.responsibility.core.model.RelationId;
import dev.responsibility.core.model.Supervision;
import dev.responsibility.core.model.SupervisionId;
import dev.responsibility.core.model.SupervisionMode;
import dev.responsibility.core.port.PlatformRecord;
import dev.responsibility.core.port.PlatformRecord.Kind;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * Records to and from the platform's JSON, through a {@link FieldMapping}. Writing omits absent
 * optional fields and always writes {@code diners} and {@code high_risk}, so that a look-up can
 * compare what the platform holds with what was sent. Reading refuses, naming the record and the
 * field, whatever does not make a well-formed record.
 */
final class RecordJson {

  private final FieldMapping mapping;

  RecordJson(FieldMapping mapping) {
    RenamedFields.requireDistinctNames(mapping);
    this.mapping = mapping;
  }

  ObjectNode write(PlatformRecord record) {
    Out out = new Out(record.kind());
    if (record instanceof PlatformRecord.OfBusiness b) {
      Business x = b.business();
      out.text("id", x.id().value()).text("name", x.name()).text("credit_code", x.creditCode().value())
          .text("license_no", x.licenseNumber().value()).date("license_issued", x.licenseIssued())
          .date("license_expires", x.licenseExpires()).text("category", x.category().name())
          .text("size", x.size().name()).text("grade", x.grade().name())
          .text("division_code", x.division().value());
      out.node.put(out.wire("diners"), x.diners());
      out.node.put(out.wire("high_risk"), x.highRisk());
    } else if (record instanceof PlatformRecord.OfCadre c) {
      Cadre x = c.cadre();
      out.text("id", x.id().value()).text("name", x.name()).text("level", x.level().name())
          .text("division_code", x.division().value()).text("post", x.post())
          .date("active_from", x.activeFrom()).date("active_to", x.activeTo())
          .text("phone", x.phone().map(PhoneNumber::value));
    } else if (record instanceof PlatformRecord.OfRelation r) {
      GuaranteeRelation x = r.relation();
      out.text("id", x.id().value()).text("cadre_id", x.cadre().value()).text("business_id", x.business().value())
          .date("valid_from", x.validFrom()).date("valid_to", x.validTo());
    } else if (record instanceof PlatformRecord.OfDocument d) {
      CadreDocument x = d.document();
      out.text("id", x.id().value()).text("cadre_id", x.cadre().value()).text("kind", x.kind().name())
          .date("signed_on", x.signedOn()).text("scan_sha256", x.scanSha256());
    } else if (record instanceof PlatformRecord.OfSupervision s) {
      Supervision x = s.supervision();
      out.text("id", x.id().value()).text("cadre_id", x.cadre().value()).text("business_id", x.business().value())
          .date("visit_date", x.visitDate()).text("entered_at", mapping.formatTime(x.enteredAt()))
          .text("mode", x.mode().name());
      x.problemsFound().ifPresent(n -> out.node.put(out.wire("problems_found"), n));
    } else {
      Problem x = ((PlatformRecord.OfProblem) record).problem();
      out.text("id", x.id().value()).text("supervision_id", x.supervision().map(SupervisionId::value))
          .text("business_id", x.business().value()).date("found_on", x.foundOn())
          .date("referred_on", x.referredOn()).date("rectified_on", x.rectifiedOn()).date("closed_on", x.closedOn());
    }
    return out.node;
  }

  /**
   * @param kind the kind the object must be
   * @param object the record's JSON object
   * @return the record
   * @throws PlatformResponseException naming the record and field of the first thing wrong
   */
  PlatformRecord read(Kind kind, WireObject object) {
    In in = new In(kind, object);
    switch (kind) {
      case BUSINESS:
        return in.build(() -> PlatformRecord.of(Business.builder().id(BusinessId.of(in.id())).name(in.required("name"))
            .creditCode(CreditCode.of(in.text("credit_code"))).licenseNumber(LicenseNumber.of(in.text("license_no")))
            .licenseIssued(in.date("license_issued")).licenseExpires(in.optionalDate("license_expires"))
            .category(in.oneOf("category", Category.class)).size(in.oneOf("size", BusinessSize.class))
            .grade(in.oneOf("grade", Grade.class)).division(DivisionCode.of(in.required("division_code")))
            .diners(in.optionalInt("diners").orElse(0)).highRisk(in.flag("high_risk"))
            .build()));
      case CADRE:
        return in.build(() -> PlatformRecord.of(Cadre.builder().id(CadreId.of(in.id())).name(in.required("name"))
            .level(in.oneOf("level", CadreLevel.class)).division(DivisionCode.of(in.required("division_code")))
            .post(in.optionalText("post")).activeFrom(in.date("active_from")).activeTo(in.optionalDate("active_to"))
            .phone(in.optionalText("phone").map(PhoneNumber::of)).build()));
      case RELATION:
        return in.build(() -> PlatformRecord.of(GuaranteeRelation.builder().id(RelationId.of(in.id()))
            .cadre(CadreId.of(in.required("cadre_id"))).business(BusinessId.of(in.required("business_id")))
            .validFrom(in.date("valid_from")).validTo(in.optionalDate("valid_to")).build()));
      case DOCUMENT:
        return in.build(() -> PlatformRecord.of(CadreDocument.builder().id(DocumentId.of(in.id()))
            .cadre(CadreId.of(in.required("cadre_id"))).kind(in.oneOf("kind", DocumentKind.class))
            .signedOn(in.date("signed_on")).scanSha256(in.optionalText("scan_sha256")).build()));
      case SUPERVISION:
        return in.build(() -> PlatformRecord.of(Supervision.builder().id(SupervisionId.of(in.id()))
            .cadre(CadreId.of(in.required("cadre_id"))).business(BusinessId.of(in.required("business_id")))
            .visitDate(in.date("visit_date")).enteredAt(in.time("entered_at"))
            .mode(in.oneOf("mode", SupervisionMode.class)).problemsFound(in.optionalInt("problems_found"))
            .build()));
      case PROBLEM:
        return in.build(() -> PlatformRecord.of(Problem.builder().id(ProblemId.of(in.id()))
            .supervision(in.optionalText("supervision_id").map(SupervisionId::of))
            .business(BusinessId.of(in.required("business_id"))).foundOn(in.date("found_on"))
            .referredOn(in.optionalDate("referred_on")).rectifiedOn(in.optionalDate("rectified_on"))
            .closedOn(in.optionalDate("closed_on")).build()));
      default:
        throw new IllegalArgumentException("unknown kind " + kind);
    }
  }

  /** The record's id as the platform writes it, for naming a record before the rest is read. */
  String idField(Kind kind) {
    return mapping.wireName(kind, "id");
  }

  /** Writes one record, by FORMAT.md field names turned into wire names. */
  private final class Out {
    final Kind kind;
    final ObjectNode node = Json.object();

    Out(Kind kind) {
      this.kind = kind;
    }

    String wire(String field) {
      return mapping.wireName(kind, field);
    }

    Out text(String field, String value) {
      node.put(wire(field), value);
      return this;
    }

    Out text(String field, Optional<String> value) {
      value.ifPresent(v -> text(field, v));
      return this;
    }

    Out date(String field, LocalDate value) {
      return text(field, mapping.formatDate(value));
    }

    Out date(String field, Optional<LocalDate> value) {
      value.ifPresent(v -> date(field, v));
      return this;
    }
  }

  /** Reads one record, naming the record (once its id is read) and the field in every error. */
  private final class In {
    final Kind kind;
    WireObject object;

    In(Kind kind, WireObject object) {
      this.kind = kind;
      this.object = object;
    }

    String id() {
      String id = object.nonBlankText(mapping.wireName(kind, "id"));
      object = object.about(id);
      return id;
    }

    String required(String field) {
      return object.nonBlankText(mapping.wireName(kind, field));
    }

    boolean flag(String field) {
      return object.bool(mapping.wireName(kind, field), false);
    }

    String text(String field) {
      return object.text(mapping.wireName(kind, field));
    }

    Optional<String> optionalText(String field) {
      return object.optionalText(mapping.wireName(kind, field));
    }

    LocalDate date(String field) {
      return object.parsed(mapping.wireName(kind, field), mapping::parseDate, "a date");
    }

    Optional<LocalDate> optionalDate(String field) {
      return object.optionalParsed(mapping.wireName(kind, field), mapping::parseDate, "a date");
    }

    OffsetDateTime time(String field) {
      return object.parsed(mapping.wireName(kind, field), mapping::parseTime, "a time with an offset");
    }

    OptionalInt optionalInt(String field) {
      return object.optionalInt(mapping.wireName(kind, field));
    }

    <E extends Enum<E>> E oneOf(String field, Class<E> type) {
      return object.enumValue(mapping.wireName(kind, field), type);
    }

    /** Builds, turning the core's refusal of a malformed record into an error naming the wire field. */
    PlatformRecord build(Supplier<PlatformRecord> builder) {
      try {
        return builder.get();
      } catch (InvalidRecordException e) {
        String field = e.field().map(RecordJson::snakeCase).filter(f -> RecordFields.has(kind, f))
            .map(f -> mapping.wireName(kind, f)).orElse(null);
        throw object.error(field, e.rule());
      }
    }
  }

  /** The core's attribute name as a FORMAT.md column name: {@code licenseExpires} → {@code license_expires}. */
  static String snakeCase(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }
}

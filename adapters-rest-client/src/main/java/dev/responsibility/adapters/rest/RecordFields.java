package dev.responsibility.adapters.rest;

import dev.responsibility.core.port.PlatformRecord.Kind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The fields of each record kind by their FORMAT.md names (the columns of businesses.csv,
 * cadres.csv, relations.csv, documents.csv, supervisions.csv and problems.csv), in FORMAT.md's
 * order: the names a {@link FieldMapping} renames and the default names of the platform API.
 */
public final class RecordFields {

  private static final Map<Kind, List<String>> FIELDS = new EnumMap<>(Kind.class);

  static {
    FIELDS.put(Kind.BUSINESS, List.of("id", "name", "credit_code", "license_no", "license_issued",
        "license_expires", "category", "size", "grade", "division_code", "diners", "high_risk"));
    FIELDS.put(Kind.CADRE, List.of("id", "name", "level", "division_code", "post", "active_from", "active_to",
        "phone"));
    FIELDS.put(Kind.RELATION, List.of("id", "cadre_id", "business_id", "valid_from", "valid_to"));
    FIELDS.put(Kind.DOCUMENT, List.of("id", "cadre_id", "kind", "signed_on", "scan_sha256"));
    FIELDS.put(Kind.SUPERVISION, List.of("id", "cadre_id", "business_id", "visit_date", "entered_at", "mode",
        "problems_found"));
    FIELDS.put(Kind.PROBLEM, List.of("id", "supervision_id", "business_id", "found_on", "referred_on",
        "rectified_on", "closed_on"));
  }

  private RecordFields() {}

  /**
   * @param kind a record kind, not null
   * @return its fields by FORMAT.md name, in FORMAT.md's order; unmodifiable
   */
  public static List<String> of(Kind kind) {
    return FIELDS.get(Objects.requireNonNull(kind, "kind"));
  }

  /**
   * @param kind a record kind, not null
   * @param field a field name, not null
   * @return whether FORMAT.md gives records of that kind a field of that name
   */
  public static boolean has(Kind kind, String field) {
    return of(kind).contains(field);
  }
}

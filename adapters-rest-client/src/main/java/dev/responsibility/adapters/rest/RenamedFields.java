package dev.responsibility.adapters.rest;

import dev.responsibility.core.port.PlatformRecord.Kind;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** {@link FieldMapping#formatMd()} with some fields renamed; the builder's product. */
final class RenamedFields implements FieldMapping {

  static final RenamedFields NONE = new RenamedFields(Map.of());

  private final Map<Kind, Map<String, String>> renames;

  RenamedFields(Map<Kind, Map<String, String>> renames) {
    Map<Kind, Map<String, String>> copy = new EnumMap<>(Kind.class);
    renames.forEach((kind, fields) -> copy.put(kind, Map.copyOf(fields)));
    this.renames = copy;
  }

  @Override
  public String wireName(Kind kind, String field) {
    return renames.getOrDefault(kind, Map.of()).getOrDefault(field, field);
  }

  /**
   * Refuses a mapping under which two fields of one kind share a wire name: records would not
   * read back. Checked for every mapping the client is given, the integrator's own included.
   */
  static void requireDistinctNames(FieldMapping mapping) {
    for (Kind kind : Kind.values()) {
      Map<String, String> fieldByWireName = new HashMap<>();
      for (String field : RecordFields.of(kind)) {
        String wire = mapping.wireName(kind, field);
        if (wire == null || wire.isBlank()) {
          throw new IllegalArgumentException("the field mapping gives " + kind + "." + field + " no wire name");
        }
        String other = fieldByWireName.putIfAbsent(wire, field);
        if (other != null) {
          throw new IllegalArgumentException("the field mapping gives " + kind + "." + other + " and " + kind + "."
              + field + " the same wire name '" + wire + "'");
        }
      }
    }
  }

  @Override
  public String toString() {
    return "FieldMapping[FORMAT.md names" + (renames.isEmpty() ? "" : ", renamed " + renames) + "]";
  }
}

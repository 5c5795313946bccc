package dev.responsibility.adapters.files;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.responsibility.core.calendar.Milestone;
import dev.responsibility.core.calendar.QuarterPlan;
import dev.responsibility.core.calendar.WorkPlan;
import dev.responsibility.core.model.ImportException;
import dev.responsibility.core.model.InvalidRecordException;
import dev.responsibility.core.model.PortException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code workplan.json} (年度工作方案) read and written with Jackson: one year's plan, or an array of
 * them, as FORMAT.md lays it out. Reading validates what FORMAT.md requires (four quarters 1–4 in
 * order, each due day on or before its entry deadline, ISO dates) and names every error with the
 * file, the JSON line and the JSON path ({@code $[0].quarters[1].entry_deadline}). Unknown fields
 * are ignored. Stateless and thread-safe.
 */
public final class WorkPlanJson {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private WorkPlanJson() {}

  /** Plans read, or the errors that refuse them. */
  record Result(List<WorkPlan> plans, List<ImportException.Error> errors) {}

  /**
   * Reads a work plan file.
   *
   * @param file the file, not null; UTF-8
   * @return the plans, in file order; one for a single plan object
   * @throws ImportException if the file cannot be read or is malformed, naming every error found
   */
  public static List<WorkPlan> read(Path file) {
    String name = file.getFileName().toString();
    String json;
    try {
      json = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ImportException(List.of(new ImportException.Error(name, 0, "", "cannot be read: " + e.getMessage())), e);
    }
    return parse(json, name);
  }

  /**
   * Parses work plan JSON.
   *
   * @param json the JSON text, not null
   * @param fileName the name errors give as the file, not null
   * @return the plans, in order
   * @throws ImportException if the JSON is malformed, naming every error found
   */
  public static List<WorkPlan> parse(String json, String fileName) {
    Result r = parseCollecting(Objects.requireNonNull(json, "json"), Objects.requireNonNull(fileName, "fileName"));
    if (!r.errors().isEmpty()) {
      throw new ImportException(r.errors());
    }
    return r.plans();
  }

  /**
   * @param plans the plans, not null; one is written as an object, several as an array
   * @return the JSON text, pretty-printed, one field per line
   */
  public static String toJson(List<WorkPlan> plans) {
    ArrayNode array = MAPPER.createArrayNode();
    for (WorkPlan plan : plans) {
      ObjectNode o = array.addObject();
      o.put("year", plan.year());
      ArrayNode quarters = o.putArray("quarters");
      for (QuarterPlan q : plan.quarters()) {
        quarters.addObject().put("quarter", q.quarter()).put("due", q.due().toString())
            .put("entry_deadline", q.entryDeadline().toString());
      }
      plan.commitmentRenewalDue().ifPresent(d -> o.put("commitment_renewal_due", d.toString()));
      ArrayNode milestones = o.putArray("milestones");
      for (Milestone m : plan.milestones()) {
        milestones.addObject().put("id", m.id()).put("due", m.due().toString()).put("title", m.title());
      }
    }
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(array.size() == 1 ? array.get(0) : array);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings and numbers always serialises", e);
    }
  }

  /**
   * Writes plans as {@code workplan.json} text (UTF-8).
   *
   * @param plans the plans, not null
   * @param file the file to create or replace, not null
   * @throws PortException if the file cannot be written
   */
  public static void write(List<WorkPlan> plans, Path file) {
    try {
      Files.writeString(file, toJson(plans), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new PortException("writing " + file, e);
    }
  }

  static Result parseCollecting(String json, String file) {
    JsonNode root;
    Map<String, Integer> lines;
    try {
      lines = lines(json);
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : Math.max(e.getLocation().getLineNr(), 0);
      return new Result(List.of(), List.of(new ImportException.Error(file, line, "$",
          "not valid JSON: " + e.getOriginalMessage())));
    } catch (IOException e) {
      // Reading a String does no I/O.
      throw new IllegalStateException(e);
    }
    Walk walk = new Walk(file, lines);
    List<WorkPlan> plans = new ArrayList<>();
    if (root == null || root.isMissingNode()) {
      walk.fail(At.ROOT, "is empty: expected a work plan or an array of them");
    } else if (root.isArray()) {
      Map<Integer, String> years = new HashMap<>();
      for (int i = 0; i < root.size(); i++) {
        At at = At.ROOT.index(i);
        walk.plan(root.get(i), at).ifPresent(p -> {
          String before = years.putIfAbsent(p.year(), at.path);
          if (before != null) {
            walk.fail(at.field("year"), "year " + p.year() + " already has a plan at " + before);
          } else {
            plans.add(p);
          }
        });
      }
    } else {
      walk.plan(root, At.ROOT).ifPresent(plans::add);
    }
    return walk.errors.isEmpty() ? new Result(List.copyOf(plans), List.of()) : new Result(List.of(), walk.errors);
  }

  /** The line of every value, by JSON pointer. */
  private static Map<String, Integer> lines(String json) throws IOException {
    Map<String, Integer> lines = new HashMap<>();
    try (JsonParser p = MAPPER.getFactory().createParser(json)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          continue;
        }
        JsonStreamContext ctx = t.isStructStart() ? p.getParsingContext().getParent() : p.getParsingContext();
        lines.putIfAbsent(ctx.pathAsPointer().toString(), p.currentTokenLocation().getLineNr());
      }
    }
    return lines;
  }

  /** A place in the JSON: its JSONPath for messages and its JSON pointer for the line. */
  private record At(String path, String pointer) {
    static final At ROOT = new At("$", "");

    At field(String name) {
      return new At(path + "." + name, pointer + "/" + name);
    }

    At index(int i) {
      return new At(path + "[" + i + "]", pointer + "/" + i);
    }
  }

  private static final class Walk {
    private final String file;
    private final Map<String, Integer> lines;
    private final List<ImportException.Error> errors = new ArrayList<>();

    Walk(String file, Map<String, Integer> lines) {
      this.file = file;
      this.lines = lines;
    }

    void fail(At at, String rule) {
      String pointer = at.pointer;
      Integer line = lines.get(pointer);
      while (line == null && !pointer.isEmpty()) {
        pointer = pointer.substring(0, pointer.lastIndexOf('/'));
        line = lines.get(pointer);
      }
      errors.add(new ImportException.Error(file, line == null ? 0 : line, at.path, rule));
    }

    Optional<WorkPlan> plan(JsonNode n, At at) {
      if (!n.isObject()) {
        fail(at, "must be a work plan object");
        return Optional.empty();
      }
      int before = errors.size();
      Integer year = wholeNumber(n, at, "year");
      List<QuarterPlan> quarters = new ArrayList<>();
      JsonNode qs = n.get("quarters");
      At qat = at.field("quarters");
      if (qs == null || qs.isNull()) {
        fail(qat, "is required");
      } else if (!qs.isArray()) {
        fail(qat, "must be an array of four quarters");
      } else {
        if (qs.size() != 4) {
          fail(qat, "must have exactly four quarters, has " + qs.size());
        }
        for (int i = 0; i < qs.size(); i++) {
          quarter(qs.get(i), qat.index(i), i + 1).ifPresent(quarters::add);
        }
      }
      Optional<LocalDate> renewal = optionalDate(n, at, "commitment_renewal_due");
      List<Milestone> milestones = milestones(n, at);
      if (errors.size() > before) {
        return Optional.empty();
      }
      try {
        return Optional.of(WorkPlan.builder().year(year).quarters(quarters).commitmentRenewalDue(renewal)
            .milestones(milestones).build());
      } catch (InvalidRecordException e) {
        fail(at, e.rule());
        return Optional.empty();
      }
    }

    private Optional<QuarterPlan> quarter(JsonNode q, At at, int expected) {
      if (!q.isObject()) {
        fail(at, "must be a quarter object");
        return Optional.empty();
      }
      int before = errors.size();
      Integer number = wholeNumber(q, at, "quarter");
      if (number != null && number != expected) {
        fail(at.field("quarter"), "must be " + expected + ": quarters 1, 2, 3 and 4 in order");
      }
      LocalDate due = date(q, at, "due");
      LocalDate deadline = date(q, at, "entry_deadline");
      if (due != null && deadline != null && deadline.isBefore(due)) {
        fail(at.field("entry_deadline"), "must be on or after due " + due + ": \"" + deadline + "\"");
      }
      return errors.size() > before ? Optional.empty() : Optional.of(new QuarterPlan(number, due, deadline));
    }

    private List<Milestone> milestones(JsonNode n, At at) {
      JsonNode ms = n.get("milestones");
      At mat = at.field("milestones");
      List<Milestone> out = new ArrayList<>();
      if (ms == null || ms.isNull()) {
        return out;
      }
      if (!ms.isArray()) {
        fail(mat, "must be an array of milestones");
        return out;
      }
      for (int i = 0; i < ms.size(); i++) {
        JsonNode m = ms.get(i);
        At at2 = mat.index(i);
        if (!m.isObject()) {
          fail(at2, "must be a milestone object");
          continue;
        }
        String id = text(m, at2, "id");
        LocalDate due = date(m, at2, "due");
        String title = text(m, at2, "title");
        if (id != null && due != null && title != null) {
          out.add(new Milestone(id, due, title));
        }
      }
      return out;
    }

    private Integer wholeNumber(JsonNode parent, At at, String field) {
      JsonNode v = parent.get(field);
      if (v == null || v.isNull()) {
        fail(at.field(field), "is required");
        return null;
      }
      if (!v.isIntegralNumber() || !v.canConvertToInt()) {
        fail(at.field(field), "must be a whole number: " + v);
        return null;
      }
      return v.intValue();
    }

    private String text(JsonNode parent, At at, String field) {
      JsonNode v = parent.get(field);
      if (v == null || v.isNull() || !v.isTextual() || v.textValue().isBlank()) {
        fail(at.field(field), v == null || v.isNull() ? "is required" : "must be a non-empty string");
        return null;
      }
      return v.textValue();
    }

    private LocalDate date(JsonNode parent, At at, String field) {
      JsonNode v = parent.get(field);
      if (v == null || v.isNull()) {
        fail(at.field(field), "is required");
        return null;
      }
      return parseDate(v, at.field(field));
    }

    private Optional<LocalDate> optionalDate(JsonNode parent, At at, String field) {
      JsonNode v = parent.get(field);
      return v == null || v.isNull() ? Optional.empty() : Optional.ofNullable(parseDate(v, at.field(field)));
    }

    private LocalDate parseDate(JsonNode v, At at) {
      if (v.isTextual()) {
        try {
          return LocalDate.parse(v.textValue());
        } catch (DateTimeParseException e) {
          // reported below
        }
      }
      fail(at, "must be a date YYYY-MM-DD: " + v);
      return null;
    }
  }
}

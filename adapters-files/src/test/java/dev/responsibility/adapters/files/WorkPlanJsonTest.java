package dev.responsibility.adapters.files;

import static dev.responsibility.adapters.files.Reading.error;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.responsibility.core.calendar.Milestone;
import dev.responsibility.core.calendar.QuarterPlan;
import dev.responsibility.core.calendar.WorkPlan;
import dev.responsibility.core.calendar.WorkPlans;
import dev.responsibility.core.model.ImportException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkPlanJsonTest {

  private static final String PLAN_2023 = """
      {"year": 2023,
       "quarters": [
         {"quarter": 1, "due": "2023-03-30", "entry_deadline": "2023-03-31"},
         {"quarter": 2, "due": "2023-06-30", "entry_deadline": "2023-06-30"},
         {"quarter": 3, "due": "2023-09-30", "entry_deadline": "2023-09-30"},
         {"quarter": 4, "due": "2023-11-30", "entry_deadline": "2023-11-30"}
       ],
       "commitment_renewal_due": "2023-10-30",
       "milestones": [{"id": "M1", "due": "2023-03-25", "title": "包保关系调整到位"}],
       "note": "unknown fields are ignored"}
      """;

  @TempDir
  Path dir;

  private static List<ImportException.Error> errorsOf(String json) {
    ImportException[] caught = new ImportException[1];
    assertThatThrownBy(() -> WorkPlanJson.parse(json, "workplan.json"))
        .isInstanceOfSatisfying(ImportException.class, e -> caught[0] = e);
    return caught[0].errors();
  }

  @Test
  void readsOnePlan() {
    List<WorkPlan> plans = WorkPlanJson.parse(PLAN_2023, "workplan.json");

    assertThat(plans).containsExactly(WorkPlan.builder().year(2023)
        .addQuarters(new QuarterPlan(1, LocalDate.of(2023, 3, 30), LocalDate.of(2023, 3, 31)),
            new QuarterPlan(2, LocalDate.of(2023, 6, 30), LocalDate.of(2023, 6, 30)),
            new QuarterPlan(3, LocalDate.of(2023, 9, 30), LocalDate.of(2023, 9, 30)),
            new QuarterPlan(4, LocalDate.of(2023, 11, 30), LocalDate.of(2023, 11, 30)))
        .commitmentRenewalDue(LocalDate.of(2023, 10, 30))
        .addMilestones(new Milestone("M1", LocalDate.of(2023, 3, 25), "包保关系调整到位"))
        .build());
  }

  @Test
  void readsAnArrayOfPlansAndTheyReplaceTheDefaultsOfTheirYears() {
    String json = "[" + PLAN_2023 + "," + PLAN_2023.replace("2023", "2024") + "]";

    List<WorkPlan> plans = WorkPlanJson.parse(json, "workplan.json");
    WorkPlans inForce = new ReadResult(dev.responsibility.core.dataset.DataSet.empty(), plans, List.of())
        .plansWithDefaults();

    assertThat(plans).extracting(WorkPlan::year).containsExactly(2023, 2024);
    assertThat(inForce.entryDeadlineOf(LocalDate.of(2024, 2, 1))).isEqualTo(LocalDate.of(2024, 3, 31));
  }

  @Test
  void writesWhatItReads() {
    String json = "[" + PLAN_2023 + "," + PLAN_2023.replace("2023", "2024") + "]";
    List<WorkPlan> plans = WorkPlanJson.parse(json, "workplan.json");
    Path file = dir.resolve("workplan.json");

    WorkPlanJson.write(plans, file);

    assertThat(WorkPlanJson.read(file)).isEqualTo(plans);
    assertThat(WorkPlanJson.parse(WorkPlanJson.toJson(plans.subList(0, 1)), "x")).isEqualTo(plans.subList(0, 1));
  }

  @Test
  void namesEveryErrorWithItsLineAndPath() {
    String json = """
        [{"year": "2023",
          "quarters": [
            {"quarter": 1, "due": "2023-03-30", "entry_deadline": "2023-03-31"},
            {"quarter": 3, "due": "2023/6/30", "entry_deadline": "2023-06-30"},
            {"quarter": 3, "due": "2023-09-30"},
            {"quarter": 4, "due": "2023-11-30", "entry_deadline": "2023-11-30"}
          ],
          "milestones": [{"id": "", "due": "2023-03-25", "title": "t"}]},
         42]
        """;

    assertThat(errorsOf(json)).containsExactly(
        error("workplan.json", 1, "$[0].year", "must be a whole number: \"2023\""),
        error("workplan.json", 4, "$[0].quarters[1].quarter", "must be 2: quarters 1, 2, 3 and 4 in order"),
        error("workplan.json", 4, "$[0].quarters[1].due", "must be a date YYYY-MM-DD: \"2023/6/30\""),
        error("workplan.json", 5, "$[0].quarters[2].entry_deadline", "is required"),
        error("workplan.json", 8, "$[0].milestones[0].id", "must be a non-empty string"),
        error("workplan.json", 9, "$[1]", "must be a work plan object"));
  }

  @Test
  void twoPlansForOneYearAreMalformed() {
    assertThat(errorsOf("[" + PLAN_2023 + "," + PLAN_2023 + "]")).containsExactly(
        error("workplan.json", 11, "$[1].year", "year 2023 already has a plan at $[0]"));
  }

  @Test
  void brokenJsonNamesItsLine() {
    List<ImportException.Error> errors = errorsOf("{\"year\": 2023,\n \"quarters\": [\n}");

    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).line()).isEqualTo(3);
    assertThat(errors.get(0).column()).isEqualTo("$");
    assertThat(errors.get(0).rule()).startsWith("not valid JSON: ");
  }

  @Test
  void anEmptyFileOrAnotherTypeIsMalformed() {
    assertThat(errorsOf("")).containsExactly(
        error("workplan.json", 0, "$", "is empty: expected a work plan or an array of them"));
    assertThat(errorsOf("\"plan\"")).containsExactly(error("workplan.json", 1, "$", "must be a work plan object"));
    assertThat(errorsOf("{\"year\": 2023}")).containsExactly(error("workplan.json", 1, "$.quarters", "is required"));
  }
}

package dev.responsibility.adapters.files;

import static dev.responsibility.adapters.files.Reading.error;
import static dev.responsibility.adapters.files.Reading.errorsOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every error of FORMAT.md's list, with its exact file, physical line, column and rule. */
class FormatErrorsTest {

  @TempDir
  Path dir;

  @Test
  void aMissingRequiredColumnNamesTheHeaderLine() {
    Path folder = new SampleFolder().with("documents.csv", """
        id,cadre_id,signed_on
        D1,C1,2023-01-10
        """).writeTo(dir);

    assertThat(errorsOf(folder)).containsExactly(
        error("documents.csv", 1, "kind", "required column is missing"));
  }

  @Test
  void withoutAHeaderRowTheFirstRowIsTheHeaderAsItWasRead() {
    // No row names two columns, so the first row is taken as the header once the file ends: the
    // rows after it, read into the same cells, must not change what it held.
    Path folder = new SampleFolder().with("documents.csv", """
        id,note
        D1,C1
        D2,C2
        """).writeTo(dir);

    assertThat(errorsOf(folder)).containsExactly(
        error("documents.csv", 1, "cadre_id", "required column is missing"),
        error("documents.csv", 1, "kind", "required column is missing"),
        error("documents.csv", 1, "signed_on", "required column is missing"));
  }

  @Test
  void aMissingOptionalColumnIsNoError() {
    Path folder = new SampleFolder().with("relations.csv", """
        id,cadre_id,business_id,valid_from
        R1,C1,B1,2023-01-01
        """).writeTo(dir);

    assertThat(Reading.read(folder).dataSet().relations().get(0).validTo()).isEmpty();
  }

  @Test
  void anEmptyRequiredCellIsAnErrorButNotAnEmptyCreditCodeOrLicence() {
    Path folder = new SampleFolder()
        .replace("businesses.csv", "B1,城关镇第一小学食堂,91430102MA4L0000X0,JY14301020000001",
            "B1, ,,")
        .replace("cadres.csv", "C1,张三,TOWNSHIP", "C1,张三,")
        .writeTo(dir);

    assertThat(errorsOf(folder)).containsExactly(
        error("businesses.csv", 2, "name", "required cell is empty"),
        error("cadres.csv", 2, "level", "required cell is empty"));
  }

  @Test
  void everyBadCellOfARowIsReported() {
    Path folder = new SampleFolder().replace("businesses.csv",
        "2022-01-01,2026-12-31,CANTEEN_SCHOOL,MEDIUM,A,430102001000,600,true",
        "2022-02-30,someday,SCHOOL,HUGE,E,430102001000,many,yes").writeTo(dir);

    assertThat(errorsOf(folder)).containsExactly(
        error("businesses.csv", 2, "license_issued", "not a date: \"2022-02-30\""),
        error("businesses.csv", 2, "license_expires", "not a date: \"someday\""),
        error("businesses.csv", 2, "category", "not one of SPECIAL_FOOD_PRODUCER, FOOD_PRODUCER, SMALL_WORKSHOP, "
            + "FOOD_SELLER, CHAIN_RETAIL_HQ, CATERER, CHAIN_CATERING_HQ, MEAL_DISTRIBUTOR, CANTEEN_KINDERGARTEN, "
            + "CANTEEN_SCHOOL, CANTEEN_ELDERLY_CARE, CANTEEN_OTHER, VENDOR: \"SCHOOL\""),
        error("businesses.csv", 2, "size", "not one of LARGE, MEDIUM, SMALL, MICRO: \"HUGE\""),
        error("businesses.csv", 2, "grade", "not one of A, B, C, D: \"E\""),
        error("businesses.csv", 2, "diners", "not a whole number: \"many\""),
        error("businesses.csv", 2, "high_risk", "not true or false: \"yes\""));
  }

  @Test
  void anUnparseableTimeOrCountIsAnError() {
    Path folder = new SampleFolder().replace("supervisions.csv", "2023-03-05T10:15:30,ON_SITE,1",
        "2023-03-05T25:00:00,ON_SITE,1.5").writeTo(dir);

    assertThat(errorsOf(folder)).containsExactly(
        error("supervisions.csv", 2, "entered_at", "not a time: \"2023-03-05T25:00:00\""),
        error("supervisions.csv", 2, "problems_found", "not a whole number: \"1.5\""));
  }

  @Test
  void aNegativeCountBreaksTheRecordsForm() {
    Path folder = new SampleFolder().replace("businesses.csv", "430102001000,600,true", "430102001000,-1,true")
        .writeTo(dir);

    assertThat(errorsOf(folder)).containsExactly(
        error("businesses.csv", 2, "diners", "must not be negative: \"-1\""));
  }

  @Test
  void aNegativeProblemCountBreaksTheSupervisionsForm() {
    // Supervisions go straight into columns; the core refuses the count as the record would.
    Path folder = new SampleFolder().replace("supervisions.csv", "ON_SITE,1", "ON_SITE,-2").writeTo(dir);

    assertThat(errorsOf(folder)).containsExactly(
        error("supervisions.csv", 2, "problems_found", "must not be negative: \"-2\""));
  }

  @Test
  void anIdRepeatedWithinItsFileNamesBothLines() {
    Path folder = new SampleFolder().append("relations.csv", """
        R2,C1,B1,2023-01-01,
        R1,C1,B2,2023-01-01,
        """).writeTo(dir);

    assertThat(errorsOf(folder)).containsExactly(
        error("relations.csv", 4, "id", "id R1 repeats: lines 2 and 4"));
  }

  @Test
  void aDivisionCodeRepeatedIsAnError() {
    Path folder = new SampleFolder().append("divisions.csv", "430102001000,城关镇二,TOWNSHIP,430102000000\n")
        .writeTo(dir);

    assertThat(errorsOf(folder)).containsExactly(
        error("divisions.csv", 6, "code", "code 430102001000 repeats: lines 5 and 6"));
  }

  @Test
  void theSameIdInTwoFilesIsNoError() {
    Path folder = new SampleFolder().append("documents.csv", "R1,C1,TASK_LIST,2023-01-10,\n").writeTo(dir);

    assertThat(Reading.read(folder).dataSet().documents()).hasSize(2);
  }

  @Test
  void licenceExpiringBeforeItIsIssuedIsAnError() {
    Path folder = new SampleFolder().replace("businesses.csv", "2022-01-01,2026-12-31", "2022-01-01,2021-12-31")
        .writeTo(dir);

    assertThat(errorsOf(folder)).containsExactly(error("businesses.csv", 2, "license_expires",
        "must be on or after license_issued 2022-01-01: \"2021-12-31\""));
  }

  @Test
  void anyEndBeforeItsStartIsAnError() {
    Path folder = new SampleFolder()
        .replace("cadres.csv", "2022-01-01,,", "2022-01-01,2021-01-01,")
        .replace("relations.csv", "2023-01-01,", "2023-01-01,2022-12-31")
        .replace("staff.csv", "2022-01-01,", "2022-01-01,2021-06-30")
        .writeTo(dir);

    assertThat(errorsOf(folder)).containsExactly(
        error("cadres.csv", 2, "active_to", "must be on or after active_from 2022-01-01: \"2021-01-01\""),
        error("relations.csv", 2, "valid_to", "must be on or after valid_from 2023-01-01: \"2022-12-31\""),
        error("staff.csv", 2, "ended_on", "must be on or after appointed_on 2022-01-01: \"2021-06-30\""));
  }

  @Test
  void aProblemsDatesOutOfOrderAreAnError() {
    Path folder = new SampleFolder().replace("problems.csv", "2023-03-05,2023-03-06,2023-03-10,2023-03-12",
        "2023-03-05,,2023-03-10,2023-03-09").writeTo(dir);

    assertThat(errorsOf(folder)).containsExactly(
        error("problems.csv", 2, "closed_on", "must be on or after rectified_on 2023-03-10: \"2023-03-09\""));
  }

  @Test
  void aProblemReferredBeforeItWasFoundIsAnError() {
    Path folder = new SampleFolder().replace("problems.csv", "2023-03-05,2023-03-06", "2023-03-05,2023-03-04")
        .writeTo(dir);

    assertThat(errorsOf(folder)).containsExactly(
        error("problems.csv", 2, "referred_on", "must be on or after found_on 2023-03-05: \"2023-03-04\""));
  }

  @Test
  void twoStatusChangesOfABusinessOnOneDayNameBothLines() {
    Path folder = new SampleFolder().append("status_changes.csv", """
        B1,SUSPENDED,2023-02-01
        B2,CLOSED,2023-02-01
        """).writeTo(dir);

    assertThat(errorsOf(folder)).containsExactly(error("status_changes.csv", 4, "effective_from",
        "business B2 has two status changes on 2023-02-01: lines 2 and 4"));
  }

  @Test
  void aParentCodeNamingAnUnknownDivisionIsAnError() {
    Path folder = new SampleFolder().append("divisions.csv", "430102002000,东湖街道,TOWNSHIP,430199000000\n")
        .writeTo(dir);

    assertThat(errorsOf(folder)).containsExactly(
        error("divisions.csv", 6, "parent_code", "names an unknown division: 430199000000"));
  }

  @Test
  void aParentCodeMakingACycleIsAnErrorNamingItsLines() {
    Path folder = new SampleFolder().append("divisions.csv", """
        430200000000,株洲市,CITY,430211000000
        430211000000,天元区,COUNTY,430200000000
        """).writeTo(dir);

    assertThat(errorsOf(folder)).containsExactly(error("divisions.csv", 6, "parent_code",
        "makes a cycle: 430200000000 → 430211000000 → 430200000000 (lines 6 and 7)"));
  }

  @Test
  void aDivisionThatIsItsOwnParentIsAnError() {
    Path folder = new SampleFolder().append("divisions.csv", "430200000000,株洲市,CITY,430200000000\n")
        .writeTo(dir);

    assertThat(errorsOf(folder)).containsExactly(error("divisions.csv", 6, "parent_code",
        "must not be the division itself: \"430200000000\""));
  }

  @Test
  void aDivisionCodeOfOtherThanTwelveDigitsIsAnError() {
    Path folder = new SampleFolder().append("divisions.csv", "4302,株洲市,CITY,430000000000\n").writeTo(dir);

    assertThat(errorsOf(folder)).containsExactly(error("divisions.csv", 6, "code", "must be 12 digits: \"4302\""));
  }

  @Test
  void aMalformedWorkPlanNamesTheJsonPath() throws Exception {
    Path folder = new SampleFolder().writeTo(dir);
    Files.writeString(folder.resolve("workplan.json"), """
        {"year": 2023,
         "quarters": [
           {"quarter": 1, "due": "2023-03-30", "entry_deadline": "2023-03-29"},
           {"quarter": 2, "due": "2023-06-30", "entry_deadline": "2023-06-30"},
           {"quarter": 3, "due": "2023-09-30", "entry_deadline": "2023-09-30"}
         ]}
        """, StandardCharsets.UTF_8);

    assertThat(errorsOf(folder)).containsExactly(
        error("workplan.json", 2, "$.quarters", "must have exactly four quarters, has 3"),
        error("workplan.json", 3, "$.quarters[0].entry_deadline",
            "must be on or after due 2023-03-30: \"2023-03-29\""));
  }

  @Test
  void allErrorsOfAllFilesAreCollectedInFileAndLineOrder() {
    Path folder = new SampleFolder()
        .append("supervisions.csv", "S2,C1,B1,2023-3-32,2023-03-05T10:00,ON_SITE,\n")
        .append("relations.csv", "R2,C1,B1,someday,\n")
        .append("businesses.csv", "B3,店,,,2022-01-01,,CATERER,LARGE,X,430102001000,,\n")
        .writeTo(dir);

    assertThat(errorsOf(folder)).containsExactly(
        error("businesses.csv", 4, "grade", "not one of A, B, C, D: \"X\""),
        error("relations.csv", 3, "valid_from", "not a date: \"someday\""),
        error("supervisions.csv", 3, "visit_date", "not a date: \"2023-3-32\""));
  }

  @Test
  void errorsNameTheColumnAsTheHeaderWritesIt() {
    Path folder = new SampleFolder().with("relations.csv", """
        包保关系编号,包保干部,主体编号,包保开始日期,包保结束日期
        R1,C1,B1,2023-01-01,2022-01-01
        """).writeTo(dir);

    assertThat(errorsOf(folder)).containsExactly(
        error("relations.csv", 2, "包保结束日期", "must be on or after valid_from 2023-01-01: \"2022-01-01\""));
  }
}

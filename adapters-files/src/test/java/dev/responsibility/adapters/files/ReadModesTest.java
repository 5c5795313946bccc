package dev.responsibility.adapters.files;

import static dev.responsibility.adapters.files.Reading.error;
import static dev.responsibility.adapters.files.Reading.errorsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.responsibility.core.dataset.DataSet;
import dev.responsibility.core.model.Division;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Skipping bad rows, the error limit, and what always refuses a data set. */
class ReadModesTest {

  private static final DataSetReader SKIPPING = DataSetReader.builder().mode(ReadMode.SKIP_BAD_ROWS).build();

  @TempDir
  Path dir;

  /** @return {@code n} relations R2, R3 … whose valid_from is not a date */
  private static String badRelations(int n) {
    return IntStream.rangeClosed(2, n + 1).mapToObj(i -> "R" + i + ",C1,B1,bad,\n").collect(Collectors.joining());
  }

  @Test
  void skippingReturnsTheGoodRowsAndExactlyTheRowsLeftOut() {
    Path folder = new SampleFolder()
        .append("relations.csv", """
            R2,C1,B1,2023-13-01,
            R3,C1,B2,2023-01-01,2022-01-01
            R4,C1,B2,2023-01-01,
            R1,C1,B2,2023-02-01,
            """)
        .append("status_changes.csv", "B2,CLOSED,2023-02-01\nB1,CLOSED,2023-05-01\n")
        .writeTo(dir);

    ReadResult result = SKIPPING.read(folder);

    assertThat(result.dataSet().relations()).extracting(r -> r.id().value()).containsExactly("R4");
    assertThat(result.dataSet().statusChanges()).hasSize(1);
    assertThat(result.skippedRows()).containsExactly(
        new SkippedRow("status_changes.csv", 2, List.of(error("status_changes.csv", 2, "effective_from",
            "business B2 has two status changes on 2023-02-01: lines 2 and 3"))),
        new SkippedRow("status_changes.csv", 3, List.of(error("status_changes.csv", 3, "effective_from",
            "business B2 has two status changes on 2023-02-01: lines 2 and 3"))),
        new SkippedRow("relations.csv", 2, List.of(error("relations.csv", 2, "id", "id R1 repeats: lines 2 and 6"))),
        new SkippedRow("relations.csv", 3, List.of(error("relations.csv", 3, "valid_from",
            "not a date: \"2023-13-01\""))),
        new SkippedRow("relations.csv", 4, List.of(error("relations.csv", 4, "valid_to",
            "must be on or after valid_from 2023-01-01: \"2022-01-01\""))),
        new SkippedRow("relations.csv", 6, List.of(error("relations.csv", 6, "id", "id R1 repeats: lines 2 and 6"))));
    assertThat(result.isComplete()).isFalse();
  }

  @Test
  void skippingARepeatedSupervisionKeepsTheOthersAsWritten() {
    Path folder = new SampleFolder()
        .append("supervisions.csv", """
            S3,C1,B1,2023-04-02,2023-04-03T09:00:00.123456789-03:30,VIDEO,
            S2,C1,B1,2023-04-01,2023-04-01T18:30:00+08:00,ON_SITE,0
            S3,C1,B1,2023-04-04,2023-04-04T10:00:00+08:00,ON_SITE,2
            S4,C2,B9,2023-04-05,2023-04-05T10:00:00.5+08:00,ON_SITE,3
            """)
        .writeTo(dir);

    ReadResult result = SKIPPING.read(folder);

    assertThat(result.dataSet().supervisions()).extracting(s -> s.id().value() + " " + s.cadre().value() + " "
            + s.business().value() + " " + s.visitDate() + " " + s.enteredAt() + " " + s.mode() + " "
            + s.problemsFound())
        .containsExactly("S1 C1 B1 2023-03-05 2023-03-05T10:15:30+08:00 ON_SITE OptionalInt[1]",
            "S2 C1 B1 2023-04-01 2023-04-01T18:30+08:00 ON_SITE OptionalInt[0]",
            "S4 C2 B9 2023-04-05 2023-04-05T10:00:00.500+08:00 ON_SITE OptionalInt[3]");
    assertThat(result.skippedRows()).containsExactly(
        new SkippedRow("supervisions.csv", 3, List.of(error("supervisions.csv", 3, "id", "id S3 repeats: lines 3 and 5"))),
        new SkippedRow("supervisions.csv", 5, List.of(error("supervisions.csv", 5, "id", "id S3 repeats: lines 3 and 5"))));
  }

  @Test
  void skippingADivisionLeavesOutTheDivisionsBelowIt() {
    Path folder = new SampleFolder()
        .replace("divisions.csv", "430102000000,芙蓉区,COUNTY,430100000000", "430102000000,芙蓉区,DISTRICT,430100000000")
        .append("divisions.csv", """
            430200000000,株洲市,CITY,430211000000
            430211000000,天元区,COUNTY,430200000000
            """)
        .writeTo(dir);

    ReadResult result = SKIPPING.read(folder);

    assertThat(result.dataSet().divisions()).extracting(Division::name).containsExactly("湖南省", "长沙市");
    assertThat(result.skippedRows()).extracting(SkippedRow::line).containsExactly(4L, 5L, 6L, 7L);
    assertThat(result.skippedRows().get(1).errors()).containsExactly(error("divisions.csv", 5, "parent_code",
        "names a division whose row is bad (line 4): 430102000000"));
    assertThat(result.skippedRows().get(2).errors()).containsExactly(error("divisions.csv", 6, "parent_code",
        "makes a cycle: 430200000000 → 430211000000 → 430200000000 (lines 6 and 7)"));
  }

  @Test
  void allOrNothingReportsABadDivisionButNotItsChildren() {
    Path folder = new SampleFolder()
        .replace("divisions.csv", "430102000000,芙蓉区,COUNTY,430100000000", "430102000000,芙蓉区,DISTRICT,430100000000")
        .writeTo(dir);

    assertThat(errorsOf(folder)).containsExactly(error("divisions.csv", 4, "level",
        "not one of PROVINCE, CITY, COUNTY, TOWNSHIP, VILLAGE: \"DISTRICT\""));
  }

  @Test
  void skippingStillRefusesErrorsOfAWholeFile() {
    Path folder = new SampleFolder()
        .with("documents.csv", "id,cadre_id,signed_on\nD1,C1,2023-01-10\n")
        .append("relations.csv", "R2,C1,B1,x,\n")
        .writeTo(dir);

    assertThat(errorsOf(SKIPPING, folder)).containsExactly(
        error("relations.csv", 3, "valid_from", "not a date: \"x\""),
        error("documents.csv", 1, "kind", "required column is missing"));
  }

  @Test
  void skippingNothingGivesTheSameDataSetAsAllOrNothing() {
    Path folder = new SampleFolder().writeTo(dir);

    DataSet skipped = SKIPPING.read(folder).dataSet();
    DataSet all = DataSetReader.defaults().read(folder).dataSet();

    assertThat(DataSets.describe(skipped)).isEqualTo(DataSets.describe(all));
  }

  @Test
  void theErrorLimitStopsAFileAndSaysSo() {
    Path folder = new SampleFolder().append("relations.csv", badRelations(10)).writeTo(dir);
    DataSetReader reader = DataSetReader.builder().errorLimit(3).build();

    assertThat(errorsOf(reader, folder)).containsExactly(
        error("relations.csv", 0, "", "error limit of 3 reached: the rest of the file is not checked"),
        error("relations.csv", 3, "valid_from", "not a date: \"bad\""),
        error("relations.csv", 4, "valid_from", "not a date: \"bad\""),
        error("relations.csv", 5, "valid_from", "not a date: \"bad\""));
  }

  @Test
  void skippingUpToTheErrorLimitIsAllowed() {
    Path folder = new SampleFolder().append("relations.csv", badRelations(5)).writeTo(dir);
    DataSetReader reader = DataSetReader.builder().mode(ReadMode.SKIP_BAD_ROWS).errorLimit(5).build();

    assertThat(reader.read(folder).skippedRows()).hasSize(5);
  }

  @Test
  void theErrorLimitAlsoBoundsSkippedRows() {
    Path folder = new SampleFolder().append("relations.csv", badRelations(6)).writeTo(dir);
    DataSetReader reader = DataSetReader.builder().mode(ReadMode.SKIP_BAD_ROWS).errorLimit(5).build();

    assertThat(errorsOf(reader, folder)).first()
        .isEqualTo(error("relations.csv", 0, "", "error limit of 5 reached: the rest of the file is not checked"));
  }

  @Test
  void theErrorLimitIsPerFile() {
    Path folder = new SampleFolder()
        .append("relations.csv", "R2,C1,B1,bad,\nR3,C1,B1,bad,\nR4,C1,B1,bad,\n")
        .append("staff.csv", "T2,B1,OFFICER,赵六,bad,\n")
        .writeTo(dir);
    DataSetReader reader = DataSetReader.builder().errorLimit(2).build();

    assertThat(errorsOf(reader, folder)).extracting(e -> e.file() + ":" + e.line()).containsExactly(
        "relations.csv:0", "relations.csv:3", "relations.csv:4", "staff.csv:3");
  }
}

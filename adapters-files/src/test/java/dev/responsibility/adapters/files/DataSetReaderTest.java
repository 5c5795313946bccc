package dev.responsibility.adapters.files;

import static dev.responsibility.adapters.files.Reading.error;
import static dev.responsibility.adapters.files.Reading.errorsOf;
import static dev.responsibility.adapters.files.Reading.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.responsibility.core.dataset.DataSet;
import dev.responsibility.core.model.Business;
import dev.responsibility.core.model.BusinessId;
import dev.responsibility.core.model.BusinessSize;
import dev.responsibility.core.model.Category;
import dev.responsibility.core.model.ChinaTime;
import dev.responsibility.core.model.CreditCode;
import dev.responsibility.core.model.DivisionCode;
import dev.responsibility.core.model.Grade;
import dev.responsibility.core.model.LicenseNumber;
import dev.responsibility.core.model.OperatingStatus;
import dev.responsibility.core.model.Supervision;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataSetReaderTest {

  @TempDir
  Path dir;

  @Test
  void recordsKeptAsObjectsShareOneInstanceOfEachIdAndDay() {
    DataSet generated = dev.responsibility.testkit.DataSetGenerator.generate(4, 60).dataSet();
    DataSetWriter.english().writeFolder(generated, java.util.List.of(), dir.resolve("shared"));

    DataSet read = read(dir.resolve("shared")).dataSet();

    java.util.Map<BusinessId, BusinessId> first = new java.util.HashMap<>();
    java.util.Map<LocalDate, LocalDate> days = new java.util.HashMap<>();
    for (var check : read.selfChecks()) {
      assertThat(check.business()).isSameAs(first.computeIfAbsent(check.business(), b -> check.business()));
      assertThat(check.date()).isSameAs(days.computeIfAbsent(check.date(), d -> check.date()));
    }
    assertThat(read.selfChecks().size()).isGreaterThan(first.size()).isGreaterThan(days.size());
    // The kinds kept as columns are made again when asked for: equal, not shared.
    assertThat(read.businesses()).isEqualTo(generated.businesses());
    assertThat(read.supervisions()).isEqualTo(generated.supervisions());
    assertThat(read.problems()).isEqualTo(generated.problems());
    assertThat(read.documents()).isEqualTo(generated.documents());
  }

  @Test
  void readsEveryFileOfAValidFolder() {
    ReadResult result = read(new SampleFolder().writeTo(dir));
    DataSet ds = result.dataSet();

    assertThat(ds.divisions()).hasSize(4);
    assertThat(ds.businesses()).hasSize(2);
    assertThat(ds.statusChanges()).hasSize(1);
    assertThat(ds.cadres()).hasSize(1);
    assertThat(ds.relations()).hasSize(1);
    assertThat(ds.documents()).hasSize(1);
    assertThat(ds.supervisions()).hasSize(1);
    assertThat(ds.problems()).hasSize(1);
    assertThat(ds.staff()).hasSize(1);
    assertThat(ds.selfChecks()).hasSize(1);
    assertThat(result.workPlans()).isEmpty();
    assertThat(result.skippedRows()).isEmpty();
    assertThat(ds.business(BusinessId.of("B1"))).contains(Business.builder()
        .id(BusinessId.of("B1")).name("城关镇第一小学食堂").creditCode(CreditCode.of("91430102MA4L0000X0"))
        .licenseNumber(LicenseNumber.of("JY14301020000001")).licenseIssued(LocalDate.of(2022, 1, 1))
        .licenseExpires(LocalDate.of(2026, 12, 31)).category(Category.CANTEEN_SCHOOL).size(BusinessSize.MEDIUM)
        .grade(Grade.A).division(DivisionCode.of("430102001000")).diners(600).highRisk(true).build());
  }

  @Test
  void emptyCellsMeanNoneAndTheDefaults() {
    Business b2 = read(new SampleFolder().writeTo(dir)).dataSet().business(BusinessId.of("B2")).orElseThrow();

    assertThat(b2.name()).isEqualTo("李记小吃, 老店");
    assertThat(b2.creditCode().isEmpty()).isTrue();
    assertThat(b2.licenseNumber().isEmpty()).isTrue();
    assertThat(b2.licenseExpires()).isEmpty();
    assertThat(b2.diners()).isZero();
    assertThat(b2.highRisk()).isFalse();
  }

  @Test
  void trimsCellsAndIgnoresUnknownColumnsAndTheirOrder() {
    Path folder = new SampleFolder().with("relations.csv", """
        note,valid_to, business_id ,id,cadre_id,valid_from
        whatever,  , B1 ,  R1 ,C1,\t2023-01-01
        """).writeTo(dir);

    var relation = read(folder).dataSet().relations().get(0);

    assertThat(relation.id().value()).isEqualTo("R1");
    assertThat(relation.business().value()).isEqualTo("B1");
    assertThat(relation.validTo()).isEmpty();
  }

  @Test
  void highRiskIsTrueOrFalseInAnyLetterCase() {
    Path folder = new SampleFolder().replace("businesses.csv", "600,true", "600,TRUE")
        .replace("businesses.csv", "430102001000,,", "430102001000,,False").writeTo(dir);

    DataSet ds = read(folder).dataSet();

    assertThat(ds.business(BusinessId.of("B1")).orElseThrow().highRisk()).isTrue();
    assertThat(ds.business(BusinessId.of("B2")).orElseThrow().highRisk()).isFalse();
  }

  @Test
  void aTimeWithoutOffsetIsChinaStandardTimeAndKeepsAnyOffsetGiven() {
    Path folder = new SampleFolder().append("supervisions.csv", """
        S2,C1,B1,2023-03-05,2023-03-05T23:30:00.125Z,VIDEO,
        S3,C1,B1,2023-03-05,2023-03-05T10:15+05:30,CENTRALISED,0
        """).writeTo(dir);

    var sups = read(folder).dataSet().supervisions();

    assertThat(sups).extracting(Supervision::enteredAt).containsExactly(
        OffsetDateTime.of(2023, 3, 5, 10, 15, 30, 0, ChinaTime.OFFSET),
        OffsetDateTime.of(2023, 3, 5, 23, 30, 0, 125_000_000, ZoneOffset.UTC),
        OffsetDateTime.of(2023, 3, 5, 10, 15, 0, 0, ZoneOffset.ofHoursMinutes(5, 30)));
    assertThat(sups.get(1).entryDay()).isEqualTo(LocalDate.of(2023, 3, 6));
    assertThat(sups.get(1).problemsFound()).isEmpty();
  }

  @Test
  void optionalFilesMayBeMissing() {
    Path folder = new SampleFolder().with("status_changes.csv", null).with("problems.csv", null)
        .with("self_checks.csv", null).writeTo(dir);

    DataSet ds = read(folder).dataSet();

    assertThat(ds.statusChanges()).isEmpty();
    assertThat(ds.problems()).isEmpty();
    assertThat(ds.selfChecks()).isEmpty();
  }

  @Test
  void aMissingRequiredFileIsAnError() {
    Path folder = new SampleFolder().with("staff.csv", null).writeTo(dir);

    assertThat(errorsOf(folder)).containsExactly(error("staff.csv", 0, "", "required file is missing"));
  }

  @Test
  void twoFilesForOneFileOfTheFormatAreAnError() {
    SampleFolder sample = new SampleFolder();
    Path folder = sample.with("包保主体.csv", sample.files.get("businesses.csv")).writeTo(dir);

    assertThat(errorsOf(folder)).containsExactly(
        error("businesses.csv", 0, "", "two files hold it: businesses.csv, 包保主体.csv"));
  }

  @Test
  void fileNamesMatchInAnyLetterCase() {
    SampleFolder sample = new SampleFolder();
    Path folder = sample.with("Businesses.CSV", sample.files.get("businesses.csv")).with("businesses.csv", null)
        .writeTo(dir);

    assertThat(read(folder).dataSet().businesses()).hasSize(2);
  }

  @Test
  void otherFilesOfTheFolderAreIgnored() {
    Path folder = new SampleFolder().with("README.txt", "not data").with("notes.csv", "a,b\n1,2\n").writeTo(dir);

    assertThat(read(folder).dataSet().businesses()).hasSize(2);
  }

  @Test
  void anEmptyRowIsPassedOverButKeepsLinesPhysical() {
    Path folder = new SampleFolder().with("relations.csv", """
        id,cadre_id,business_id,valid_from,valid_to
        ,,,,

        R1,C1,B1,2023-01-01,
        R2,C1,B1,2023-13-01,
        """).writeTo(dir);

    assertThat(errorsOf(folder)).containsExactly(
        error("relations.csv", 5, "valid_from", "not a date: \"2023-13-01\""));
  }

  @Nested
  class DataNotErrors {

    @Test
    void unknownIdsUnknownDivisionsAndInvalidCodesAreLoadedAsGiven() {
      Path folder = new SampleFolder()
          .append("businesses.csv", "B3,无名店,123,XYZ,2022-01-01,,FOOD_SELLER,SMALL,C,999999999999,,\n")
          .append("relations.csv", "R2,C9,B9,2023-01-01,\n")
          .append("cadres.csv", "C2,李四,VILLAGE,000000000001,,2022-01-01,,\n")
          .append("supervisions.csv", "S2,C9,B9,2023-03-05,2023-03-01T08:00:00,VIDEO,\n")
          .append("staff.csv", "T2,B9,OFFICER,赵六,2022-01-01,\n")
          .append("documents.csv", "D2,C9,TASK_LIST,2023-01-10,\n")
          .append("problems.csv", "P2,S9,B9,2023-03-05,,,\n")
          .append("status_changes.csv", "B9,CLOSED,2023-01-01\n")
          .writeTo(dir);

      DataSet ds = read(folder).dataSet();

      Business b3 = ds.business(BusinessId.of("B3")).orElseThrow();
      assertThat(b3.creditCode().value()).isEqualTo("123");
      assertThat(b3.hasValidCreditCode()).isFalse();
      assertThat(b3.licenseNumber().value()).isEqualTo("XYZ");
      assertThat(b3.division().value()).isEqualTo("999999999999");
      assertThat(ds.relations()).hasSize(2);
      assertThat(ds.cadres()).hasSize(2);
      assertThat(ds.statusOn(BusinessId.of("B9"), LocalDate.of(2023, 6, 1))).isEqualTo(OperatingStatus.CLOSED);
    }
  }
}

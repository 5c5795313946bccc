package dev.responsibility.adapters.files;

import static dev.responsibility.adapters.files.Reading.error;
import static dev.responsibility.adapters.files.Reading.errorsOf;
import static dev.responsibility.adapters.files.Reading.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.responsibility.core.dataset.DataSet;
import dev.responsibility.core.model.BusinessId;
import dev.responsibility.core.model.CadreLevel;
import dev.responsibility.core.model.Category;
import dev.responsibility.core.model.DivisionLevel;
import dev.responsibility.core.model.DocumentKind;
import dev.responsibility.core.model.OperatingStatus;
import dev.responsibility.core.model.SelfCheckKind;
import dev.responsibility.core.model.StaffRole;
import dev.responsibility.core.model.SupervisionMode;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixture {@code fixtures/excel-gb18030}: a township's data set as Chinese Excel saves "CSV"
 * — GB18030 bytes, CRLF, Chinese file names, headers and values, title rows above the header,
 * dates as {@code 2023/3/5}, times as {@code 2023/3/5 10:15}.
 */
class ExcelCsvExportTest {

  private static final Charset GB18030 = Charset.forName("GB18030");

  @TempDir
  Path dir;

  @BeforeEach
  void copyFixture() throws Exception {
    Path fixture = Paths.get(getClass().getResource("/fixtures/excel-gb18030").toURI());
    try (Stream<Path> files = Files.list(fixture)) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve(f.getFileName().toString()));
      }
    }
  }

  @Test
  void readsTheExportWithoutBeingToldItsEncoding() {
    DataSet ds = read(dir).dataSet();

    assertThat(ds.divisions()).extracting(d -> d.level()).containsExactly(DivisionLevel.PROVINCE, DivisionLevel.CITY,
        DivisionLevel.COUNTY, DivisionLevel.TOWNSHIP, DivisionLevel.VILLAGE);
    var school = ds.business(BusinessId.of("10001")).orElseThrow();
    assertThat(school.category()).isEqualTo(Category.CANTEEN_SCHOOL);
    assertThat(school.licenseExpires()).contains(LocalDate.of(2026, 12, 31));
    assertThat(school.highRisk()).isTrue();
    assertThat(ds.business(BusinessId.of("10002")).orElseThrow().name()).isEqualTo("李记小吃（东门店）");
    assertThat(ds.statusOn(BusinessId.of("10002"), LocalDate.of(2023, 3, 1))).isEqualTo(OperatingStatus.SUSPENDED);
    assertThat(ds.cadres()).extracting(c -> c.level()).containsExactly(CadreLevel.TOWNSHIP, CadreLevel.VILLAGE);
    assertThat(ds.relations().get(1).validTo()).contains(LocalDate.of(2023, 1, 31));
    assertThat(ds.documents()).extracting(d -> d.kind()).containsExactly(DocumentKind.COMMITMENT_LETTER,
        DocumentKind.RESPONSIBILITY_LIST, DocumentKind.TASK_LIST);
    assertThat(ds.supervisions()).extracting(s -> s.mode()).containsExactly(SupervisionMode.ON_SITE, SupervisionMode.VIDEO);
    assertThat(ds.supervisions().get(1).enteredAt()).isEqualTo(OffsetDateTime.parse("2023-04-02T09:00+08:00"));
    assertThat(ds.problems().get(0).closedOn()).contains(LocalDate.of(2023, 3, 12));
    assertThat(ds.staff()).extracting(s -> s.role()).containsExactly(StaffRole.PRINCIPAL, StaffRole.DIRECTOR,
        StaffRole.OFFICER);
    assertThat(ds.selfChecks()).extracting(c -> c.kind()).containsExactly(SelfCheckKind.DAILY, SelfCheckKind.WEEKLY,
        SelfCheckKind.MONTHLY);
    assertThat(ds.selfChecks().get(1).findings()).contains("冷库温度记录缺一天");
  }

  @Test
  void readsTheExportAsGb18030WhenAskedTo() {
    DataSet ds = DataSetReader.builder().charset(GB18030).build().read(dir).dataSet();

    assertThat(ds.businesses()).hasSize(3);
  }

  @Test
  void linesCountTheTitleRowsAboveTheHeader() throws Exception {
    Path file = dir.resolve("包保主体.csv");
    String text = Files.readString(file, GB18030).replace("430102001001,,否", "4.30102E+11,,否");
    Files.writeString(file, text, GB18030);

    assertThat(errorsOf(dir)).containsExactly(error("包保主体.csv", 5, "行政区划代码",
        "stored as a number by Excel; lost digits"));
  }
}

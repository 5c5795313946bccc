package dev.responsibility.adapters.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.responsibility.core.Responsibility;
import dev.responsibility.core.dataset.DataSet;
import dev.responsibility.core.metrics.MetricQuery;
import dev.responsibility.core.metrics.MetricsReport;
import dev.responsibility.core.model.DivisionLevel;
import dev.responsibility.core.rules.CheckCode;
import dev.responsibility.core.rules.CheckReport;
import dev.responsibility.core.rules.Violation;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

  private static final LocalDate DAY = LocalDate.of(2023, 3, 31);

  @TempDir
  Path dir;

  private Responsibility responsibility;
  private CheckReport report;

  @BeforeEach
  void check() {
    DataSet ds = Reading.read(new SampleFolder()
        .append("relations.csv", "R2,C9,B1,2023-01-01,\n")
        .writeTo(dir.resolve("data"))).dataSet();
    responsibility = Responsibility.of(ds);
    report = responsibility.check(DAY);
  }

  @Test
  void aViolationIsARowOfCodeRuleSeverityRecordsAndMessage() {
    ReportTable table = ReportTable.violations(report, Locale.ENGLISH);
    Violation dangling = report.violations(CheckCode.DANGLING_RELATION).get(0);

    assertThat(table.name()).isEqualTo("violations");
    assertThat(table.header()).containsExactly("code", "rule", "severity", "records", "message");
    assertThat(table.rows()).hasSize(report.violations().size());
    assertThat(table.rows()).contains(Arrays.asList("DANGLING_RELATION", "R7", "ERROR", "relation:R2; cadre:C9",
        dangling.message(Locale.ENGLISH)));
  }

  @Test
  void chineseReportsSpeakChinese() {
    ReportTable table = ReportTable.violations(report, Locale.CHINESE);

    assertThat(table.header()).containsExactly("代码", "规则", "严重程度", "涉及记录", "说明");
    assertThat(table.rows()).anySatisfy(row -> {
      assertThat(row.get(3)).isEqualTo("包保关系:R2；干部:C9");
      assertThat(row.get(2)).isEqualTo("错误");
      assertThat(row.get(4)).isEqualTo(report.violations(CheckCode.DANGLING_RELATION).get(0).message(Locale.CHINESE));
    });
  }

  @Test
  void writesReportsAsCsvWithAByteOrderMarkForExcel() throws Exception {
    Path out = dir.resolve("reports");

    ReportWriter.writeCsv(List.of(ReportTable.violations(report, Locale.ENGLISH),
        ReportTable.checkCounts(report, Locale.ENGLISH)), out);

    byte[] bytes = Files.readAllBytes(out.resolve("violations.csv"));
    assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
    String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
    assertThat(text).startsWith("code,rule,severity,records,message\r\n");
    assertThat(text.lines().count()).isEqualTo(1 + report.violations().size());
    String counts = Files.readString(out.resolve("check_counts.csv"), StandardCharsets.UTF_8).substring(1);
    assertThat(counts.lines().count()).isEqualTo(1 + CheckCode.values().length);
    assertThat(counts).contains("\r\nDANGLING_RELATION,R7,1,");
  }

  @Test
  void writesViolationsAndMetricsAsSheetsOfOneWorkbook() throws Exception {
    MetricQuery query = MetricQuery.asOf(DAY).withQuarter(1);
    MetricsReport metrics = responsibility.metrics().evaluate(query);
    var rollUp = responsibility.metrics().rollUp(query, DivisionLevel.TOWNSHIP);
    Path book = dir.resolve("report.xlsx");

    ReportWriter.writeWorkbook(List.of(ReportTable.violations(report, Locale.CHINESE),
        ReportTable.metrics(metrics, Locale.CHINESE), ReportTable.rollUp(rollUp, Locale.ENGLISH)), book);

    try (InputStream in = Files.newInputStream(book); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      assertThat(wb.getSheet("violations").getRow(0).getCell(0).getStringCellValue()).isEqualTo("代码");
      var coverage = wb.getSheet("metrics").getRow(1);
      assertThat(coverage.getCell(0).getStringCellValue()).isEqualTo("coverage");
      assertThat(coverage.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(coverage.getCell(4).getStringCellValue()).isEqualTo("在产在营获证主体包保覆盖率");
      assertThat(wb.getSheet("roll_up").getRow(1).getCell(0).getStringCellValue()).isEqualTo("430102001000");
    }
  }

  @Test
  void anUndefinedRateIsEmptyNeverOneHundredPercent() {
    DataSet empty = DataSet.empty();
    MetricsReport metrics = Responsibility.of(empty).metrics().evaluate(MetricQuery.asOf(DAY));

    ReportTable table = ReportTable.metrics(metrics, Locale.ENGLISH);

    assertThat(table.rows()).allSatisfy(row -> {
      assertThat(row.get(2)).isEqualTo(0L);
      assertThat(row.get(3)).isNull();
    });
  }

  @Test
  void anyOtherTableCanBeWritten() throws Exception {
    ReportTable custom = ReportTable.of("by_cadre", List.of("cadre", "visits", "share", "last"),
        List.of(Arrays.asList("C1", 3, 0.75, DAY), Arrays.asList("C2", 0, null, null)));

    ReportWriter.writeCsv(List.of(custom), dir);

    assertThat(Files.readString(dir.resolve("by_cadre.csv"), StandardCharsets.UTF_8).substring(1))
        .isEqualTo("cadre,visits,share,last\r\nC1,3,0.75,2023-03-31\r\nC2,0,,\r\n");
    assertThatThrownBy(() -> ReportTable.of("a/b", List.of("x"), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReportTable.of("t", List.of("x"), List.of(List.of(new Object()))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

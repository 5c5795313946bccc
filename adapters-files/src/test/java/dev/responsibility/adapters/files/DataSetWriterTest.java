package dev.responsibility.adapters.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responsibility.core.calendar.WorkPlan;
import dev.responsibility.core.calendar.WorkPlans;
import dev.responsibility.core.dataset.DataSet;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataSetWriterTest {

  @TempDir
  Path dir;

  private DataSet sample() {
    return Reading.read(new SampleFolder().writeTo(dir.resolve("sample"))).dataSet();
  }

  private static List<WorkPlan> seedPlan() {
    return List.of(WorkPlans.defaults().forYear(2023));
  }

  @Test
  void writesFormatMdCsvInEnglish() throws Exception {
    Path out = dir.resolve("out");

    DataSetWriter.english().writeFolder(sample(), List.of(), out);

    assertThat(Files.readString(out.resolve("businesses.csv"), StandardCharsets.UTF_8)).isEqualTo(
        "id,name,credit_code,license_no,license_issued,license_expires,category,size,grade,division_code,diners,"
            + "high_risk\r\n"
            + "B1,城关镇第一小学食堂,91430102MA4L0000X0,JY14301020000001,2022-01-01,2026-12-31,CANTEEN_SCHOOL,MEDIUM,A,"
            + "430102001000,600,true\r\n"
            + "B2,\"李记小吃, 老店\",,,2022-03-01,,VENDOR,MICRO,D,430102001000,0,false\r\n");
    assertThat(Files.readString(out.resolve("supervisions.csv"), StandardCharsets.UTF_8)).endsWith(
        "S1,C1,B1,2023-03-05,2023-03-05T10:15:30+08:00,ON_SITE,1\r\n");
    assertThat(out.resolve("workplan.json")).doesNotExist();
    assertThat(Files.readAllBytes(out.resolve("divisions.csv"))[0]).isEqualTo((byte) 'c');
  }

  @Test
  void writesChineseHeadersAndValuesWithAByteOrderMark() throws Exception {
    Path out = dir.resolve("out");

    DataSetWriter.chinese().writeFolder(sample(), List.of(), out);

    byte[] bytes = Files.readAllBytes(out.resolve("businesses.csv"));
    assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
    assertThat(new String(bytes, StandardCharsets.UTF_8).substring(1)).startsWith(
        "主体编号,主体名称,统一社会信用代码,许可证编号,发证日期,有效期至,类别,规模,等级,行政区划代码,就餐人数,高风险\r\n"
            + "B1,城关镇第一小学食堂,91430102MA4L0000X0,JY14301020000001,2022-01-01,2026-12-31,学校食堂,中型,A级,"
            + "430102001000,600,是\r\n");
  }

  @Test
  void readsBackWhatItWroteInEitherLanguageAndForm() {
    DataSet ds = sample();
    for (DataSetWriter writer : List.of(DataSetWriter.english(), DataSetWriter.chinese())) {
      Path folder = dir.resolve("csv-" + writer.language());
      Path book = dir.resolve("book-" + writer.language() + ".xlsx");

      writer.writeFolder(ds, seedPlan(), folder);
      writer.writeWorkbook(ds, seedPlan(), book);

      for (Path written : List.of(folder, book)) {
        ReadResult back = Reading.read(written);
        assertThat(DataSets.describe(back.dataSet())).as(written.toString()).isEqualTo(DataSets.describe(ds));
        assertThat(back.workPlans()).isEqualTo(seedPlan());
      }
    }
  }

  @Test
  void aWorkbookKeepsCodesAsTextAndDaysAsDates() throws Exception {
    Path book = dir.resolve("book.xlsx");

    DataSetWriter.english().writeWorkbook(sample(), seedPlan(), book);

    try (InputStream in = Files.newInputStream(book); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("divisions");
      Sheet businesses = wb.getSheet("businesses");
      var b1 = businesses.getRow(1);
      assertThat(b1.getCell(2).getCellType()).isEqualTo(CellType.STRING);
      assertThat(b1.getCell(9).getStringCellValue()).isEqualTo("430102001000");
      assertThat(b1.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(DateUtil.isCellDateFormatted(b1.getCell(4))).isTrue();
      assertThat(b1.getCell(10).getNumericCellValue()).isEqualTo(600);
      assertThat(wb.getSheet("workplan").getRow(0).getCell(0).getStringCellValue()).isEqualTo("{");
    }
  }

  @Test
  void theSinkStreamsRecordsInAnyOrderOfKinds() {
    DataSet ds = sample();
    Path folder = dir.resolve("streamed");

    try (FileRecordSink sink = DataSetWriter.english().openFolder(folder, List.of())) {
      ds.supervisions().forEach(sink::supervision);
      ds.businesses().forEach(sink::business);
      ds.divisions().forEach(sink::division);
      ds.cadres().forEach(sink::cadre);
      ds.relations().forEach(sink::relation);
      ds.documents().forEach(sink::document);
      ds.staff().forEach(sink::staff);
      ds.statusChanges().forEach(sink::statusChange);
      ds.problems().forEach(sink::problem);
      ds.selfChecks().forEach(sink::selfCheck);
    }

    assertThat(DataSets.describe(Reading.read(folder).dataSet())).isEqualTo(DataSets.describe(ds));
  }

  @Test
  void anEmptyDataSetIsTenHeaders() {
    Path folder = dir.resolve("empty");

    DataSetWriter.english().writeFolder(DataSet.empty(), List.of(), folder);

    assertThat(folder.toFile().list()).hasSize(10);
    assertThat(Reading.read(folder).dataSet().businesses()).isEmpty();
  }
}

package dev.responsibility.adapters.files;

import static dev.responsibility.adapters.files.Reading.error;
import static dev.responsibility.adapters.files.Reading.errorsOf;
import static dev.responsibility.adapters.files.Reading.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.responsibility.core.model.Business;
import dev.responsibility.core.model.BusinessId;
import dev.responsibility.core.model.BusinessSize;
import dev.responsibility.core.model.Category;
import dev.responsibility.core.model.Grade;
import dev.responsibility.core.model.ImportException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workbooks as township offices save them: title rows, Chinese headers, Excel's own types. */
class WorkbookReadingTest {

  @TempDir
  Path dir;

  /**
   * The businesses sheet of a real export: a merged title, a merged "filled in by" row, Chinese
   * headers on row 3, ids and division codes stored as numbers, a date cell, a serial day as a
   * plain number, a Chinese date as text, Chinese values.
   */
  private static XSSFWorkbook exportWithBusinesses(Object creditCodeOfB2) {
    XSSFWorkbook book = Workbooks.sample(new SampleFolder(), "businesses");
    Sheet sheet = book.createSheet("包保主体");
    sheet.createRow(0).createCell(0).setCellValue("城关镇食品安全包保主体台账（2023年）");
    sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 11));
    sheet.createRow(1).createCell(0).setCellValue("填报单位：城关镇市场监管所　　填报日期：2023年3月31日");
    sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 11));
    String[] header = {"主体编号", "主体名称", "统一社会信用代码", "许可证编号", "发证日期", "有效期至（选填）", "类别", "规模",
        "等级", "行政区划代码", "就餐人数", "高风险"};
    Row h = sheet.createRow(2);
    for (int i = 0; i < header.length; i++) {
      h.createCell(i).setCellValue(header[i]);
    }
    CellStyle dateStyle = book.createCellStyle();
    dateStyle.setDataFormat(book.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));

    Row b1 = sheet.createRow(3);
    b1.createCell(0).setCellValue(10001);
    b1.createCell(1).setCellValue("城关镇第一小学食堂");
    b1.createCell(2).setCellValue("91430102MA4L0000X0");
    b1.createCell(3).setCellValue("JY14301020000001");
    var issued = b1.createCell(4);
    issued.setCellValue(LocalDate.of(2022, 1, 1));
    issued.setCellStyle(dateStyle);
    b1.createCell(5).setCellValue("2026年12月31日");
    b1.createCell(6).setCellValue("学校食堂");
    b1.createCell(7).setCellValue("中型");
    b1.createCell(8).setCellValue("A级");
    b1.createCell(9).setCellValue(430102001000d);
    b1.createCell(10).setCellValue(600);
    b1.createCell(11).setCellValue("是");

    Row b2 = sheet.createRow(4);
    b2.createCell(0).setCellValue(10002);
    b2.createCell(1).setCellValue("  李记小吃 ");
    if (creditCodeOfB2 instanceof Double d) {
      b2.createCell(2).setCellValue(d);
    } else if (creditCodeOfB2 != null) {
      b2.createCell(2).setCellValue(creditCodeOfB2.toString());
    }
    b2.createCell(4).setCellValue(44621); // 2022-03-01 as a plain number in a General cell
    b2.createCell(6).setCellValue("摊贩");
    b2.createCell(7).setCellValue("微型");
    b2.createCell(8).setCellValue("D级");
    b2.createCell(9).setCellValue("4.30102001000E+11");
    b2.createCell(11).setCellValue("否");
    return book;
  }

  @Test
  void readsARealExport() {
    Path file = Workbooks.save(exportWithBusinesses(null), dir.resolve("城关镇台账.xlsx"));

    ReadResult result = read(file);

    Business b1 = result.dataSet().business(BusinessId.of("10001")).orElseThrow();
    assertThat(b1.licenseIssued()).isEqualTo(LocalDate.of(2022, 1, 1));
    assertThat(b1.licenseExpires()).contains(LocalDate.of(2026, 12, 31));
    assertThat(b1.category()).isEqualTo(Category.CANTEEN_SCHOOL);
    assertThat(b1.size()).isEqualTo(BusinessSize.MEDIUM);
    assertThat(b1.grade()).isEqualTo(Grade.A);
    assertThat(b1.division().value()).isEqualTo("430102001000");
    assertThat(b1.diners()).isEqualTo(600);
    assertThat(b1.highRisk()).isTrue();
    Business b2 = result.dataSet().business(BusinessId.of("10002")).orElseThrow();
    assertThat(b2.name()).isEqualTo("李记小吃");
    assertThat(b2.licenseIssued()).isEqualTo(LocalDate.of(2022, 3, 1));
    assertThat(b2.division().value()).isEqualTo("430102001000");
    assertThat(b2.category()).isEqualTo(Category.VENDOR);
    assertThat(b2.highRisk()).isFalse();
  }

  @Test
  void aCreditCodeExcelStoredAsANumberIsAnErrorNamingItsCell() {
    Path file = Workbooks.save(exportWithBusinesses(914301027072100123d), dir.resolve("台账.xlsx"));

    assertThat(errorsOf(file)).containsExactly(error("包保主体", 5, "统一社会信用代码",
        "stored as a number by Excel; lost digits"));
  }

  @Test
  void aCreditCodeInScientificNotationIsAnError() {
    Path file = Workbooks.save(exportWithBusinesses("9.14301E+17"), dir.resolve("台账.xlsx"));

    assertThat(errorsOf(file)).containsExactly(error("包保主体", 5, "统一社会信用代码",
        "stored as a number by Excel; lost digits"));
  }

  @Test
  void errorsOfASheetNameTheSheetAndItsRow() {
    XSSFWorkbook book = exportWithBusinesses(null);
    book.getSheet("包保主体").getRow(4).createCell(8).setCellValue("E级");
    Path file = Workbooks.save(book, dir.resolve("台账.xlsx"));

    assertThat(errorsOf(file)).containsExactly(error("包保主体", 5, "等级", "not one of A, B, C, D: \"E级\""));
  }

  @Test
  void timesInDateTimeCellsAreChinaStandardTime() {
    XSSFWorkbook book = Workbooks.sample(new SampleFolder());
    Row s1 = book.getSheet("supervisions").getRow(1);
    CellStyle style = book.createCellStyle();
    style.setDataFormat(book.createDataFormat().getFormat("yyyy/m/d h:mm"));
    s1.getCell(4).setCellValue(java.time.LocalDateTime.of(2023, 3, 5, 10, 15));
    s1.getCell(4).setCellStyle(style);
    s1.getCell(6).setCellValue(2);
    Path file = Workbooks.save(book, dir.resolve("book.xlsx"));

    var supervision = read(file).dataSet().supervisions().get(0);

    assertThat(supervision.enteredAt()).isEqualTo(OffsetDateTime.parse("2023-03-05T10:15+08:00"));
    assertThat(supervision.problemsFound()).hasValue(2);
  }

  @Test
  void aRenamedSheetIsNamedAmongTheSheetsNotRecognised() {
    var book = Workbooks.sample(new SampleFolder());
    book.setSheetName(book.getSheetIndex("staff"), "Sheet1");
    Path file = Workbooks.save(book, dir.resolve("book.xlsx"));

    assertThat(errorsOf(file)).containsExactly(
        error("staff", 0, "", "required sheet is missing (sheets not recognised: Sheet1)"));
  }

  @Test
  void aMissingSheetIsAnError() {
    Path file = Workbooks.save(Workbooks.sample(new SampleFolder(), "staff"), dir.resolve("book.xlsx"));

    assertThat(errorsOf(file)).containsExactly(error("staff", 0, "", "required sheet is missing"));
  }

  @Test
  void sheetsMayCarryTheCsvFileNames() {
    XSSFWorkbook book = new XSSFWorkbook();
    new SampleFolder().files.forEach((name, csv) -> Workbooks.textSheet(book, name, csv));
    Path file = Workbooks.save(book, dir.resolve("book.xlsx"));

    assertThat(read(file).dataSet().businesses()).hasSize(2);
  }

  @Test
  void aWorkPlanSheetHoldsTheJsonInColumnA() {
    XSSFWorkbook book = Workbooks.sample(new SampleFolder());
    Sheet plan = book.createSheet("workplan");
    List<String> lines = List.of("{\"year\": 2024, \"quarters\": [",
        "{\"quarter\": 1, \"due\": \"2024-03-29\", \"entry_deadline\": \"2024-03-31\"},",
        "{\"quarter\": 2, \"due\": \"2024-06-28\", \"entry_deadline\": \"2024-06-30\"},",
        "{\"quarter\": 3, \"due\": \"2024-09-30\", \"entry_deadline\": \"2024-09-30\"},",
        "{\"quarter\": 4, \"due\": \"2024-11-29\", \"entry_deadline\": \"2024-11-28\"}]}");
    for (int i = 0; i < lines.size(); i++) {
      plan.createRow(i).createCell(0).setCellValue(lines.get(i));
    }
    Path file = Workbooks.save(book, dir.resolve("book.xlsx"));

    assertThat(errorsOf(file)).containsExactly(error("workplan", 5, "$.quarters[3].entry_deadline",
        "must be on or after due 2024-11-29: \"2024-11-28\""));
  }

  @Test
  void aFileThatIsNoWorkbookIsAnErrorNamingIt() throws Exception {
    Path file = Files.writeString(dir.resolve("data.xlsx"), "id,name\n", StandardCharsets.UTF_8);

    List<ImportException.Error> errors = errorsOf(file);

    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).file()).isEqualTo("data.xlsx");
    assertThat(errors.get(0).rule()).startsWith("not a readable .xlsx workbook");
  }

  @Test
  void aSourceThatIsNeitherFolderNorWorkbookIsAnError() throws Exception {
    Path file = Files.writeString(dir.resolve("data.txt"), "x", StandardCharsets.UTF_8);

    assertThat(errorsOf(file)).containsExactly(error("data.txt", 0, "", "is neither a folder nor an .xlsx workbook"));
    assertThat(errorsOf(dir.resolve("nothing"))).containsExactly(error("nothing", 0, "", "does not exist"));
  }
}

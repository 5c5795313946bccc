package dev.responsibility.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input exits with code 2 and one message naming the file, line, column and rule, in the
 * user's language, without a stack trace; good input in an unusual form is read.
 */
class BadInputIT {

  private static final String DAY = CommandLineIT.DAY;

  @TempDir
  Path dir;

  @Test
  void aMissingColumnIsNamedWithItsFileAndTheHeaderLine() throws IOException {
    Path data = BadInput.copyOfSample(dir);
    BadInput.dropColumn(data.resolve("businesses.csv"), "统一社会信用代码");

    Cli.Result run = check(data, "--lang", "en");

    assertRefused(run, "businesses.csv, line 1, column credit_code: required column is missing");
  }

  @Test
  void aBadDateIsNamedWithItsLineAndColumnInChinese() throws IOException {
    Path data = BadInput.copyOfSample(dir);
    BadInput.replaceInLine(data.resolve("businesses.csv"), 5, "2020-10-15", "2021-13-45");

    Cli.Result run = check(data, "--lang", "zh");

    assertRefused(run, "businesses.csv，第 5 行，列 发证日期：not a date: \"2021-13-45\"");
    assertThat(run.err()).startsWith("数据被拒绝（1 处错误）");
  }

  @Test
  void brokenUtf8IsNamedWithItsLine() throws IOException {
    Path data = BadInput.copyOfSample(dir);
    BadInput.breakUtf8(data.resolve("cadres.csv"), 4);

    assertRefused(check(data, "--lang", "en"), "cadres.csv, line 4: bytes are not valid UTF-8");
  }

  @Test
  void aGb18030FileIsReadWhenDetectedOrDeclaredAndRefusedWhenDeclaredUtf8() throws IOException {
    Path data = BadInput.copyOfSample(dir);
    BadInput.toGb18030(data);

    Cli.Result detected = check(data, "--format", "json");
    Cli.Result declared = check(data, "--format", "json", "--encoding", "GB18030");
    Cli.Result utf8 = check(data, "--lang", "en", "--encoding", "UTF-8");

    Cli.Result original = check(CommandLineIT.SAMPLE, "--format", "json");
    assertThat(detected.exitCode()).as(detected.toString()).isZero();
    assertThat(detected.out()).isEqualTo(original.out());
    assertThat(declared.out()).isEqualTo(original.out());
    assertRefused(utf8, "divisions.csv, line 1: bytes are not valid UTF-8");
  }

  @Test
  void aWorkbookWithAWrongSheetIsRefusedNamingTheSheet() throws IOException {
    Path workbook = dir.resolve("township.xlsx");
    assertThat(Cli.run("export", "--data", CommandLineIT.SAMPLE.toString(), "--out", workbook.toString()).exitCode())
        .isZero();
    try (Workbook book = WorkbookFactory.create(Files.newInputStream(workbook))) {
      book.setSheetName(book.getSheetIndex("businesses"), "Sheet1");
      try (var out = Files.newOutputStream(dir.resolve("wrong-sheet.xlsx"))) {
        book.write(out);
      }
    }

    Cli.Result run = check(dir.resolve("wrong-sheet.xlsx"), "--lang", "en");

    assertRefused(run, "businesses: required sheet is missing (sheets not recognised: Sheet1)");
  }

  @Test
  void pathsOptionsAndDaysThatCannotBeUsedAreNamed() throws IOException {
    Files.writeString(dir.resolve("old.xls"), "not really");
    assertRefused(check(dir.resolve("missing"), "--lang", "en"), "No such file or folder: " + dir.resolve("missing"));
    assertRefused(check(dir.resolve("old.xls"), "--lang", "en"), "old .xls workbooks are not read");
    assertRefused(Cli.run("check", "--data", CommandLineIT.SAMPLE.toString(), "--as-of", "2023-02-30", "--lang", "en"),
        "'2023-02-30' is not a day: expected YYYY-MM-DD");
    assertRefused(Cli.run("metrics", "--data", CommandLineIT.SAMPLE.toString(), "--as-of", DAY, "--quarter", "5",
        "--lang", "en"), "--quarter must be 1, 2, 3 or 4, not 5.");
    assertRefused(Cli.run("metrics", "--data", CommandLineIT.SAMPLE.toString(), "--as-of", DAY, "--scope",
        "430102999000", "--lang", "en"), "Unknown division 430102999000: the data set has no division with that code (--scope).");
    assertRefused(Cli.run("metrics", "--data", CommandLineIT.SAMPLE.toString(), "--as-of", DAY, "--scope", "43x",
        "--lang", "en"), "Unknown division 43x");
    assertRefused(Cli.run("check", "--data", CommandLineIT.SAMPLE.toString(), "--as-of", DAY, "--lang", "fr"),
        "expected zh or en, not 'fr'");
    assertRefused(Cli.run("check", "--as-of", DAY, "--lang", "en"), "Missing required argument");
    assertRefused(Cli.run("calendar", "--year", "2031", "--lang", "en"), "No holiday schedule for 2031");
    assertRefused(Cli.run("import", CommandLineIT.SAMPLE.toString(), "--db", "postgres://x", "--lang", "en"),
        "Not a supported JDBC URL: postgres://x");
    assertRefused(Cli.run("frobnicate"), "Unmatched argument");
    assertRefused(Cli.run("export", "--data", CommandLineIT.SAMPLE.toString(), "--out",
        dir.resolve("old.xls").resolve("out.xlsx").toString(), "--lang", "en"), "Cannot create the folder " + dir.resolve("old.xls"));
  }

  @Test
  void anUnreachableDatabaseFailsWithExitCodeOneAndTheDriversWords() {
    Cli.Result run = Cli.run("check", "--db", "jdbc:postgresql://127.0.0.1:1/none", "--as-of", DAY, "--lang", "en");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.err()).startsWith("Failed: Cannot open the database jdbc:postgresql://127.0.0.1:1/none")
        .doesNotContain("\tat ");
  }

  private static Cli.Result check(Path data, String... more) {
    String[] args = new String[4 + more.length];
    args[0] = "check";
    args[1] = "--data";
    args[2] = data.toString();
    args[3] = "--as-of=" + DAY;
    System.arraycopy(more, 0, args, 4, more.length);
    return Cli.run(args);
  }

  private static void assertRefused(Cli.Result run, String message) {
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).as(run.toString()).contains(message).doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(run.out()).as("nothing printed as a result").isEmpty();
  }
}

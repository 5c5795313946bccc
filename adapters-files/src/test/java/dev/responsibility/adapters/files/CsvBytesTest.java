package dev.responsibility.adapters.files;

import static dev.responsibility.adapters.files.Reading.error;
import static dev.responsibility.adapters.files.Reading.errorsOf;
import static dev.responsibility.adapters.files.Reading.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.responsibility.core.model.BusinessId;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Encodings, byte-order marks and RFC 4180 quoting, as CSV files really arrive. */
class CsvBytesTest {

  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  @TempDir
  Path dir;

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }

  @Test
  void aUtf8ByteOrderMarkIsAllowed() throws Exception {
    SampleFolder sample = new SampleFolder();
    Path folder = sample.writeTo(dir);
    Files.write(folder.resolve("businesses.csv"),
        concat(UTF8_BOM, sample.files.get("businesses.csv").getBytes(StandardCharsets.UTF_8)));

    assertThat(read(folder).dataSet().businesses()).hasSize(2);
  }

  @Test
  void gb18030BytesAreDetectedWhenTheyAreNotUtf8() {
    Path folder = new SampleFolder().writeTo(dir, GB18030);

    assertThat(read(folder).dataSet().business(BusinessId.of("B1")).orElseThrow().name())
        .isEqualTo("城关镇第一小学食堂");
  }

  @Test
  void supervisionIdsOutsideAsciiAreReadAsWritten() {
    Path folder = new SampleFolder().replace("supervisions.csv", "S1,C1,B1", "督导-1,C1,B1").writeTo(dir, GB18030);

    assertThat(read(folder).dataSet().supervisions()).singleElement()
        .satisfies(s -> assertThat(s.id().value()).isEqualTo("督导-1"));
  }

  @Test
  void gb18030IsReadWhenAskedFor() {
    Path folder = new SampleFolder().writeTo(dir, GB18030);
    DataSetReader reader = DataSetReader.builder().charset(GB18030).build();

    assertThat(reader.read(folder).dataSet().cadres().get(0).name()).isEqualTo("张三");
  }

  @Test
  void gb18030BytesAreAnErrorWhenUtf8IsAskedFor() {
    Path folder = new SampleFolder().writeTo(dir);
    SampleFolder gbCadres = new SampleFolder();
    gbCadres.files.keySet().retainAll(java.util.Set.of("cadres.csv"));
    gbCadres.writeTo(folder, GB18030);
    DataSetReader reader = DataSetReader.builder().charset(StandardCharsets.UTF_8).build();

    assertThat(errorsOf(reader, folder)).containsExactly(
        error("cadres.csv", 2, "", "bytes are not valid UTF-8"));
  }

  @Test
  void bytesThatAreNeitherUtf8NorGb18030AreAnErrorNamingTheirLine() throws Exception {
    Path folder = new SampleFolder().writeTo(dir);
    byte[] bytes = Files.readAllBytes(folder.resolve("relations.csv"));
    byte[] broken = concat(bytes, "R2,C1,B1,2023-01-0".getBytes(StandardCharsets.UTF_8));
    broken = concat(broken, new byte[] {(byte) 0xFF, '\n'});
    Files.write(folder.resolve("relations.csv"), broken);

    assertThat(errorsOf(folder)).containsExactly(
        error("relations.csv", 3, "", "bytes are neither UTF-8 nor GB18030"));
  }

  @Test
  void aFileCutInsideAUtf8CharacterIsReportedAsTruncated() throws Exception {
    Path folder = new SampleFolder().writeTo(dir);
    byte[] bytes = Files.readAllBytes(folder.resolve("cadres.csv"));
    int cut = new String(bytes, StandardCharsets.UTF_8).indexOf("副镇长");
    int byteCut = new String(bytes, StandardCharsets.UTF_8).substring(0, cut).getBytes(StandardCharsets.UTF_8).length;
    Files.write(folder.resolve("cadres.csv"), Arrays.copyOf(bytes, byteCut + 2));

    assertThat(errorsOf(folder)).containsExactly(
        error("cadres.csv", 2, "", "the file ends inside a UTF-8 character: is it truncated?"));
  }

  @Test
  void aUtf16FileIsAnErrorThatSaysWhatToDo() throws Exception {
    Path folder = new SampleFolder().writeTo(dir);
    Files.write(folder.resolve("staff.csv"), new SampleFolder().files.get("staff.csv").getBytes(StandardCharsets.UTF_16));

    assertThat(errorsOf(folder)).containsExactly(error("staff.csv", 1, "",
        "the file is UTF-16 (Excel's \"Unicode text\"), not UTF-8 or GB18030: save it as \"CSV UTF-8\""));
  }

  @Test
  void aQuotedCellSpanningLinesKeepsLaterLinesPhysical() {
    Path folder = new SampleFolder().with("businesses.csv", """
        id,name,credit_code,license_no,license_issued,license_expires,category,size,grade,division_code
        B1,"城关镇第一小学
        食堂
        (东校区)",,,2022-01-01,,CANTEEN_SCHOOL,MEDIUM,A,430102001000
        B2,"李记""小吃""\",,,2022-03-01,,VENDOR,MICRO,D,430102001000
        B3,店,,,2022-13-01,,VENDOR,MICRO,D,430102001000
        """).writeTo(dir);

    assertThat(errorsOf(folder)).containsExactly(
        error("businesses.csv", 6, "license_issued", "not a date: \"2022-13-01\""));
  }

  @Test
  void quotedCellsKeepCommasQuotesAndLineBreaks() {
    Path folder = new SampleFolder().with("businesses.csv", """
        id,name,credit_code,license_no,license_issued,license_expires,category,size,grade,division_code
        B1,"城关镇第一小学
        食堂",,,2022-01-01,,CANTEEN_SCHOOL,MEDIUM,A,430102001000
        B2,"李记""小吃"", 老店",,,2022-03-01,,VENDOR,MICRO,D,430102001000
        """).writeTo(dir);

    var ds = read(folder).dataSet();

    assertThat(ds.business(BusinessId.of("B1")).orElseThrow().name()).isEqualTo("城关镇第一小学\n食堂");
    assertThat(ds.business(BusinessId.of("B2")).orElseThrow().name()).isEqualTo("李记\"小吃\", 老店");
  }

  @Test
  void anUnclosedQuoteIsAnErrorNamingTheLineWhereItsRecordStarts() {
    Path folder = new SampleFolder().append("relations.csv", """
        R2,"C1,B1,2023-01-01,
        R3,C1,B1,2023-01-01,
        """).writeTo(dir);

    assertThat(errorsOf(folder)).containsExactly(
        error("relations.csv", 3, "", "broken CSV quoting: Unclosed quoted field at end of input"));
  }

  @Test
  void textAfterAClosingQuoteIsAnError() {
    Path folder = new SampleFolder().append("relations.csv", "R2,\"C1\"x,B1,2023-01-01,\n").writeTo(dir);

    assertThat(errorsOf(folder)).containsExactly(
        error("relations.csv", 3, "", "broken CSV quoting: Unexpected character after closing quote: 'x' (0x78)"));
  }

  @Test
  void aRowWiderThanItsHeaderIsAnErrorUnlessTheExtraCellsAreEmpty() {
    Path folder = new SampleFolder().append("relations.csv", """
        R2,C1,B1,2023-01-01,,,
        R3,C1,B1,2023-01-01,,oops
        """).writeTo(dir);

    assertThat(errorsOf(folder)).containsExactly(
        error("relations.csv", 4, "", "row has 6 cells but the header has 5"));
  }

  @Test
  void aRowOfMoreCellsThanFastCsvAllowsStopsTheFile() {
    // FastCSV's record handler refuses a 16,385th field; the reader's own handler keeps its limit
    // and its message, so a line of commas still stops the file rather than growing a row.
    Path folder = new SampleFolder().append("relations.csv", "R2,C1,B1,2023-01-01" + ",".repeat(16_381) + "\n")
        .writeTo(dir);

    assertThat(errorsOf(folder)).containsExactly(error("relations.csv", 3, "",
        "broken CSV quoting: Record starting at line 3 has surpassed the maximum limit of 16384 fields"));
  }

  @Test
  void aRowShorterThanItsHeaderHasEmptyCells() {
    Path folder = new SampleFolder().append("relations.csv", """
        R2,C1,B1,2023-01-01
        R3,C1,B1
        """).writeTo(dir);

    assertThat(errorsOf(folder)).containsExactly(
        error("relations.csv", 4, "valid_from", "required cell is empty"));
  }

  @Test
  void crlfAndCrLineBreaksCountAsLines() {
    Path folder = new SampleFolder().with("relations.csv",
        "id,cadre_id,business_id,valid_from,valid_to\r\nR1,C1,B1,2023-01-01,\r\nR2,C1,B1,x,\r\n").writeTo(dir);

    assertThat(errorsOf(folder)).containsExactly(error("relations.csv", 3, "valid_from", "not a date: \"x\""));
  }
}

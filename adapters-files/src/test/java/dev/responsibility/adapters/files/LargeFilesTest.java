package dev.responsibility.adapters.files;

import static dev.responsibility.adapters.files.Reading.error;
import static dev.responsibility.adapters.files.Reading.errorsOf;
import static dev.responsibility.adapters.files.Reading.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.responsibility.core.model.Supervision;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Files past {@link CsvSource#SIZING_SAMPLE}, whose columns are sized from their first
 * megabytes: whatever the rest of the file is like, every row is read and bad rows are named at
 * their lines.
 */
class LargeFilesTest {

  @TempDir
  Path dir;

  /** Rows of about 60 bytes up to a little past the sample, then rows with ids of a given length. */
  private Path folder(int laterIdLength, int laterRows, String lastRow) throws IOException {
    Path folder = new SampleFolder().writeTo(dir);
    try (Writer out = Files.newBufferedWriter(folder.resolve("supervisions.csv"), StandardCharsets.UTF_8)) {
      out.write("id,cadre_id,business_id,visit_date,entered_at,mode,problems_found\n");
      long written = 0;
      int i = 0;
      while (written < CsvSource.SIZING_SAMPLE + (1 << 20)) {
        String row = row("S" + i++);
        out.write(row);
        written += row.length();
      }
      String pad = "x".repeat(Math.max(0, laterIdLength - 10));
      for (int k = 0; k < laterRows; k++) {
        out.write(row(String.format("T%09d", k) + pad));
      }
      out.write(lastRow);
    }
    return folder;
  }

  private static String row(String id) {
    return id + ",C1,B1,2023-03-05,2023-03-05T10:15:30+08:00,ON_SITE,1\n";
  }

  @ParameterizedTest
  @ValueSource(ints = {10, 400})
  void everyRowIsReadWhenTheRestOfTheFileIsUnlikeItsStart(int laterIdLength) throws IOException {
    // Short later rows leave room unused; long ones outgrow the room made for ids.
    Path folder = folder(laterIdLength, 40_000, row("U-last"));

    List<Supervision> read = read(folder).dataSet().supervisions();

    assertThat(read.stream().filter(s -> s.id().value().startsWith("T"))).hasSize(40_000)
        .allMatch(s -> s.id().value().length() == Math.max(10, laterIdLength));
    Supervision last = read.get(read.size() - 1);
    assertThat(last.id().value()).isEqualTo("U-last");
    assertThat(last.business().value()).isEqualTo("B1");
    assertThat(last.problemsFound()).hasValue(1);
  }

  @Test
  void rowsPastTheSampleAreNamedAtTheirLines() throws IOException {
    Path folder = folder(10, 10, "U-bad,C1,B1,not a day,2023-03-05T10:15:30+08:00,ON_SITE,1\n" + row("S7"));
    long lines;
    try (var all = Files.lines(folder.resolve("supervisions.csv"))) {
      lines = all.count();
    }

    // S7 is on line 9, the header on line 1; the lines of rows read are kept in the sized array.
    assertThat(errorsOf(folder)).containsExactly(
        error("supervisions.csv", lines - 1, "visit_date", "not a date: \"not a day\""),
        error("supervisions.csv", lines, "id", "id S7 repeats: lines 9 and " + lines));
  }

  @Test
  void theEstimateScalesTheRowsReadToTheFileWithALittleToSpare() {
    assertThat(CsvSource.expectedRecords(1000, 4 << 20, 40L << 20)).isEqualTo(10_312);
    assertThat(CsvSource.expectedRecords(0, 4 << 20, 40L << 20)).isZero();
    assertThat(CsvSource.expectedRecords(Integer.MAX_VALUE - 8, 1, 1L << 40)).isEqualTo(Integer.MAX_VALUE - 8);
  }
}

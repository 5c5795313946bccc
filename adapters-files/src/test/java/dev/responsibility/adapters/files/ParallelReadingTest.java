package dev.responsibility.adapters.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.responsibility.core.model.ImportException;
import dev.responsibility.testkit.DataSetGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files of a folder read at once give exactly what they give one after another. */
class ParallelReadingTest {

  private static final DataSetReader SEQUENTIAL = DataSetReader.builder().parallelism(1).build();
  private static final DataSetReader PARALLEL = DataSetReader.builder().parallelism(4).build();

  @TempDir
  Path dir;

  private Path township() {
    DataSetWriter.english().writeFolder(
        DataSetGenerator.of(7, 300).asOf(LocalDate.of(2023, 12, 20)).faultRate(0.1).generate().dataSet(), List.of(), dir);
    return dir;
  }

  @Test
  void theSameRecordsWhateverTheParallelism() {
    Path folder = township();

    ReadResult one = SEQUENTIAL.read(folder);
    ReadResult four = PARALLEL.read(folder);

    assertThat(DataSets.describe(four.dataSet())).isEqualTo(DataSets.describe(one.dataSet()));
    assertThat(four.dataSet().businesses()).hasSize(300);
  }

  @Test
  void theSameErrorsInTheSameOrderWhateverTheParallelism() throws IOException {
    Path folder = township();
    append(folder.resolve("supervisions.csv"), "S-BAD,C1,B1,not a day,2023-03-04T16:07:35+08:00,ON_SITE,0\n");
    append(folder.resolve("relations.csv"), "R-BAD,C1,B1,2023-01-01,2022-01-01\n");
    append(folder.resolve("businesses.csv"), "B-BAD\n");

    List<ImportException.Error> one = errors(SEQUENTIAL, folder);
    List<ImportException.Error> four = errors(PARALLEL, folder);

    assertThat(four).isEqualTo(one);
    assertThat(four.stream().map(ImportException.Error::file).distinct())
        .containsExactly("businesses.csv", "relations.csv", "supervisions.csv");
  }

  @Test
  void skippingLeavesOutTheSameRowsWhateverTheParallelism() throws IOException {
    Path folder = township();
    append(folder.resolve("supervisions.csv"), "S-BAD,C1,B1,not a day,2023-03-04T16:07:35+08:00,ON_SITE,0\n");
    append(folder.resolve("staff.csv"), "E-BAD,B1,DIRECTOR,某人,yesterday,\n");
    DataSetReader skippingOne = DataSetReader.builder().parallelism(1).mode(ReadMode.SKIP_BAD_ROWS).build();
    DataSetReader skippingFour = DataSetReader.builder().parallelism(4).mode(ReadMode.SKIP_BAD_ROWS).build();

    ReadResult one = skippingOne.read(folder);
    ReadResult four = skippingFour.read(folder);

    assertThat(four.skippedRows()).isEqualTo(one.skippedRows()).hasSize(2);
    assertThat(DataSets.describe(four.dataSet())).isEqualTo(DataSets.describe(one.dataSet()));
  }

  @Test
  void noReadingThreadOutlivesTheRead() throws InterruptedException {
    PARALLEL.read(township());

    // The pool is shut down as the read returns; its idle threads end within moments.
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.getName().startsWith("responsibility-read-")) {
        t.join(5_000);
        assertThat(t.isAlive()).as(t.getName()).isFalse();
      }
    }
  }

  @Test
  void parallelismIsAtLeastOne() {
    assertThatThrownBy(() -> DataSetReader.builder().parallelism(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("parallelism must be at least 1: 0");
    assertThat(DataSetReader.defaults().parallelism()).isEqualTo(Runtime.getRuntime().availableProcessors());
  }

  private static List<ImportException.Error> errors(DataSetReader reader, Path folder) {
    try {
      reader.read(folder);
    } catch (ImportException e) {
      return e.errors();
    }
    throw new AssertionError("the folder was read without errors");
  }

  private static void append(Path file, String rows) throws IOException {
    Files.writeString(file, rows, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
  }
}

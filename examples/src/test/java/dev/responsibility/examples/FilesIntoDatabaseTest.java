package dev.responsibility.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.responsibility.adapters.files.DataSetReader;
import dev.responsibility.adapters.files.DataSetWriter;
import dev.responsibility.adapters.jdbc.JdbcStore;
import dev.responsibility.core.Responsibility;
import dev.responsibility.core.model.ImportException;
import dev.responsibility.testkit.DataSetGenerator;
import dev.responsibility.testkit.GeneratedDataSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The analyst's path, files into the embedded database: a good folder is stored whole; a folder
 * with one malformed cell of any column type is refused with its file, line, column and rule,
 * and the database is left as it was.
 */
class FilesIntoDatabaseTest {

  @TempDir
  Path dir;

  private final GeneratedDataSet township = DataSetGenerator.of(11, 40).generate();

  private JdbcStore store() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    JdbcStore store = JdbcStore.on(ds, Clock.systemUTC());
    store.migrate();
    return store;
  }

  private void importFolder(JdbcStore store, Path folder) {
    store.importRecords(sink -> DataSetReader.defaults().read(folder).dataSet().forEach(sink), "analyst", n -> { });
  }

  @Test
  void aGoodFolderIsStoredWholeAndChecksTheSame() {
    DataSetWriter.english().writeFolder(township.dataSet(), List.of(), dir);
    JdbcStore store = store();
    importFolder(store, dir);
    assertThat(store.load().businesses()).isEqualTo(township.dataSet().businesses());
    assertThat(Responsibility.of(store.load()).check(township.asOf()).violations()).isEmpty();
  }

  @ParameterizedTest(name = "{0}.{1} = {2}")
  @CsvSource({
      "businesses.csv, license_issued, 2023-02-30",
      "businesses.csv, diners, many",
      "businesses.csv, size, HUGE",
      "businesses.csv, high_risk, maybe",
      "supervisions.csv, entered_at, yesterday",
      "supervisions.csv, mode, PHONE",
      "relations.csv, valid_from, 2023-13-01",
      "staff.csv, role, CHEF"})
  void aMalformedCellOfAnyTypeIsRefusedAndTheDatabaseStaysAsItWas(String file, String column, String bad)
      throws IOException {
    DataSetWriter.english().writeFolder(township.dataSet(), List.of(), dir);
    Path csv = dir.resolve(file);
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    List<String> header = List.of(lines.get(0).replace("\uFEFF", "").split(","));
    int at = header.indexOf(column);
    assertThat(at).as("column %s in %s", column, header).isNotNegative();
    String[] cells = lines.get(1).split(",", -1);
    cells[at] = bad;
    lines.set(1, String.join(",", cells));
    Files.write(csv, lines, StandardCharsets.UTF_8);

    JdbcStore store = store();
    assertThatThrownBy(() -> importFolder(store, dir)).isInstanceOfSatisfying(ImportException.class, e -> {
      assertThat(e.errors()).anySatisfy(error -> {
        assertThat(error.file()).isEqualTo(file);
        assertThat(error.line()).isEqualTo(2);
        assertThat(error.column()).isEqualTo(column);
      });
    });
    assertThat(store.load().businesses()).isEmpty();
    assertThat(store.changeLog().verify().entries()).isZero();
  }
}

package dev.responsibility.adapters.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/aliases.md and the code say the same, row for row, and each row is read as it says: headers
 * end to end (a data set headed by each alias in turn reads as the English one), values and names
 * through the same parsers the reader uses.
 */
class AliasesDocumentTest {

  private static final Path DOC = Paths.get("../docs/aliases.md");

  private static Map<String, List<String>> fileNames;
  private static Map<String, Map<String, List<String>>> headers;
  private static Map<String, Map<String, List<String>>> values;

  @TempDir
  Path dir;

  @BeforeAll
  static void parseDocument() throws IOException {
    fileNames = new LinkedHashMap<>();
    headers = new LinkedHashMap<>();
    values = new LinkedHashMap<>();
    String section = "";
    String file = null;
    for (String line : Files.readAllLines(DOC, StandardCharsets.UTF_8)) {
      if (line.startsWith("## ")) {
        section = line.substring(3);
        file = null;
      } else if (line.startsWith("### `")) {
        file = line.substring(5, line.lastIndexOf('`'));
      } else if (line.startsWith("| `")) {
        List<String> cells = Arrays.stream(line.substring(1, line.length() - 1).split("\\|"))
            .map(String::strip).map(c -> c.replace("`", "")).toList();
        switch (section) {
          case "File and sheet names" -> fileNames.put(cells.get(0), split(cells.get(1)));
          case "Header aliases" -> headers.computeIfAbsent(file, f -> new LinkedHashMap<>())
              .put(cells.get(0), split(cells.get(1)));
          case "Value aliases" -> values.computeIfAbsent(cells.get(0) + " " + cells.get(1), k -> new LinkedHashMap<>())
              .put(cells.get(2), split(cells.get(3)));
          default -> { }
        }
      }
    }
  }

  private static List<String> split(String cell) {
    return cell.isEmpty() ? List.of() : Arrays.stream(cell.split(",")).map(String::strip).toList();
  }

  @Test
  void theDocumentListsEveryFileNameTheCodeAccepts() {
    Map<String, List<String>> code = new LinkedHashMap<>();
    Formats.ALL.forEach(s -> code.put(s.fileName(), s.chineseNames()));

    assertThat(fileNames).containsExactlyEntriesOf(code);
  }

  @Test
  void theDocumentListsEveryHeaderAliasTheCodeAccepts() {
    Map<String, Map<String, List<String>>> code = new LinkedHashMap<>();
    for (FileSchema<?> s : Formats.ALL) {
      Map<String, List<String>> columns = new LinkedHashMap<>();
      s.columns().forEach(c -> columns.put(c.name(), c.chinese()));
      code.put(s.fileName(), columns);
    }

    assertThat(headers).containsExactlyEntriesOf(code);
  }

  @Test
  void theDocumentListsEveryValueAliasTheCodeAccepts() {
    Map<String, Map<String, List<String>>> code = new LinkedHashMap<>();
    for (FileSchema<?> s : Formats.ALL) {
      for (Column c : s.columns()) {
        if (c.values() != null) {
          Map<String, List<String>> byValue = new LinkedHashMap<>();
          c.values().chinese().forEach((v, aliases) -> byValue.put(v.name(), aliases));
          code.put(s.fileName() + " " + c.name(), byValue);
        }
      }
    }

    assertThat(values).containsExactlyEntriesOf(code);
  }

  @Test
  void everyHeaderAliasReadsEndToEnd() {
    SampleFolder english = new SampleFolder();
    var expected = DataSets.describe(Reading.read(english.writeTo(dir.resolve("english"))).dataSet());
    int most = headers.values().stream().flatMap(m -> m.values().stream()).mapToInt(List::size).max().orElseThrow();
    for (int k = 0; k < most; k++) {
      SampleFolder chinese = new SampleFolder();
      for (Map.Entry<String, Map<String, List<String>>> file : headers.entrySet()) {
        int alias = k;
        String header = file.getValue().values().stream()
            .map(aliases -> aliases.get(Math.min(alias, aliases.size() - 1)))
            .collect(Collectors.joining(","));
        String text = chinese.files.get(file.getKey());
        chinese.with(file.getKey(), header + text.substring(text.indexOf('\n')));
      }

      var read = Reading.read(chinese.writeTo(dir.resolve("aliases-" + k))).dataSet();

      assertThat(DataSets.describe(read)).as("headers with alias %d", k).isEqualTo(expected);
    }
  }

  @Test
  void everyValueAliasNamesItsValue() {
    for (FileSchema<?> s : Formats.ALL) {
      for (Column c : s.columns()) {
        if (c.values() != null) {
          values.get(s.fileName() + " " + c.name()).forEach((value, aliases) -> {
            List<String> forms = new ArrayList<>(aliases);
            forms.add(value);
            forms.add(value.toLowerCase(java.util.Locale.ROOT));
            forms.forEach(form -> assertThat(c.values().parse(form)).as(form).hasToString(value));
          });
        }
      }
    }
  }

  @Test
  void everyFileNameReadsEndToEnd() {
    SampleFolder renamed = new SampleFolder();
    Map<String, String> byChinese = new LinkedHashMap<>();
    renamed.files.forEach((name, text) -> byChinese.put(fileNames.get(name).get(0) + ".csv", text));
    renamed.files.clear();
    renamed.files.putAll(byChinese);

    assertThat(Reading.read(renamed.writeTo(dir)).dataSet().businesses()).hasSize(2);
  }

  @Test
  void headersAreMatchedWhateverTheirWidthCaseSpacesMarksAndNotes() {
    FileSchema<?> b = Formats.BUSINESSES;
    for (String h : List.of("发证日期", "*发证日期", "＊发证日期", "发证\n日期", " 发 证 日 期 ", "发证日期（必填）", "发证日期(yyyy-mm-dd)",
        "license_issued", "LICENSE_ISSUED", "Ｌｉｃｅｎｓｅ＿ｉｓｓｕｅｄ")) {
      assertThat(b.columnForHeader(h)).as(h).map(Column::name).contains("license_issued");
    }
    assertThat(b.columnForHeader("发证")).isEmpty();
  }
}

package dev.responsibility.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleTownshipTest {

  @TempDir
  Path dir;

  @Test
  void theBundleIsWhatGenerateMakesWithTheRecordedSettings() throws Exception {
    List<String> args = new ArrayList<>(List.of("generate", "--out", dir.toString(), "--lang", "en"));
    args.addAll(SampleTownship.SETTINGS);
    StringWriter out = new StringWriter();

    int code = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(new StringWriter()));

    assertThat(code).as(out.toString()).isZero();
    Path extracted = SampleTownship.extract(dir.resolve("extracted"));
    for (String name : SampleTownship.files()) {
      assertThat(Files.readAllBytes(extracted.resolve(name))).as(name).isEqualTo(Files.readAllBytes(dir.resolve(name)));
    }
    try (var made = Files.list(dir)) {
      assertThat(made.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(SampleTownship.files());
    }
  }

  @Test
  void theTownshipIsTheSizeTheDemoPromises() throws Exception {
    Path folder = SampleTownship.extract(dir);
    var data = dev.responsibility.adapters.files.DataSetReader.defaults().read(folder).dataSet();

    assertThat(data.divisions().stream().filter(d -> d.level() == dev.responsibility.core.model.DivisionLevel.VILLAGE))
        .hasSizeBetween(12, 20);
    assertThat(data.businesses()).hasSize(220);
    assertThat(data.businesses().stream().map(b -> b.category()).distinct())
        .hasSize(dev.responsibility.core.model.Category.values().length);
    assertThat(data.cadres()).hasSizeBetween(60, 95);
    assertThat(data.supervisions()).hasSizeGreaterThan(600);
  }
}

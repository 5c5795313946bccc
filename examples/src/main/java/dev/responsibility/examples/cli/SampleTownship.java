package dev.responsibility.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The sample township bundled in the jar: FORMAT.md CSV files with Chinese headers, made by {@code
 * generate} with {@link #SETTINGS} (a test keeps the bundle equal to what they make). One
 * township of about fifteen villages, its businesses of every category, its cadres, a year of
 * supervisions, and the faults a real township has.
 */
final class SampleTownship {

  /** The {@code generate} arguments that make the bundle. */
  static final List<String> SETTINGS = List.of("--businesses", "220", "--seed", "32", "--cadre-load", "3",
      "--fault-rate", "0.1", "--chinese-headers");

  private static final String FOLDER = "/dev/responsibility/examples/sample-township/";

  private SampleTownship() {}

  /** @return the names of the bundled files, from the bundle's index */
  static List<String> files() {
    try (InputStream index = SampleTownship.class.getResourceAsStream(FOLDER + "index.txt")) {
      if (index == null) {
        throw new IllegalStateException("the sample township is missing from the jar: " + FOLDER + "index.txt");
      }
      return new String(index.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Copies the bundled files into a folder, replacing files of the same names.
   *
   * @return the folder
   */
  static Path extract(Path folder) throws IOException {
    Files.createDirectories(folder);
    for (String name : files()) {
      try (InputStream in = SampleTownship.class.getResourceAsStream(FOLDER + name)) {
        if (in == null) {
          throw new IllegalStateException("the sample township's " + name + " is missing from the jar");
        }
        Files.copy(in, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return folder;
  }
}

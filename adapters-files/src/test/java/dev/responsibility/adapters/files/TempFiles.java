package dev.responsibility.adapters.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import net.jqwik.api.lifecycle.AfterProperty;

/**
 * A temporary folder for the tries of a jqwik property class (jqwik has no {@code @TempDir}),
 * deleted after each property.
 */
abstract class TempFiles {

  /** The folder; each try makes its own folder inside it. */
  protected final Path dir;

  protected TempFiles() throws IOException {
    dir = Files.createTempDirectory(getClass().getSimpleName());
  }

  @AfterProperty
  void deleteTheFolder() throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}

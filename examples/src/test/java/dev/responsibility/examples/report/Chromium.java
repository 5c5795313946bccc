package dev.responsibility.examples.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Chromium for tests that need a real browser to render a page. Without Chromium a test
 * is skipped with the reason, except under {@code CI=true}, where a missing browser is a failure
 * (CI installs Debian's {@code chromium}).
 */
public final class Chromium {

  private static final List<Path> CANDIDATES =
      List.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser"), Path.of("/usr/bin/google-chrome"));
  private static final long TIMEOUT_SECONDS = 60;

  private Chromium() {}

  /** @return the Chromium executable, empty when none is installed */
  public static Optional<Path> executable() {
    return CANDIDATES.stream().filter(Files::isExecutable).findFirst();
  }

  /**
   * Skips the calling test when Chromium is missing, or fails it when {@code CI=true}.
   *
   * @return the executable
   */
  public static Path require() {
    Optional<Path> chromium = executable();
    if (chromium.isEmpty()) {
      String why = "Chromium is not installed (looked for " + CANDIDATES + ")";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        Assertions.fail(why + " (CI=true: a missing browser is a failure; apt-get install chromium)");
      }
      Assumptions.abort(why + " — skipped; apt-get install chromium, or set CI=true to fail instead");
    }
    return chromium.get();
  }

  /**
   * Opens a local page in headless Chromium, offline in all but name (no background networking,
   * no component updates, a fresh profile), and returns the DOM it rendered.
   *
   * @param html a local HTML file, not null
   * @return the serialized DOM after loading, as Chromium's {@code --dump-dom} prints it
   * @throws org.opentest4j.TestAbortedException if Chromium is missing and CI is not set
   */
  public static String dumpDom(Path html) {
    Path chromium = require();
    Path profile = null;
    try {
      profile = Files.createTempDirectory("chromium-profile");
      Process process = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
          "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
          "--disable-sync", "--disable-extensions", "--user-data-dir=" + profile,
          "--dump-dom", html.toAbsolutePath().toUri().toString())
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
      process.getOutputStream().close();
      // Read while it runs: a page larger than the pipe's buffer would otherwise block Chromium.
      CompletableFuture<String> dom = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        throw new AssertionError("Chromium did not finish within " + TIMEOUT_SECONDS + " s rendering " + html);
      }
      String out = dom.join();
      if (process.exitValue() != 0) {
        throw new AssertionError("Chromium exited with " + process.exitValue() + " rendering " + html);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while Chromium rendered " + html, e);
    } finally {
      delete(profile);
    }
  }

  private static String readAll(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A profile left in the temp directory is harmless; the test's outcome is what matters.
    }
  }
}

package dev.responsibility.examples.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * A progress bar on standard error for long work, drawn only when a terminal is attached (never
 * into a pipe or a log) and at most ten times a second.
 */
final class Progress implements AutoCloseable {

  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final String label;
  private final OptionalLong total;
  private final boolean shown;
  private long lastDrawn;
  private boolean drawn;

  private Progress(PrintWriter err, String label, OptionalLong total, boolean shown) {
    this.err = err;
    this.label = label;
    this.total = total;
    this.shown = shown;
  }

  /** @return a bar that is drawn only when standard error is a terminal */
  static Progress of(PrintWriter err, String label, OptionalLong total) {
    return new Progress(err, label, total, System.console() != null && System.getenv("CI") == null);
  }

  /** @return a bar drawn whatever standard error is, for tests */
  static Progress drawn(PrintWriter err, String label, OptionalLong total) {
    return new Progress(err, label, total, true);
  }

  void update(long done) {
    if (!shown) {
      return;
    }
    long now = System.nanoTime();
    if (drawn && now - lastDrawn < 100_000_000L && (total.isEmpty() || done < total.getAsLong())) {
      return;
    }
    lastDrawn = now;
    drawn = true;
    StringBuilder line = new StringBuilder("\r").append(label).append(' ');
    if (total.isPresent() && total.getAsLong() > 0) {
      int filled = (int) Math.min(WIDTH, done * WIDTH / total.getAsLong());
      line.append('[').append("#".repeat(filled)).append(" ".repeat(WIDTH - filled)).append("] ")
          .append(String.format(Locale.ROOT, "%3d%% ", done * 100 / total.getAsLong()));
    }
    line.append(String.format(Locale.ROOT, "%,d", done));
    err.print(line);
    err.flush();
  }

  @Override
  public void close() {
    if (drawn) {
      err.println();
      err.flush();
    }
  }
}

package dev.responsibility.benchmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * The wall times of one side of one measure, one per round, in seconds; the benchmarks report
 * their median. Not thread-safe.
 */
final class Samples {

  private final List<Double> seconds = new ArrayList<>();

  /**
   * Records the time since {@code start}.
   *
   * @param start a {@link System#nanoTime()} taken before the work
   * @return the seconds recorded
   */
  double since(long start) {
    double s = secondsSince(start);
    seconds.add(s);
    return s;
  }

  /** @return the last time recorded; there is one */
  double last() {
    return seconds.get(seconds.size() - 1);
  }

  /** @return the median of the times recorded; there is at least one */
  double median() {
    List<Double> sorted = new ArrayList<>(seconds);
    sorted.sort(Double::compare);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /**
   * @param baseline the other side's times, one per round as here
   * @return each round's time here divided by the baseline's in the same round
   */
  List<Double> ratiosTo(Samples baseline) {
    if (baseline.seconds.size() != seconds.size()) {
      throw new IllegalArgumentException("rounds differ: " + seconds.size() + " and " + baseline.seconds.size());
    }
    List<Double> ratios = new ArrayList<>();
    for (int i = 0; i < seconds.size(); i++) {
      ratios.add(seconds.get(i) / baseline.seconds.get(i));
    }
    return ratios;
  }

  /**
   * @param start a {@link System#nanoTime()}
   * @return the seconds since then
   */
  static double secondsSince(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}

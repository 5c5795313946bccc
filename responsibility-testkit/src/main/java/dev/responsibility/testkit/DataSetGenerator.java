package dev.responsibility.testkit;

import dev.responsibility.core.dataset.DataSet;
import dev.responsibility.core.dataset.RecordSink;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * Makes a realistic data set (模拟数据) of any size from a township to a province, the same for
 * the same settings: one province, its cities, counties, about one township per 150 businesses
 * and about fifteen villages each, with national 12-digit codes and Chinese names; businesses of
 * every category with unique valid credit codes (GB 32100) and licence numbers of their
 * category's form; cadres of the four levels serving divisions of their level, each business
 * bound by one relation to an active cadre of its grade's level whose division holds it; the
 * three documents of every cadre, valid on the day; a principal, an officer and, where the
 * director mandate asks, a director; one supervision a quarter per relation up to the day's
 * quarter, entered on time (on site for high-risk businesses); problems found on some visits and
 * a few self-checks. Some businesses closed, paused or let their licence run out, and some cadres
 * took over from a predecessor during the year, each with the records that go with it.
 *
 * <p>With a fault rate of 0 (the default) no check finds anything as of {@link #asOf()}. With a
 * higher rate, about that share of businesses carries one fault each, of a kind drawn from
 * {@link Fault}, made so that it yields exactly {@link Fault#expectedViolations()} violations of
 * its code; {@link GeneratedDataSet#faults()} says how many of each were made.
 *
 * <p>Records stream into any {@link RecordSink} — a file writer, an import, {@link
 * DataSet.Builder} — each business with all its records before the next, so the generator holds
 * only the division tree and each cadre pool's newest cadre. A million businesses take seconds.
 *
 * <p>Immutable and thread-safe; every run starts from the seed.
 */
public final class DataSetGenerator {

  /** The most businesses a data set can have: ids have seven digits. */
  public static final int MAX_BUSINESSES = 9_999_999;
  /** The year generated when none is asked for: that of the seed township's plan. */
  public static final int DEFAULT_YEAR = 2023;

  private final long seed;
  private final int businesses;
  private final LocalDate asOf;
  private final double faultRate;
  private final int cadreLoad;

  private DataSetGenerator(long seed, int businesses, LocalDate asOf, double faultRate, int cadreLoad) {
    if (businesses < 1 || businesses > MAX_BUSINESSES) {
      throw new IllegalArgumentException("businesses must be 1 to " + MAX_BUSINESSES + ": " + businesses);
    }
    if (!(faultRate >= 0 && faultRate <= 1)) {
      throw new IllegalArgumentException("faultRate must be 0 to 1: " + faultRate);
    }
    if (cadreLoad < 1) {
      throw new IllegalArgumentException("cadreLoad must be at least 1: " + cadreLoad);
    }
    this.seed = seed;
    this.businesses = businesses;
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.faultRate = faultRate;
    this.cadreLoad = cadreLoad;
  }

  /**
   * Generates a consistent data set of {@link #DEFAULT_YEAR} as of its last day.
   *
   * @param seed the seed
   * @param businesses how many businesses, 1 to {@link #MAX_BUSINESSES}
   * @return the data set, in memory
   * @throws IllegalArgumentException if {@code businesses} is out of range
   */
  public static GeneratedDataSet generate(long seed, int businesses) {
    return of(seed, businesses).generate();
  }

  /**
   * A generator with the default year and day and no faults; {@link #asOf(LocalDate)} and {@link
   * #faultRate(double)} change them.
   *
   * @param seed the seed
   * @param businesses how many businesses, 1 to {@link #MAX_BUSINESSES}
   * @return the generator
   * @throws IllegalArgumentException if {@code businesses} is out of range
   */
  public static DataSetGenerator of(long seed, int businesses) {
    return builder().seed(seed).businesses(businesses).build();
  }

  /** @return a builder: seed 0, 100 businesses, the last day of {@link #DEFAULT_YEAR}, no faults */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param day the day to generate for, not null: supervisions run up to its quarter of its year
   * @return a generator like this one for that day (and its year)
   */
  public DataSetGenerator asOf(LocalDate day) {
    return new DataSetGenerator(seed, businesses, day, faultRate, cadreLoad);
  }

  /**
   * @param rate the share of businesses to give one fault each, 0 to 1
   * @return a generator like this one with that fault rate
   * @throws IllegalArgumentException if {@code rate} is not within 0 to 1
   */
  public DataSetGenerator faultRate(double rate) {
    return new DataSetGenerator(seed, businesses, asOf, rate, cadreLoad);
  }

  /** @return the seed */
  public long seed() {
    return seed;
  }

  /** @return how many businesses each run makes */
  public int businesses() {
    return businesses;
  }

  /** @return the year generated: that of {@link #asOf()} */
  public int year() {
    return asOf.getYear();
  }

  /** @return the day the data set is made for: with no faults, no check finds anything on it */
  public LocalDate asOf() {
    return asOf;
  }

  /** @return the share of businesses given a fault */
  public double faultRate() {
    return faultRate;
  }

  /**
   * @return the most businesses one cadre takes; below a level's usual load (10 to 25
   *     businesses) it makes more cadres, as a township that spreads its businesses over all its
   *     staff does
   */
  public int cadreLoad() {
    return cadreLoad;
  }

  /**
   * Streams every record into a sink: the divisions, then each business with its status
   * changes, relations, supervisions, problems, staff and self-checks; each cadre and its
   * documents come just before the first relation that names it.
   *
   * @param sink the sink, not null
   * @return how many faults of each kind were made; empty with a fault rate of 0
   */
  public Map<Fault, Integer> writeTo(RecordSink sink) {
    return Map.copyOf(new Generation(this, Objects.requireNonNull(sink, "sink")).run());
  }

  /** @return the data set, built in memory, with its day, year and the faults made */
  public GeneratedDataSet generate() {
    DataSet.Builder builder = DataSet.builder();
    Map<Fault, Integer> faults = writeTo(builder);
    return new GeneratedDataSet(builder.build(), asOf, faults, toString());
  }

  /** @return the settings, such as {@code seed 7, 40 businesses, as of 2024-05-03, fault rate 0.1} */
  @Override
  public String toString() {
    return "seed " + seed + ", " + businesses + " businesses, as of " + asOf
        + (faultRate > 0 ? ", fault rate " + faultRate : "")
        + (cadreLoad < Integer.MAX_VALUE ? ", at most " + cadreLoad + " businesses a cadre" : "");
  }

  /**
   * Settings of a generator. A year alone means its last day; a day alone means its year; both
   * must agree. Not thread-safe.
   */
  public static final class Builder {
    private long seed;
    private int businesses = 100;
    private Integer year;
    private LocalDate asOf;
    private double faultRate;
    private int cadreLoad = Integer.MAX_VALUE;

    private Builder() {}

    /**
     * @param value the seed of the random stream
     * @return this builder
     */
    public Builder seed(long value) {
      this.seed = value;
      return this;
    }

    /**
     * @param count how many businesses, 1 to {@link #MAX_BUSINESSES} (checked by {@link #build()})
     * @return this builder
     */
    public Builder businesses(int count) {
      this.businesses = count;
      return this;
    }

    /**
     * @param value the year whose quarters are supervised (checked by {@link #build()})
     * @return this builder
     */
    public Builder year(int value) {
      this.year = value;
      return this;
    }

    /**
     * @param day the day the data set is made for, not null
     * @return this builder
     */
    public Builder asOf(LocalDate day) {
      this.asOf = Objects.requireNonNull(day, "day");
      return this;
    }

    /**
     * @param rate the share of businesses given one fault each, 0 to 1 (checked by {@link #build()})
     * @return this builder
     */
    public Builder faultRate(double rate) {
      this.faultRate = rate;
      return this;
    }

    /**
     * @param most the most businesses one cadre takes, at least 1 (checked by {@link #build()});
     *     by default each level's usual load
     * @return this builder
     */
    public Builder cadreLoad(int most) {
      this.cadreLoad = most;
      return this;
    }

    /**
     * @return the generator
     * @throws IllegalArgumentException if the businesses, fault rate or cadre load are out of range, or the
     *     day is not in the year
     */
    public DataSetGenerator build() {
      LocalDate day = asOf;
      if (day == null) {
        day = LocalDate.of(year == null ? DEFAULT_YEAR : year, 12, 31);
      } else if (year != null && year != day.getYear()) {
        throw new IllegalArgumentException("asOf " + day + " is not in year " + year);
      }
      return new DataSetGenerator(seed, businesses, day, faultRate, cadreLoad);
    }
  }
}

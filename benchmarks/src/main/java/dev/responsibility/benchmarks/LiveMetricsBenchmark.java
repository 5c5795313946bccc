package dev.responsibility.benchmarks;

import dev.responsibility.core.calendar.WorkPlans;
import dev.responsibility.core.dataset.DataSet;
import dev.responsibility.core.metrics.LiveMetrics;
import dev.responsibility.core.model.BusinessId;
import dev.responsibility.core.model.GuaranteeRelation;
import dev.responsibility.core.model.OperatingStatus;
import dev.responsibility.core.model.RelationId;
import dev.responsibility.core.model.StatusChange;
import dev.responsibility.core.model.Supervision;
import dev.responsibility.core.model.SupervisionId;
import dev.responsibility.core.model.SupervisionMode;
import dev.responsibility.core.policy.Policy;
import dev.responsibility.testkit.DataSetGenerator;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One change at province scale: how long {@link LiveMetrics} takes to bring every metric and
 * every roll-up row up to date after a supervision is recorded, a relation bound or a status
 * changed. The goal is at most 1 ms. The baseline is a full evaluation of the same metrics,
 * which {@code InMemoryBenchmark} times on the same data.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.openjdk.jmh.Main LiveMetricsBenchmark
 * -p businesses=1000000}; see docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class LiveMetricsBenchmark {

  private static final LocalDate AS_OF = LocalDate.of(2023, 12, 20);
  private static final OffsetDateTime ENTERED = OffsetDateTime.of(2023, 11, 16, 10, 0, 0, 0, ZoneOffset.ofHours(8));

  @Param("1000000")
  public int businesses;

  private LiveMetrics live;
  private List<GuaranteeRelation> relations;
  private List<BusinessId> businessIds;
  private List<BusinessId> steady;
  private long next;

  @Setup(Level.Trial)
  public void setUp() {
    DataSet data = DataSetGenerator.builder().seed(2023).businesses(businesses).asOf(AS_OF).faultRate(0.02).build()
        .generate().dataSet();
    relations = data.relations();
    businessIds = data.businesses().stream().map(b -> b.id()).toList();
    // Businesses with no status change of their own yet, so that no change lands on a day they already have one.
    java.util.Set<BusinessId> changed = new java.util.HashSet<>();
    data.statusChanges().forEach(c -> changed.add(c.business()));
    steady = businessIds.stream().filter(b -> !changed.contains(b)).toList();
    live = LiveMetrics.of(data, Policy.defaults(), WorkPlans.defaults(), AS_OF, OptionalInt.of(4));
  }

  /** A cadre enters a visit of the fourth quarter on one of their relations. */
  @Benchmark
  public LiveMetrics recordASupervision() {
    long n = next++;
    GuaranteeRelation r = relations.get((int) (n * 7_919 % relations.size()));
    live.record(Supervision.builder().id(SupervisionId.of("SB" + n)).cadre(r.cadre()).business(r.business())
        .visitDate(ENTERED.toLocalDate().minusDays(1)).enteredAt(ENTERED).mode(SupervisionMode.ON_SITE)
        .problemsFound(0).build());
    return live;
  }

  /** A cadre takes on one more business. */
  @Benchmark
  public LiveMetrics bindARelation() {
    long n = next++;
    GuaranteeRelation cadreOf = relations.get((int) (n * 7_919 % relations.size()));
    BusinessId business = businessIds.get((int) (n * 104_729 % businessIds.size()));
    live.bind(GuaranteeRelation.builder().id(RelationId.of("RB" + n)).cadre(cadreOf.cadre()).business(business)
        .validFrom(LocalDate.of(2023, 10, 8)).build());
    return live;
  }

  /** A business pauses or reopens; each business changes at most once a day. */
  @Benchmark
  public LiveMetrics changeAStatus() {
    long n = next++;
    BusinessId business = steady.get((int) (n % steady.size()));
    LocalDate day = AS_OF.minusDays(1 + n / steady.size());
    live.change(new StatusChange(business, n % 2 == 0 ? OperatingStatus.SUSPENDED : OperatingStatus.OPERATING, day));
    return live;
  }
}

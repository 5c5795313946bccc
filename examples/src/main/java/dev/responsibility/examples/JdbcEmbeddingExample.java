package dev.responsibility.examples;

import dev.responsibility.adapters.jdbc.JdbcStore;
import dev.responsibility.adapters.jdbc.RefusedWriteException;
import dev.responsibility.adapters.jdbc.SqlChecks;
import dev.responsibility.adapters.jdbc.SqlMetrics;
import dev.responsibility.core.calendar.WorkPlans;
import dev.responsibility.core.metrics.MetricQuery;
import dev.responsibility.core.model.BusinessId;
import dev.responsibility.core.model.CadreId;
import dev.responsibility.core.model.ChinaTime;
import dev.responsibility.core.model.DivisionLevel;
import dev.responsibility.core.model.GuaranteeRelation;
import dev.responsibility.core.model.RelationId;
import dev.responsibility.core.model.Supervision;
import dev.responsibility.core.model.SupervisionId;
import dev.responsibility.core.model.SupervisionMode;
import dev.responsibility.core.policy.Policy;
import dev.responsibility.core.port.OutboxEntry;
import dev.responsibility.core.rules.CheckReport;
import dev.responsibility.core.rules.Checks;
import dev.responsibility.core.rules.SupervisionEntryGuard.OnProblem;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The README's database example: {@link SmallCounty} stored through the JDBC adapter on a data
 * source the host owns, checked and measured inside the database, changed by guarded live writes
 * (督导记录 entered, 包保关系 bound), with the records those writes queued for the provincial
 * platform read back from the outbox. The part between the {@code README} markers is copied into
 * the README verbatim, and a test keeps the two equal.
 */
public final class JdbcEmbeddingExample {

  /** 30 June 2023, 10:00 in China: inside the second quarter's entry window. */
  static final Clock CLOCK = Clock.fixed(SmallCounty.DAY.atTime(10, 0).toInstant(ChinaTime.OFFSET), ZoneOffset.UTC);

  private JdbcEmbeddingExample() {}

  /**
   * Runs the example on an embedded in-memory H2 database, as a host would hand over its own
   * pool, and prints what happened.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:responsibility-example;DB_CLOSE_DELAY=-1");
    System.out.print(run(h2, CLOCK));
  }

  // README:begin
  static String run(DataSource dataSource, Clock clock) {
    JdbcStore store = JdbcStore.on(dataSource, clock);
    store.migrate();
    store.importRecords(SmallCounty.dataSet()::forEach, "example", storedSoFar -> { });
    Policy policy = Policy.defaults();
    WorkPlans plans = WorkPlans.defaults();
    LocalDate day = ChinaTime.dayOf(OffsetDateTime.now(clock));
    StringBuilder out = new StringBuilder();

    CheckReport report = SqlChecks.of(store, policy, plans, Checks.defaults()).check(day);
    out.append("violations: ").append(report.violations().stream()
        .map(v -> v.code() + " " + v.subject().id()).collect(Collectors.joining(", "))).append('\n');

    // Live writes pass the guards; each one is logged and queued for the platform in its transaction.
    out.append("supervision S02: ")
        .append(store.record(visit("S02", "C02", "B003", clock), plans, OnProblem.REFUSE, "李娜")).append('\n');
    out.append(refusal(() -> store.record(visit("S03", "C01", "B003", clock), plans, OnProblem.REFUSE, "张伟")))
        .append('\n');
    store.bind(relation("R03", "C01", "B002", day), "张伟");
    out.append("relation R03: bound\n");
    out.append(refusal(() -> store.bind(relation("R04", "C02", "B001", day), "李娜"))).append('\n');

    SqlMetrics metrics = SqlMetrics.of(store, policy, plans);
    MetricQuery query = MetricQuery.asOf(day).withQuarter(day.get(IsoFields.QUARTER_OF_YEAR));
    out.append(MetricTable.of(metrics.evaluate(query), metrics.rollUp(query, DivisionLevel.TOWNSHIP)));

    for (OutboxEntry waiting : store.outbox().due(clock.instant(), 100)) {
      out.append("outbox: ").append(waiting.record().kind()).append(' ').append(waiting.record().id()).append('\n');
    }
    return out.toString();
  }
  // README:end

  /** A supervision entered now, on a visit made today. */
  static Supervision visit(String id, String cadre, String business, Clock clock) {
    OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ChinaTime.OFFSET);
    return Supervision.builder().id(SupervisionId.of(id)).cadre(CadreId.of(cadre)).business(BusinessId.of(business))
        .visitDate(now.toLocalDate()).enteredAt(now).mode(SupervisionMode.ON_SITE).problemsFound(0).build();
  }

  static GuaranteeRelation relation(String id, String cadre, String business, LocalDate from) {
    return GuaranteeRelation.builder().id(RelationId.of(id)).cadre(CadreId.of(cadre))
        .business(BusinessId.of(business)).validFrom(from).build();
  }

  /** @return why the guard refused the write, which the example makes to break a rule */
  static String refusal(Runnable write) {
    try {
      write.run();
    } catch (RefusedWriteException e) {
      return e.getMessage();
    }
    throw new IllegalStateException("the write was expected to be refused, and was stored");
  }
}

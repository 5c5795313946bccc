package dev.responsibility.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.responsibility.adapters.jdbc.JdbcStore;
import dev.responsibility.core.Responsibility;
import dev.responsibility.core.dataset.DataSet;
import dev.responsibility.core.metrics.MetricQuery;
import dev.responsibility.core.metrics.MetricsEvaluator;
import dev.responsibility.core.model.DivisionLevel;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbcEmbeddingExampleTest {

  private HikariDataSource pool;

  @BeforeEach
  void hostOpensItsPool() {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl("jdbc:h2:mem:jdbc-example-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    config.setMaximumPoolSize(2);
    pool = new HikariDataSource(config);
  }

  @AfterEach
  void hostClosesItsPool() {
    pool.close();
  }

  @Test
  void checksInSqlGuardsTheLiveWritesAndQueuesTheAcceptedOnes() {
    List<String> printed = JdbcEmbeddingExample.run(pool, JdbcEmbeddingExample.CLOCK).lines().toList();

    assertThat(printed.get(0)).isEqualTo("violations: UNCOVERED B002, MISSING_DOCUMENT C02, MISSING_DOCUMENT C02, "
        + "MISSING_DOCUMENT C02, OFFICER_MISSING B002, OFFICER_MISSING B003");
    assertThat(printed.subList(1, 5)).containsExactly(
        "supervision S02: Accepted[]",
        "supervision S03 refused: [OUT_OF_PERIOD]",
        "relation R03: bound",
        "relation R04 would give business B001 a second active relation (R01 overlaps it); R7 allows exactly one");
    assertThat(printed.subList(printed.size() - 2, printed.size()))
        .containsExactly("outbox: SUPERVISION S02", "outbox: RELATION R03");
  }

  @Test
  void storesOnlyTheWritesTheGuardsLetThroughAndLogsEachOnce() {
    JdbcEmbeddingExample.run(pool, JdbcEmbeddingExample.CLOCK);

    JdbcStore store = JdbcStore.on(pool, JdbcEmbeddingExample.CLOCK);
    DataSet stored = store.load();
    assertThat(stored.supervisions()).extracting(s -> s.id().value()).containsExactly("S01", "S02");
    assertThat(stored.relations()).extracting(r -> r.id().value()).containsExactly("R01", "R02", "R03");
    assertThat(store.changeLog().verify().isIntact()).isTrue();
    assertThat(store.changeLog().verify().entries()).as("the import, S02 and R03").isEqualTo(3);
  }

  @Test
  void theSqlMetricsItPrintsAreTheInMemoryMetricsOfWhatItStored() {
    String printed = JdbcEmbeddingExample.run(pool, JdbcEmbeddingExample.CLOCK);

    MetricsEvaluator inMemory = Responsibility.of(JdbcStore.on(pool, JdbcEmbeddingExample.CLOCK).load()).metrics();
    MetricQuery query = MetricQuery.asOf(SmallCounty.DAY).withQuarter(SmallCounty.QUARTER);
    assertThat(printed).contains(MetricTable.of(inMemory.evaluate(query), inMemory.rollUp(query, DivisionLevel.TOWNSHIP)));
    // R03 covers B002 and owes a Q2 task; S02 does R02's.
    assertThat(MetricTableRows.of(printed)).containsEntry("total",
        List.of("3/3", "0/1", "1/1", "0/1", "3/3", "1/2", "1/1", "2/3"));
  }

  @Test
  void mainRunsOnAnEmbeddedH2() {
    String printed = Console.capture(() -> JdbcEmbeddingExample.main(new String[0]));

    assertThat(printed).startsWith("violations: UNCOVERED B002").endsWith("outbox: RELATION R03\n");
  }
}

package dev.responsibility.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responsibility.core.MessyTownships;
import dev.responsibility.core.calendar.WorkPlans;
import dev.responsibility.core.dataset.DataSet;
import dev.responsibility.core.metrics.InMemoryMetrics;
import dev.responsibility.core.metrics.Metric;
import dev.responsibility.core.metrics.MetricQuery;
import dev.responsibility.core.model.DivisionCode;
import dev.responsibility.core.model.DivisionLevel;
import dev.responsibility.core.policy.Policy;
import dev.responsibility.core.rules.Checks;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;

/** In-memory and SQL checks and metrics agree, on random messy data sets; one subclass per database. */
abstract class PushdownContract {

  private static final Map<Class<?>, TestDatabase> DATABASES = new HashMap<>();
  private static final Map<Class<?>, JdbcStore> STORES = new HashMap<>();

  abstract TestDatabase open();

  private synchronized JdbcStore store() {
    return STORES.computeIfAbsent(getClass(), k -> {
      TestDatabase db = open();
      DATABASES.put(k, db);
      JdbcStore store = JdbcStore.on(db.dataSource(), Clock.systemUTC());
      store.migrate();
      return store;
    });
  }

  @AfterContainer
  static void closeAll() throws Exception {
    for (TestDatabase db : DATABASES.values()) {
      db.close();
    }
    DATABASES.clear();
    STORES.clear();
  }

  private void replaceData(JdbcStore store, DataSet dataSet) {
    try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement()) {
      for (String table : new String[] {"divisions", "division_closure", "businesses", "status_changes", "cadres",
          "relations", "documents", "supervisions", "problems", "staff", "self_checks"}) {
        s.executeUpdate("DELETE FROM " + table);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    store.importRecords(dataSet::forEach, "property", n -> { });
  }

  @Property(tries = 25)
  void sqlAndInMemoryChecksAndMetricsAgree(@ForAll long seed, @ForAll @IntRange(min = 0, max = 4) int quarter) {
    MessyTownships.Messy m = MessyTownships.generate(new Random(seed), seed);
    JdbcStore store = store();
    replaceData(store, m.dataSet());
    SqlMetrics sql = SqlMetrics.of(store, Policy.defaults(), WorkPlans.defaults());
    InMemoryMetrics memory = InMemoryMetrics.of(m.dataSet(), Policy.defaults(), WorkPlans.defaults());
    OptionalInt q = quarter == 0 ? OptionalInt.empty() : OptionalInt.of(quarter);
    LocalDate day = m.day();
    for (Optional<DivisionCode> scope : MessyTownships.scopes(m.dataSet())) {
      MetricQuery query = new MetricQuery(day, q, scope);
      assertThat(sql.evaluate(query)).as("scope %s", scope).isEqualTo(memory.evaluate(query));
    }
    MetricQuery all = new MetricQuery(day, q, Optional.empty());
    for (DivisionLevel level : new DivisionLevel[] {DivisionLevel.COUNTY, DivisionLevel.TOWNSHIP, DivisionLevel.VILLAGE}) {
      assertThat(sql.rollUp(all, level)).as("roll-up %s", level).isEqualTo(memory.rollUp(all, level));
    }
    assertThat(SqlChecks.of(store, Policy.defaults(), WorkPlans.defaults(), Checks.defaults()).check(day).violations())
        .containsExactlyElementsOf(dev.responsibility.core.Responsibility.of(m.dataSet()).check(day).violations());
    for (Metric metric : Metric.values()) {
      if (!metric.isQuarterly() || q.isPresent()) {
        assertThat(sql.missing(metric, all, 1, 3)).as("missing %s", metric).isEqualTo(memory.missing(metric, all, 1, 3));
        MetricQuery township = all.inScope(dev.responsibility.core.Township.TOWNSHIP);
        assertThat(sql.missing(metric, township, 0, 100)).isEqualTo(memory.missing(metric, township, 0, 100));
      }
    }
  }
}

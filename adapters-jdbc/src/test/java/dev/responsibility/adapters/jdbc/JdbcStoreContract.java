package dev.responsibility.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.responsibility.core.MessyTownships;
import dev.responsibility.core.Township;
import dev.responsibility.core.calendar.WorkPlans;
import dev.responsibility.core.dataset.DataSet;
import dev.responsibility.core.model.BusinessId;
import dev.responsibility.core.model.CadreId;
import dev.responsibility.core.model.GuaranteeRelation;
import dev.responsibility.core.model.ImportException;
import dev.responsibility.core.model.OperatingStatus;
import dev.responsibility.core.model.RelationId;
import dev.responsibility.core.model.StatusChange;
import dev.responsibility.core.model.SupervisionId;
import dev.responsibility.core.port.OutboxEntry;
import dev.responsibility.core.port.PlatformRecord;
import dev.responsibility.core.rules.EntryDecision;
import dev.responsibility.core.rules.EntryProblem;
import dev.responsibility.core.rules.SupervisionEntryGuard;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every supported database must do; one subclass per database. */
abstract class JdbcStoreContract {

  static final Instant NOW = OffsetDateTime.of(2023, 6, 15, 10, 0, 0, 0, ZoneOffset.ofHours(8)).toInstant();

  private TestDatabase database;
  JdbcStore store;

  abstract TestDatabase open();

  @BeforeEach
  void migrate() {
    database = open();
    store = JdbcStore.on(database.dataSource(), Clock.fixed(NOW, ZoneOffset.UTC));
    store.migrate();
  }

  @AfterEach
  void drop() throws Exception {
    database.close();
  }

  static DataSet messy(long seed) {
    return MessyTownships.generate(new Random(seed), seed).dataSet();
  }

  void importAll(DataSet dataSet) {
    store.importRecords(dataSet::forEach, "tester", n -> { });
  }

  @Test
  void migratingTwiceChangesNothing() {
    store.migrate();
    assertThat(store.load().businesses()).isEmpty();
  }

  @Test
  void storesRecordsAsGivenAndLoadsThemBack() {
    for (long seed = 1; seed <= 5; seed++) {
      DataSet given = messy(seed);
      drop(database);
      importAll(given);
      DataSet loaded = store.load();
      assertThat(loaded.divisions()).isEqualTo(given.divisions());
      assertThat(loaded.businesses()).isEqualTo(given.businesses());
      assertThat(loaded.statusChanges()).isEqualTo(given.statusChanges());
      assertThat(loaded.cadres()).isEqualTo(given.cadres());
      assertThat(loaded.relations()).isEqualTo(given.relations());
      assertThat(loaded.documents()).isEqualTo(given.documents());
      assertThat(loaded.supervisions()).isEqualTo(given.supervisions());
      assertThat(loaded.problems()).isEqualTo(given.problems());
      assertThat(loaded.staff()).isEqualTo(given.staff());
      assertThat(loaded.selfChecks()).isEqualTo(given.selfChecks());
    }
  }

  static final String[] EVIL = {"x'); DROP TABLE businesses; --", "' OR '1'='1", "\"quoted\", comma, \\ back\\slash",
      "line\nbreak\r\nand tab\t", "𠀀 rare CJK and emoji 🍜", "$$; COPY x FROM PROGRAM 'id'; $$", "NULL", ""};

  @Test
  void textThatLooksLikeSqlOrCsvIsStoredVerbatimInEveryTextField() {
    for (int i = 0; i < EVIL.length; i++) {
      String evil = EVIL[i];
      String id = evil.isEmpty() ? "empty" : evil;
      Township t = new Township();
      t.divisions.add(Township.division(dev.responsibility.core.model.DivisionCode.of("430102009" + String.format("%03d", i)),
          evil.isEmpty() ? "x" : evil, dev.responsibility.core.model.DivisionLevel.VILLAGE, Township.TOWNSHIP));
      t.business = t.business.withId(BusinessId.of(id)).withName(evil.isEmpty() ? "x" : evil)
          .withCreditCode(dev.responsibility.core.model.CreditCode.of(evil))
          .withLicenseNumber(dev.responsibility.core.model.LicenseNumber.of(evil))
          .withDivision(dev.responsibility.core.model.DivisionCode.of(id));
      t.cadre = t.cadre.withId(CadreId.of(id)).withName(evil.isEmpty() ? "x" : evil).withPost(evil)
          .withPhone(dev.responsibility.core.model.PhoneNumber.of(id));
      t.relation = t.relation.withId(RelationId.of(id)).withCadre(CadreId.of(id)).withBusiness(BusinessId.of(id));
      t.officer = t.officer.withId(dev.responsibility.core.model.StaffId.of(id)).withBusiness(BusinessId.of(id))
          .withPersonName(evil.isEmpty() ? "x" : evil);
      t.supervision = t.supervision.withId(SupervisionId.of(id)).withCadre(CadreId.of(id)).withBusiness(BusinessId.of(id));
      t.documents.replaceAll((k, d) -> d.withId(dev.responsibility.core.model.DocumentId.of(id + k)).withCadre(CadreId.of(id))
          .withScanSha256(evil));
      t.extra.add(dev.responsibility.core.model.SelfCheck.builder().business(BusinessId.of(id))
          .kind(dev.responsibility.core.model.SelfCheckKind.DAILY).date(LocalDate.of(2023, 5, 1)).findings(evil).build());
      t.extra.add(dev.responsibility.core.model.Problem.builder().id(dev.responsibility.core.model.ProblemId.of(id))
          .supervision(SupervisionId.of(id)).business(BusinessId.of(id)).foundOn(LocalDate.of(2023, 5, 1)).build());
      DataSet given = t.dataSet();
      drop(database);
      importAll(given);
      DataSet loaded = store.load();
      assertThat(loaded.businesses()).as("businesses with %s", evil).isEqualTo(given.businesses());
      assertThat(loaded.cadres()).isEqualTo(given.cadres());
      assertThat(loaded.divisions()).isEqualTo(given.divisions());
      assertThat(loaded.documents()).isEqualTo(given.documents());
      assertThat(loaded.staff()).isEqualTo(given.staff());
      assertThat(loaded.selfChecks()).isEqualTo(given.selfChecks());
      assertThat(loaded.problems()).isEqualTo(given.problems());
      assertThat(loaded.supervisions()).isEqualTo(given.supervisions());
    }
  }

  @Test
  void aStoredRowTheModelRefusesIsReportedWithItsTableAndId() throws SQLException {
    importAll(new Township().dataSet());
    sql("UPDATE businesses SET category = 'NOT_A_CATEGORY' WHERE id = 'b1'");
    assertThatThrownBy(() -> store.load()).isInstanceOf(dev.responsibility.core.model.PortException.class)
        .hasMessageContaining("table businesses, row b1").hasMessageContaining("NOT_A_CATEGORY");
  }

  @Test
  void aFailedImportLeavesTheDatabaseAsItWas() {
    importAll(new Township().dataSet());
    long before = store.load().businesses().size();
    ImportException malformed = new ImportException(List.of(new ImportException.Error("businesses.csv", 7, "license_issued",
        "not a date: 2023-02-30")));
    assertThatThrownBy(() -> store.importRecords(sink -> {
      messy(9).forEach(sink);
      throw malformed;
    }, "tester", n -> { })).isSameAs(malformed);
    assertThat(store.load().businesses()).hasSize((int) before);
    assertThat(store.changeLog().verify().entries()).isEqualTo(1);
  }

  @Test
  void anIdAlreadyStoredFailsTheWholeImport() {
    DataSet township = new Township().dataSet();
    importAll(township);
    assertThatThrownBy(() -> importAll(township))
        .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.errors().get(0).rule()).contains("already stored"));
    assertThat(store.load().relations()).hasSize(1);
  }

  @Test
  void aLiveBindIsRefusedWhenAnotherRelationOfTheBusinessOverlaps() {
    importAll(new Township().dataSet());
    var second = new Township().relation.withId(RelationId.of("r2")).withValidFrom(LocalDate.of(2024, 1, 1));
    assertThatThrownBy(() -> store.bind(second, "clerk")).isInstanceOf(RefusedWriteException.class)
        .hasMessageContaining("r1").hasMessageContaining("R7");
    store.bind(second.withBusiness(BusinessId.of("b1")).withId(RelationId.of("r3"))
        .withValidFrom(LocalDate.of(2022, 1, 1)).withValidTo(LocalDate.of(2022, 12, 31)), "clerk");
    assertThat(store.load().relations()).extracting(r -> r.id().value()).containsExactly("r1", "r3");
  }

  @Test
  void concurrentConflictingBindsLeaveOneActiveRelation() throws Exception {
    Township t = new Township();
    t.relation = null;
    t.supervision = null;
    importAll(t.dataSet());
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    AtomicInteger refused = new AtomicInteger();
    List<Future<?>> done = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      GuaranteeRelation r = new Township().relation.withId(RelationId.of("race" + i))
          .withCadre(CadreId.of("c1")).withValidFrom(LocalDate.of(2023, 1, 1).plusDays(i));
      done.add(pool.submit(() -> {
        start.await();
        try {
          store.bind(r, "thread");
        } catch (RefusedWriteException e) {
          refused.incrementAndGet();
        }
        return null;
      }));
    }
    start.countDown();
    for (Future<?> f : done) {
      f.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();
    assertThat(store.load().relations()).hasSize(1);
    assertThat(refused.get()).isEqualTo(threads - 1);
  }

  @Test
  void liveSupervisionsPassTheEntryGuard() {
    importAll(new Township().dataSet());
    var onTime = new Township().supervision.withId(SupervisionId.of("v2")).withVisitDate(LocalDate.of(2023, 6, 14))
        .withEnteredAt(OffsetDateTime.ofInstant(NOW, ZoneOffset.ofHours(8)));
    assertThat(store.record(onTime, WorkPlans.defaults(), SupervisionEntryGuard.OnProblem.REFUSE, "clerk"))
        .isInstanceOf(EntryDecision.Accepted.class);
    var late = onTime.withId(SupervisionId.of("v3")).withVisitDate(LocalDate.of(2023, 3, 20));
    assertThatThrownBy(() -> store.record(late, WorkPlans.defaults(), SupervisionEntryGuard.OnProblem.REFUSE, "clerk"))
        .isInstanceOf(RefusedWriteException.class).hasMessageContaining("LATE_ENTRY");
    assertThat(store.record(late, WorkPlans.defaults(), SupervisionEntryGuard.OnProblem.FLAG, "clerk").problems())
        .containsExactly(EntryProblem.LATE_ENTRY);
    assertThat(store.load().supervisions()).extracting(s -> s.id().value()).containsExactly("v1", "v2", "v3");
    assertThat(store.outbox().due(NOW, 10)).extracting(e -> e.record().id()).containsExactly("v2", "v3");
  }

  @Test
  void aSecondStatusChangeOnOneDayIsRefused() {
    importAll(new Township().dataSet());
    StatusChange change = new StatusChange(BusinessId.of("b1"), OperatingStatus.SUSPENDED, LocalDate.of(2023, 7, 1));
    store.change(change, "clerk");
    assertThatThrownBy(() -> store.change(change, "clerk")).isInstanceOf(RefusedWriteException.class);
    assertThat(store.load().statusChanges()).containsExactly(change);
  }

  @Test
  void theChangeLogIsIntactAfterWritesAndFindsEveryTampering() throws SQLException {
    importAll(new Township().dataSet());
    store.change(new StatusChange(BusinessId.of("b1"), OperatingStatus.SUSPENDED, LocalDate.of(2023, 7, 1)), "a");
    store.change(new StatusChange(BusinessId.of("b1"), OperatingStatus.OPERATING, LocalDate.of(2023, 8, 1)), "b");
    store.change(new StatusChange(BusinessId.of("b1"), OperatingStatus.CLOSED, LocalDate.of(2023, 9, 1)), "c");
    assertThat(store.changeLog().verify().isIntact()).isTrue();
    assertThat(store.changeLog().verify().entries()).isEqualTo(4);

    sql("UPDATE change_log SET actor = 'someone else' WHERE seq = 2");
    assertThat(store.changeLog().verify().brokenAt()).contains(2L);
    sql("UPDATE change_log SET actor = 'a' WHERE seq = 2");
    assertThat(store.changeLog().verify().isIntact()).isTrue();

    sql("DELETE FROM change_log WHERE seq = 4");
    assertThat(store.changeLog().verify().reason().orElseThrow()).contains("deleted");
  }

  @Test
  void theChangeLogFindsADeletedOrReorderedEntryInTheMiddle() throws SQLException {
    importAll(new Township().dataSet());
    for (int m = 7; m <= 10; m++) {
      store.change(new StatusChange(BusinessId.of("b1"), OperatingStatus.OPERATING, LocalDate.of(2023, m, 1)), "a");
    }
    sql("UPDATE change_log SET seq = 99 WHERE seq = 3");
    sql("UPDATE change_log SET seq = 3 WHERE seq = 4");
    sql("UPDATE change_log SET seq = 4 WHERE seq = 99");
    assertThat(store.changeLog().verify().brokenAt()).contains(3L);
    sql("DELETE FROM change_log WHERE seq = 3");
    assertThat(store.changeLog().verify().brokenAt()).contains(4L);
  }

  @Test
  void theOutboxKeepsEntriesUntilTheyAreDeliveredOrRejected() {
    importAll(new Township().dataSet());
    var record = PlatformRecord.of(new Township().business);
    store.outbox().enqueue(OutboxEntry.pending("e1", record, NOW));
    store.outbox().enqueue(OutboxEntry.pending("e1", record, NOW.plusSeconds(5)));
    store.outbox().enqueue(OutboxEntry.pending("e2", PlatformRecord.of(new Township().relation), NOW.plusSeconds(1)));
    assertThat(store.outbox().due(NOW.plusSeconds(10), 10)).extracting(OutboxEntry::id).containsExactly("e1", "e2");
    assertThat(store.outbox().find("e1").orElseThrow().record()).isEqualTo(record);
    store.outbox().retryLater("e1", "HTTP 503", NOW.plusSeconds(60));
    assertThat(store.outbox().due(NOW.plusSeconds(10), 10)).extracting(OutboxEntry::id).containsExactly("e2");
    assertThat(store.outbox().find("e1").orElseThrow().attempts()).isEqualTo(1);
    store.outbox().delivered("e2", NOW);
    store.outbox().rejected("e2", "too late", NOW);
    assertThat(store.outbox().find("e2").orElseThrow().state()).isEqualTo(OutboxEntry.State.DELIVERED);
    store.outbox().rejected("e1", "credit code invalid", NOW);
    assertThat(store.outbox().find("e1").orElseThrow().lastError()).contains("credit code invalid");
    assertThat(store.outbox().due(NOW.plusSeconds(3600), 10)).isEmpty();
    assertThat(store.outbox().find("nope")).isEmpty();
  }

  @Test
  void theEngineCountsEntryDaysInUtcPlus8() {
    Township t = new Township();
    t.supervision = t.supervision.withVisitDate(LocalDate.of(2023, 3, 20))
        .withEnteredAt(OffsetDateTime.of(2023, 3, 31, 16, 0, 0, 0, ZoneOffset.UTC));
    DataSet late = t.dataSet();
    importAll(late);
    var metrics = SqlMetrics.of(store, dev.responsibility.core.policy.Policy.defaults(), WorkPlans.defaults());
    var q1 = dev.responsibility.core.metrics.MetricQuery.asOf(LocalDate.of(2023, 6, 1)).withQuarter(1);
    assertThat(metrics.evaluate(q1).value(dev.responsibility.core.metrics.Metric.SUPERVISION_COMPLETION))
        .contains(new dev.responsibility.core.metrics.MetricValue(0, 1));
    drop(database);
    t.supervision = t.supervision.withEnteredAt(OffsetDateTime.of(2023, 3, 31, 15, 59, 59, 0, ZoneOffset.UTC));
    importAll(t.dataSet());
    assertThat(metrics.evaluate(q1).value(dev.responsibility.core.metrics.Metric.SUPERVISION_COMPLETION))
        .contains(new dev.responsibility.core.metrics.MetricValue(1, 1));
  }

  void sql(String statement) throws SQLException {
    try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
      s.executeUpdate(statement);
    }
  }

  private void drop(TestDatabase db) {
    try {
      for (String table : new String[] {"divisions", "division_closure", "businesses", "status_changes", "cadres",
          "relations", "documents", "supervisions", "problems", "staff", "self_checks"}) {
        sql("DELETE FROM " + table);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}

package dev.responsibility.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responsibility.core.Township;
import dev.responsibility.core.model.BusinessId;
import dev.responsibility.core.model.OperatingStatus;
import dev.responsibility.core.model.StatusChange;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Random edits, deletions and re-orderings of the change log are always found (on H2). */
class ChangeLogProperties {

  enum Tamper { EDIT_ACTOR, EDIT_STATE, EDIT_TIME, DELETE, SWAP, DELETE_LAST, REHASH_ONE }

  @Provide
  Arbitrary<Tamper> tampers() {
    return Arbitraries.of(Tamper.class);
  }

  @Property(tries = 60)
  void everyTamperingIsFound(@ForAll("tampers") Tamper tamper, @ForAll @IntRange(min = 2, max = 9) int writes,
      @ForAll @IntRange(min = 0, max = 100) int where) throws Exception {
    try (TestDatabase db = TestDatabase.h2()) {
      JdbcStore store = JdbcStore.on(db.dataSource(), Clock.fixed(JdbcStoreContract.NOW, ZoneOffset.UTC));
      store.migrate();
      store.importRecords(new Township().dataSet()::forEach, "tester", n -> { });
      for (int i = 0; i < writes; i++) {
        store.change(new StatusChange(BusinessId.of("b1"), OperatingStatus.values()[i % 3], LocalDate.of(2023, 7, 1).plusDays(i)),
            "clerk" + i);
      }
      assertThat(store.changeLog().verify().isIntact()).isTrue();
      long entries = writes + 1;
      long seq = 1 + where % entries;
      long other = 1 + (where + 1) % entries;
      switch (tamper) {
        case EDIT_ACTOR -> sql(db, "UPDATE change_log SET actor = 'mallory' WHERE seq = " + seq);
        case EDIT_STATE -> sql(db, "UPDATE change_log SET new_state = '{}' WHERE seq = " + seq);
        case EDIT_TIME -> sql(db, "UPDATE change_log SET logged_at = TIMESTAMP '2020-01-01 00:00:00' WHERE seq = " + seq);
        case DELETE -> sql(db, "DELETE FROM change_log WHERE seq = " + seq);
        case DELETE_LAST -> sql(db, "DELETE FROM change_log WHERE seq = " + entries);
        case SWAP -> {
          sql(db, "UPDATE change_log SET seq = -1 WHERE seq = " + seq);
          sql(db, "UPDATE change_log SET seq = " + seq + " WHERE seq = " + other);
          sql(db, "UPDATE change_log SET seq = " + other + " WHERE seq = -1");
        }
        case REHASH_ONE -> sql(db, "UPDATE change_log SET entry_hash = previous_hash WHERE seq = " + seq);
        default -> throw new IllegalStateException();
      }
      assertThat(store.changeLog().verify().isIntact()).as("%s at %d of %d", tamper, seq, entries).isFalse();
    }
  }

  private static void sql(TestDatabase db, String statement) throws SQLException {
    try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
      s.executeUpdate(statement);
    }
  }
}

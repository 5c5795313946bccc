package dev.responsibility.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class PostgresStoreIT extends JdbcStoreContract {
  @Override
  TestDatabase open() {
    return TestDatabase.postgres();
  }

  @Test
  void theExclusionConstraintGuardsLiveRelationsAndLeavesImportedOnesAlone() throws SQLException {
    importAll(new dev.responsibility.core.Township().dataSet());
    // Two overlapping imported relations are facts; a live one overlapping a live one is refused by the engine.
    sql("INSERT INTO relations (id, cadre_id, business_id, valid_from, valid_to, live) VALUES ('i2', 'c1', 'b1', DATE '2023-01-01', NULL, false)");
    sql("INSERT INTO relations (id, cadre_id, business_id, valid_from, valid_to, live) VALUES ('l1', 'c1', 'b1', DATE '2023-01-01', NULL, true)");
    assertThatThrownBy(() -> sql("INSERT INTO relations (id, cadre_id, business_id, valid_from, valid_to, live) "
        + "VALUES ('l2', 'c1', 'b1', DATE '2023-06-01', DATE '2023-06-30', true)"))
        .isInstanceOf(SQLException.class).hasMessageContaining("relations_one_active_live");
    try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM relations")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(3);
    }
  }
}

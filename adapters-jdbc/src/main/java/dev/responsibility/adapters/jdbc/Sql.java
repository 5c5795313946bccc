package dev.responsibility.adapters.jdbc;

import dev.responsibility.core.model.PortException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Transactions on the host's data source: commit on success, roll back on any failure. */
final class Sql {

  @FunctionalInterface
  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private Sql() {}

  static <T> T inTransaction(DataSource dataSource, String what, Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new PortException(what + ": " + e.getMessage(), e);
    }
  }
}

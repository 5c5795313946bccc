package dev.responsibility.adapters.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh, empty database for one test class: an H2 in-memory database, or a new schema on the
 * PostgreSQL server (127.0.0.1:5432, user postgres, database test), or a new database on the
 * MariaDB server (127.0.0.1:3306, user root). A server that cannot be reached skips the tests with
 * a message saying why, and fails them when the environment variable CI is true.
 */
abstract class TestDatabase implements AutoCloseable {

  abstract DataSource dataSource();

  abstract String describe();

  static TestDatabase h2() {
    org.h2.jdbcx.JdbcDataSource ds = new org.h2.jdbcx.JdbcDataSource();
    ds.setURL("jdbc:h2:mem:t" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1");
    return new TestDatabase() {
      @Override
      DataSource dataSource() {
        return ds;
      }

      @Override
      String describe() {
        return "H2 in memory";
      }

      @Override
      public void close() throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
          s.execute("SHUTDOWN");
        }
      }
    };
  }

  static TestDatabase postgres() {
    String admin = "jdbc:postgresql://127.0.0.1:5432/test";
    String schema = "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    reachable("PostgreSQL", admin, "postgres", "");
    exec(admin, "postgres", "", "CREATE SCHEMA " + schema);
    org.postgresql.ds.PGSimpleDataSource ds = new org.postgresql.ds.PGSimpleDataSource();
    ds.setURL(admin);
    ds.setUser("postgres");
    // The extension btree_gist may live in public; keep it on the search path.
    ds.setCurrentSchema(schema + ",public");
    return new TestDatabase() {
      @Override
      DataSource dataSource() {
        return ds;
      }

      @Override
      String describe() {
        return "PostgreSQL schema " + schema;
      }

      @Override
      public void close() {
        exec(admin, "postgres", "", "DROP SCHEMA " + schema + " CASCADE");
      }
    };
  }

  static TestDatabase mariadb() {
    String admin = "jdbc:mariadb://127.0.0.1:3306/test";
    String database = "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    reachable("MariaDB", admin, "root", "");
    exec(admin, "root", "", "CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
    org.mariadb.jdbc.MariaDbDataSource ds = new org.mariadb.jdbc.MariaDbDataSource();
    try {
      ds.setUrl("jdbc:mariadb://127.0.0.1:3306/" + database + "?user=root");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return new TestDatabase() {
      @Override
      DataSource dataSource() {
        return ds;
      }

      @Override
      String describe() {
        return "MariaDB database " + database;
      }

      @Override
      public void close() {
        exec(admin, "root", "", "DROP DATABASE " + database);
      }
    };
  }

  private static void reachable(String product, String url, String user, String password) {
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      c.isValid(2);
    } catch (SQLException e) {
      String why = product + " is not reachable at " + url + " as " + user + ": " + e.getMessage();
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        Assertions.fail(why + " (CI=true: a missing server is a failure; .ci/run starts it)");
      }
      Assumptions.abort(why + " — skipped; start the server (see README) or set CI=true to fail instead");
    }
  }

  private static void exec(String url, String user, String password, String sql) {
    try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql.toLowerCase(Locale.ROOT) + ": " + e.getMessage(), e);
    }
  }
}

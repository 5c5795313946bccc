package dev.responsibility.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL server the benchmarks measure on: 127.0.0.1:5432, database {@code test}, user
 * {@code postgres} with trust authentication (the build machine's service, as the JDBC adapter's
 * integration tests use it). Each measurement works in a schema of its own ({@link
 * PostgresSchema}). Stateless.
 */
final class PostgresServer {

  static final String HOST = "127.0.0.1";
  static final int PORT = 5432;
  static final String DATABASE = "test";
  static final String USER = "postgres";
  private static final String URL = "jdbc:postgresql://" + HOST + ":" + PORT + "/" + DATABASE;
  // An unreachable server should say so in seconds, not after the driver's default wait.
  private static final int CONNECT_TIMEOUT_SECONDS = 5;

  private PostgresServer() {}

  /** @return why the server cannot be used, or empty when it answers */
  static Optional<String> unreachable() {
    try (Connection c = connect()) {
      return c.isValid(CONNECT_TIMEOUT_SECONDS) ? Optional.empty()
          : Optional.of("PostgreSQL at " + URL + " accepted a connection but did not answer");
    } catch (SQLException e) {
      // The driver's own message ("The connection attempt failed.") hides the reason in its cause.
      String why = e.getCause() == null ? e.getMessage() : e.getMessage() + " (" + e.getCause() + ")";
      return Optional.of("PostgreSQL is not reachable at " + URL + " as " + USER + ": " + why);
    }
  }

  /**
   * @return the server's version, for a report
   * @throws SQLException if the server cannot be asked
   */
  static String version() throws SQLException {
    try (Connection c = connect(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SHOW server_version")) {
      rs.next();
      return "PostgreSQL " + rs.getString(1);
    }
  }

  /**
   * @param statement one SQL statement, run outside any schema of ours
   * @throws SQLException if it fails
   */
  static void execute(String statement) throws SQLException {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      s.execute(statement);
    }
  }

  /**
   * @param schema the schema unqualified names resolve to, not null
   * @return a data source whose connections work in that schema
   */
  static PGSimpleDataSource dataSource(String schema) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setServerNames(new String[] {HOST});
    ds.setPortNumbers(new int[] {PORT});
    ds.setDatabaseName(DATABASE);
    ds.setUser(USER);
    ds.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
    // The migration's btree_gist extension may live in public; keep it on the search path.
    ds.setCurrentSchema(schema + ",public");
    return ds;
  }

  private static Connection connect() throws SQLException {
    Properties login = new Properties();
    login.setProperty("user", USER);
    login.setProperty("connectTimeout", Integer.toString(CONNECT_TIMEOUT_SECONDS));
    return DriverManager.getConnection(URL, login);
  }
}

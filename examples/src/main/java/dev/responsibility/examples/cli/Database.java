package dev.responsibility.examples.cli;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.responsibility.adapters.jdbc.JdbcStore;
import java.time.Clock;
import java.util.Optional;

/**
 * A database named by a JDBC URL, pooled and migrated: the command line is the host here, so it
 * owns the pool the JDBC adapter is given. Closing it closes the pool.
 */
final class Database implements AutoCloseable {

  private final HikariDataSource pool;
  private final JdbcStore store;
  private final String url;

  private Database(HikariDataSource pool, String url) {
    this.pool = pool;
    this.url = url;
    this.store = JdbcStore.on(pool, Clock.systemUTC());
  }

  /**
   * Opens and migrates the database.
   *
   * @throws UserInputException if the URL is not a JDBC URL of a database the library supports
   * @throws dev.responsibility.core.model.PortException if it cannot be reached or migrated
   */
  static Database open(String url, Optional<String> user, Optional<String> password, Ui ui) {
    if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:") && !url.startsWith("jdbc:mariadb:")
        && !url.startsWith("jdbc:mysql:")) {
      throw new UserInputException(ui.text("error.dbUrl", url));
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    user.ifPresent(config::setUsername);
    password.ifPresent(config::setPassword);
    config.setMaximumPoolSize(2);
    config.setPoolName("responsibility-cli");
    // Fail on the first attempt with the driver's own words rather than after Hikari's 30 s wait.
    config.setInitializationFailTimeout(1);
    config.setConnectionTimeout(10_000);
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(config);
    } catch (RuntimeException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new dev.responsibility.core.model.PortException(ui.text("error.dbOpen", url, cause.getMessage()), e);
    }
    Database database = new Database(pool, url);
    try {
      database.store.migrate();
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
    return database;
  }

  /** @return the password held by the environment variable named, if one is named */
  static Optional<String> password(String variable, Ui ui) {
    if (variable == null) {
      return Optional.empty();
    }
    String value = System.getenv(variable);
    if (value == null) {
      throw new UserInputException(ui.text("error.passwordVariable", variable));
    }
    return Optional.of(value);
  }

  JdbcStore store() {
    return store;
  }

  String url() {
    return url;
  }

  @Override
  public void close() {
    pool.close();
  }
}

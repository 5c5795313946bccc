package dev.responsibility.adapters.jdbc;

import dev.responsibility.core.model.PortException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** The SQL dialects the adapter is tested on, told apart by the driver's product name. */
public enum Dialect {
  /** H2 2.x, the embedded default. */
  H2,
  /** PostgreSQL 15 (and engines speaking its dialect). */
  POSTGRESQL,
  /** MariaDB 10.11 (and engines speaking the MySQL dialect). */
  MARIADB;

  /**
   * @param connection an open connection, not null
   * @return its dialect
   * @throws PortException if the product is none of the three
   */
  public static Dialect of(Connection connection) {
    try {
      String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
      if (product.contains("h2")) {
        return H2;
      }
      if (product.contains("postgres")) {
        return POSTGRESQL;
      }
      if (product.contains("mariadb") || product.contains("mysql")) {
        return MARIADB;
      }
      throw new PortException("unsupported database product: " + product + " (H2, PostgreSQL and MariaDB are supported)");
    } catch (SQLException e) {
      throw new PortException("reading the database product name", e);
    }
  }

  /** @return Flyway's vendor folder name for this dialect */
  String migrationFolder() {
    return name().toLowerCase(Locale.ROOT);
  }
}

/**
 * The core's data on a relational database the host supplies as a {@link javax.sql.DataSource}:
 * H2 (the embedded default), PostgreSQL and MariaDB. Versioned migrations ({@link
 * dev.responsibility.adapters.jdbc.JdbcStore#migrate()}), all-or-nothing imports that store facts
 * as given, loading a data set back, the durable outbox, a hash-chained change log, and the
 * metrics evaluated inside the database. Depends on {@code responsibility-core} only, never on
 * another adapter; the library never owns a connection pool.
 */
package dev.responsibility.adapters.jdbc;

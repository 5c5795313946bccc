/**
 * The core's data reaching a relational database: H2 embedded by default, PostgreSQL and
 * MariaDB; versioned migrations, all-or-nothing imports, guarded live writes, the checks and
 * metrics pushed down as SQL, a hash-chained change log and the durable outbox. The module is
 * in the build so that the dependency rules hold from the start; its code arrives with its own
 * issue. It depends on {@code responsibility-core} only, never on another adapter.
 */
package dev.responsibility.adapters.jdbc;

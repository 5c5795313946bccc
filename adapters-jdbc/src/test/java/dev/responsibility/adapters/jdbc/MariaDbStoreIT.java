package dev.responsibility.adapters.jdbc;

class MariaDbStoreIT extends JdbcStoreContract {
  @Override
  TestDatabase open() {
    return TestDatabase.mariadb();
  }
}

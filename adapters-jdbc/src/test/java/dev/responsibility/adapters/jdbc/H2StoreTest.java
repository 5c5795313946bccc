package dev.responsibility.adapters.jdbc;

class H2StoreTest extends JdbcStoreContract {
  @Override
  TestDatabase open() {
    return TestDatabase.h2();
  }
}

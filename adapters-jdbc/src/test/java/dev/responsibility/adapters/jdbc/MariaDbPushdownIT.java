package dev.responsibility.adapters.jdbc;

class MariaDbPushdownIT extends PushdownContract {
  @Override
  TestDatabase open() {
    return TestDatabase.mariadb();
  }
}

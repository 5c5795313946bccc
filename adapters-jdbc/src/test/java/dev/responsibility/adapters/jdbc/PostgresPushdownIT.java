package dev.responsibility.adapters.jdbc;

class PostgresPushdownIT extends PushdownContract {
  @Override
  TestDatabase open() {
    return TestDatabase.postgres();
  }
}

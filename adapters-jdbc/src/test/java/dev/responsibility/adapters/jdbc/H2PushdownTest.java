package dev.responsibility.adapters.jdbc;

class H2PushdownTest extends PushdownContract {
  @Override
  TestDatabase open() {
    return TestDatabase.h2();
  }
}

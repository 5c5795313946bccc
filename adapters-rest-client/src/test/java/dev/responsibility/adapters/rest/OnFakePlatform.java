package dev.responsibility.adapters.rest;

import org.junit.jupiter.api.AfterEach;

/** Tests against one fake platform (keys honoured, bearer token) on fake time, stopped after each test. */
abstract class OnFakePlatform {

  final FakeTime time = FakeTime.at("2023-06-15T02:00:00Z");
  final FakePlatform platform = FakePlatform.builder().clock(time).build();

  @AfterEach
  void stopPlatform() {
    platform.close();
  }
}

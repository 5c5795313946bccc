package dev.responsibility.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

  final FakeTime time = FakeTime.at("2023-06-15T02:00:00Z");

  Reply reply(int status, String retryAfter) {
    HttpHeaders headers = HttpHeaders.of(retryAfter == null ? Map.of() : Map.of("Retry-After", List.of(retryAfter)),
        (a, b) -> true);
    return new Reply("POST /v1/businesses", status, headers, new byte[0]);
  }

  @Test
  void readsSecondsAndHttpDates() {
    assertThat(reply(429, "7").retryAfter(time)).contains(Duration.ofSeconds(7));
    assertThat(reply(503, "Thu, 15 Jun 2023 02:01:30 GMT").retryAfter(time)).contains(Duration.ofSeconds(90));
    assertThat(reply(503, "Thu, 15 Jun 2023 01:00:00 GMT").retryAfter(time)).contains(Duration.ZERO);
    assertThat(reply(503, "soon").retryAfter(time)).isEmpty();
    assertThat(reply(503, null).retryAfter(time)).isEmpty();
  }

  @Test
  void only429And5xxAreRetriedAndOnly5xxOtherThan503MayHaveApplied() {
    assertThat(reply(429, null).isRetryable()).isTrue();
    assertThat(reply(500, null).isRetryable()).isTrue();
    assertThat(reply(404, null).isRetryable()).isFalse();
    assertThat(reply(409, null).isRetryable()).isFalse();
    assertThat(reply(503, null).mayHaveApplied()).isFalse();
    assertThat(reply(429, null).mayHaveApplied()).isFalse();
    assertThat(reply(502, null).mayHaveApplied()).isTrue();
  }
}

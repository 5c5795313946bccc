package dev.responsibility.adapters.rest;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * One HTTP answer of the platform.
 *
 * @param exchange the request, as {@code METHOD /path}, for messages
 * @param status the HTTP status
 * @param headers the response headers
 * @param body the body bytes, possibly empty
 */
record Reply(String exchange, int status, HttpHeaders headers, byte[] body) {

  boolean isSuccess() {
    return status >= 200 && status < 300;
  }

  /** 429 and 5xx: the platform's trouble, worth another attempt. */
  boolean isRetryable() {
    return status == 429 || status >= 500;
  }

  /** 429 and 503 promise (platform-api.yaml) that nothing was applied; any other 5xx may have applied the write. */
  boolean mayHaveApplied() {
    return status >= 500 && status != 503;
  }

  /**
   * @param clock the clock to measure an HTTP date against
   * @return the {@code Retry-After} wait, when the header is there and readable (seconds or an HTTP date)
   */
  Optional<Duration> retryAfter(Clock clock) {
    return headers.firstValue("Retry-After").map(String::trim).flatMap(value -> {
      if (value.matches("\\d{1,9}")) {
        return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
      }
      try {
        Duration until = Duration.between(clock.instant(),
            ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        return Optional.of(until.isNegative() ? Duration.ZERO : until);
      } catch (DateTimeParseException e) {
        // An unreadable Retry-After is as good as none: the backoff decides.
        return Optional.empty();
      }
    });
  }
}

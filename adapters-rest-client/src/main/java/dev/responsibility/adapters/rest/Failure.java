package dev.responsibility.adapters.rest;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLException;

/**
 * Why an attempt did not settle its records, and what follows from it.
 *
 * @param reason what failed, in words, without secrets or record contents
 * @param retryable whether another attempt in the same call may help
 * @param mayHaveApplied whether the platform may have applied a write it was sent
 * @param retryAfter the platform's requested wait, when it gave one
 */
record Failure(String reason, boolean retryable, boolean mayHaveApplied, Optional<Duration> retryAfter) {

  /** A failed exchange: the connection could not be made, broke, or timed out. */
  static Failure of(String exchange, IOException e) {
    Throwable tls = causeOfType(e, SSLException.class);
    if (tls != null) {
      // Trust or handshake trouble is configuration: repeating the handshake cannot fix it.
      return new Failure(exchange + ": TLS failed: " + tls.getMessage(), false, false, Optional.empty());
    }
    boolean notConnected = e instanceof HttpConnectTimeoutException || causeOfType(e, ConnectException.class) != null;
    String what = e instanceof HttpTimeoutException ? "timed out" : notConnected ? "could not connect" : "failed";
    return new Failure(exchange + ": " + what + " (" + e.getClass().getSimpleName()
        + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", true, !notConnected, Optional.empty());
  }

  /** An answer that settles nothing: 429, 5xx, or a 4xx that is not about one record. */
  static Failure of(Reply reply, Clock clock) {
    return new Failure(reply.exchange() + ": " + PlatformError.of(reply).describe(), reply.isRetryable(),
        reply.mayHaveApplied(), reply.retryAfter(clock));
  }

  private static Throwable causeOfType(Throwable t, Class<? extends Throwable> type) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (type.isInstance(c)) {
        return c;
      }
    }
    return null;
  }
}

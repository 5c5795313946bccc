package dev.responsibility.adapters.rest;

/**
 * What the fake platform does wrong with one request. "Apply" means doing what the request asks
 * (storing a pushed record, reading one); a fault after it loses or spoils the reply of a request
 * that took effect.
 */
enum Fault {
  /** Serve the request. */
  NONE,
  /** 500 before applying. */
  ERROR_500,
  /** 503 with {@code Retry-After: 1}, before applying. */
  UNAVAILABLE_503,
  /** 429 with a {@code Retry-After} in seconds or as an HTTP date, before applying. */
  TOO_MANY_429,
  /** Apply, then answer 500. */
  APPLY_THEN_500,
  /** Apply, then close the connection without an answer: the reply is lost. */
  APPLY_THEN_DROP,
  /** Apply the first half of a batch, then close the connection. */
  PARTIAL_THEN_DROP,
  /** Apply, then answer after the client's timeout. */
  APPLY_THEN_SLOW,
  /** Wait past the client's timeout, then apply: a write that lands after the client gave up. */
  SLOW_THEN_APPLY,
  /** Apply, then acknowledge every record twice, in reverse order. */
  DUPLICATE_ACKS;

  /** @return whether the fault waits past the client's timeout */
  boolean isSlow() {
    return this == APPLY_THEN_SLOW || this == SLOW_THEN_APPLY;
  }
}

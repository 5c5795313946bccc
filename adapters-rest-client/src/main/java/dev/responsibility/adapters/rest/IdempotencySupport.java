package dev.responsibility.adapters.rest;

/**
 * Whether the platform keeps the idempotency key of each pushed record, which decides how the
 * client makes sure a record lands exactly once when a reply is lost.
 */
public enum IdempotencySupport {

  /**
   * The platform applies each key once and answers {@code DUPLICATE} for a key it has already
   * applied (platform-api.yaml): the client simply sends a record again.
   */
  HONOURED,

  /**
   * The platform ignores the keys: before sending again a record whose earlier write may have
   * been applied (a lost reply, a timeout, a 5xx other than 503, or any earlier attempt recorded
   * in the outbox), the client looks it up by id and counts it accepted if the platform holds it
   * with the same content. Two limits: the look-up cannot see a write still in progress on the
   * platform, so the request timeout must be longer than the platform takes to apply a write; and
   * the platform must give the record back as it was sent (a platform that rewrites values gets
   * the record again).
   */
  IGNORED
}

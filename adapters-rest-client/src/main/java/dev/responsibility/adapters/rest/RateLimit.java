package dev.responsibility.adapters.rest;

/**
 * The client-side rate limit: a token bucket of {@code burst} requests refilled at
 * {@code requestsPerSecond}. Every HTTP request, retries and look-ups included, takes a token,
 * so that a client catching up after an outage does not flood the platform. Immutable and
 * thread-safe.
 *
 * @param requestsPerSecond the sustained rate, positive; {@link Double#POSITIVE_INFINITY} for none
 * @param burst how many requests may go at once after a quiet spell, ≥ 1
 */
public record RateLimit(double requestsPerSecond, int burst) {

  /**
   * @param requestsPerSecond as in the record description
   * @param burst as in the record description
   * @throws IllegalArgumentException if the rate is not positive or the burst &lt; 1
   */
  public RateLimit {
    if (!(requestsPerSecond > 0) || burst < 1) {
      throw new IllegalArgumentException("need a positive rate and burst >= 1, got " + requestsPerSecond + "/s, "
          + burst);
    }
  }

  /**
   * @param requestsPerSecond the sustained rate, positive
   * @return a limit with a burst of one second's worth (at least 1)
   */
  public static RateLimit perSecond(double requestsPerSecond) {
    return new RateLimit(requestsPerSecond, (int) Math.max(1, Math.min(Integer.MAX_VALUE, requestsPerSecond)));
  }

  /** @return no limit */
  public static RateLimit unlimited() {
    return new RateLimit(Double.POSITIVE_INFINITY, 1);
  }

  /** @return whether this is no limit at all */
  public boolean isUnlimited() {
    return Double.isInfinite(requestsPerSecond);
  }
}

package dev.responsibility.core.model;

/**
 * The root of every exception the library throws. Unchecked: a caller that cannot recover
 * from malformed input or a failed port should not be forced to catch.
 */
public abstract class ResponsibilityException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** @param message the broken rule or the failed operation, in words */
  protected ResponsibilityException(String message) {
    super(message);
  }

  /**
   * @param message the failed operation, in words
   * @param cause the underlying failure
   */
  protected ResponsibilityException(String message, Throwable cause) {
    super(message, cause);
  }
}

package dev.responsibility.core.model;

/**
 * The root of every exception the library throws. Unchecked: a caller that cannot recover
 * from malformed input or a failed port should not be forced to catch.
 */
public abstract class ResponsibilityException extends RuntimeException {

  protected ResponsibilityException(String message) {
    super(message);
  }

  protected ResponsibilityException(String message, Throwable cause) {
    super(message, cause);
  }
}

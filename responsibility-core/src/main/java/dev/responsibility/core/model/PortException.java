package dev.responsibility.core.model;

/**
 * A port implementation failed for a reason outside the data: the database is unreachable, the
 * platform timed out, a file could not be read. Adapters wrap {@code SQLException},
 * {@code IOException} and the like in it, with a message saying what was being done.
 */
public class PortException extends ResponsibilityException {

  private static final long serialVersionUID = 1L;

  /**
   * @param message what was being done when it failed, not null
   * @param cause the underlying failure, may be null
   */
  public PortException(String message, Throwable cause) {
    super(message, cause);
  }

  /** @param message what failed, not null */
  public PortException(String message) {
    super(message);
  }
}

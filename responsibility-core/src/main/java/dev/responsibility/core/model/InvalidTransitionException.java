package dev.responsibility.core.model;

/**
 * A step that a record's life does not allow: closing a problem that was never rectified,
 * dating a step before the one it follows. The record is left as it was.
 */
public final class InvalidTransitionException extends ResponsibilityException {

  private static final long serialVersionUID = 1L;

  /** @param message the record, the step asked and the rule it breaks, not null */
  public InvalidTransitionException(String message) {
    super(message);
  }
}

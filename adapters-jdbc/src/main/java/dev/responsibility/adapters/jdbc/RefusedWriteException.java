package dev.responsibility.adapters.jdbc;

import dev.responsibility.core.model.ResponsibilityException;

/**
 * A live write was refused by the store's guards: a second active relation for a business, a
 * supervision the entry guard refuses, a second status change on one day. Nothing was written.
 */
public final class RefusedWriteException extends ResponsibilityException {

  private static final long serialVersionUID = 1L;

  /** @param message the record, the write and the rule it breaks, not null */
  public RefusedWriteException(String message) {
    super(message);
  }
}

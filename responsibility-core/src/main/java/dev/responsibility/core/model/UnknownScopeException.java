package dev.responsibility.core.model;

/**
 * A question was asked of a scope (a division and everything under it) that is not a division of
 * the data set. FORMAT.md makes an unknown scope an error: answering with zeros would read as
 * "nothing to do" for a place that simply was not loaded.
 */
public final class UnknownScopeException extends ResponsibilityException {

  private static final long serialVersionUID = 1L;

  /** The code asked for. */
  private final String code;

  /** @param code the division code asked for, not null */
  public UnknownScopeException(String code) {
    super("unknown scope: division " + code + " is not in the data set");
    this.code = code;
  }

  /** @return the division code asked for */
  public String code() {
    return code;
  }
}

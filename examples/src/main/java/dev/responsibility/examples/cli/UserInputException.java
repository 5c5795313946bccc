package dev.responsibility.examples.cli;

/**
 * Input the command refuses — a missing file, an unknown division, a sheet that is not there — told
 * to the user in their language with exit code {@link Main#BAD_INPUT} and no stack trace.
 */
final class UserInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  UserInputException(String message) {
    super(message);
  }

  UserInputException(String message, Throwable cause) {
    super(message, cause);
  }
}

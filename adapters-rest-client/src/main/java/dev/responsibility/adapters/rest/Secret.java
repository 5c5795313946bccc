package dev.responsibility.adapters.rest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A credential (an application secret, a bearer token, a trust-store password) that must never
 * reach a log or an exception message: {@link #toString()} prints no part of it, and the bytes
 * are only handed to the signers of this package. Immutable and thread-safe.
 */
public final class Secret {

  private final byte[] bytes;

  private Secret(byte[] bytes) {
    if (bytes.length == 0) {
      throw new IllegalArgumentException("a secret must not be empty");
    }
    this.bytes = bytes;
  }

  /**
   * @param text the secret as text, not null, not empty; kept as its UTF-8 bytes
   * @return the secret
   * @throws IllegalArgumentException if {@code text} is empty
   */
  public static Secret of(String text) {
    return new Secret(Objects.requireNonNull(text, "text").getBytes(StandardCharsets.UTF_8));
  }

  /**
   * @param chars the secret as characters, not null, not empty; copied as UTF-8, so the caller may
   *     clear its array afterwards
   * @return the secret
   * @throws IllegalArgumentException if {@code chars} is empty
   */
  public static Secret of(char[] chars) {
    ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(Objects.requireNonNull(chars, "chars")));
    return new Secret(Arrays.copyOf(encoded.array(), encoded.limit()));
  }

  /** A copy of the bytes, for a MAC key; package-private so that no caller outside can log them. */
  byte[] bytes() {
    return bytes.clone();
  }

  /** The text, for a header value or a key-store password; package-private for the same reason. */
  String text() {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** @return {@code "Secret[redacted]"}: never any part of the secret */
  @Override
  public String toString() {
    return "Secret[redacted]";
  }
}

package dev.responsibility.adapters.rest;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding as platform-api.yaml fixes it for signing: every byte outside
 * {@code A-Z a-z 0-9 - . _ ~} becomes {@code %} and two upper-case hex digits of its UTF-8
 * bytes. One rule for path segments and query components, so that client and platform agree on
 * the exact bytes that were signed.
 */
final class UriEncoding {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private UriEncoding() {}

  static String encode(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_'
          || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return out.toString();
  }
}

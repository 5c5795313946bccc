package dev.responsibility.examples.report;

/** Escaping for text that comes from data, such as division names, in HTML text and attribute values. */
final class Html {

  private Html() {}

  /**
   * @param text any text, not null
   * @return the text safe inside an element or a quoted attribute value (either quote)
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        // HTML forbids NUL even as a character reference; a data file may still carry one.
        case '\0' -> out.append('\uFFFD');
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}

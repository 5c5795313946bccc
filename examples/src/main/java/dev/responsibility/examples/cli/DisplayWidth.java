package dev.responsibility.examples.cli;

/**
 * How many terminal columns text takes: Chinese characters and full-width forms take two (Unicode
 * East Asian Width W and F), combining marks none, everything else one — so tables mixing 城关镇
 * and ASCII line up.
 */
final class DisplayWidth {

  private DisplayWidth() {}

  static int of(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      width += of(c);
      i += Character.charCount(c);
    }
    return width;
  }

  static int of(int c) {
    int type = Character.getType(c);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
        || c == 0x200B) {
      return 0;
    }
    return isWide(c) ? 2 : 1;
  }

  private static boolean isWide(int c) {
    return (c >= 0x1100 && c <= 0x115F)       // Hangul Jamo initials
        || (c >= 0x2E80 && c <= 0x303E)       // CJK radicals, Kangxi, CJK symbols and punctuation (、。「」)
        || (c >= 0x3041 && c <= 0x33FF)       // kana, Bopomofo, Hangul compatibility, enclosed CJK, CJK compatibility
        || (c >= 0x3400 && c <= 0x4DBF)       // CJK Extension A
        || (c >= 0x4E00 && c <= 0x9FFF)       // CJK Unified Ideographs
        || (c >= 0xA000 && c <= 0xA4CF)       // Yi
        || (c >= 0xAC00 && c <= 0xD7A3)       // Hangul syllables
        || (c >= 0xF900 && c <= 0xFAFF)       // CJK compatibility ideographs
        || (c >= 0xFE30 && c <= 0xFE4F)       // CJK compatibility forms
        || (c >= 0xFF00 && c <= 0xFF60)       // full-width forms (，：（）)
        || (c >= 0xFFE0 && c <= 0xFFE6)       // full-width signs (￥)
        || (c >= 0x1F300 && c <= 0x1F64F)     // pictographs and emoticons
        || (c >= 0x20000 && c <= 0x3FFFD);    // CJK Extensions B onwards
  }
}

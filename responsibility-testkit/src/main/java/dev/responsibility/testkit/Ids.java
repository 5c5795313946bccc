package dev.responsibility.testkit;

import java.util.Set;

/**
 * The zero-padded ids of generated records ({@code B0000001}, {@code C000001}, …) and fresh ids
 * for records a {@link Fault} adds. Formatting by hand rather than {@code String.format}, which
 * would dominate the time of a province-sized run.
 */
final class Ids {

  /** Prefix and width of each kind of id. */
  enum Kind {
    BUSINESS('B', 7),
    CADRE('C', 6),
    RELATION('R', 7),
    DOCUMENT('D', 7),
    SUPERVISION('S', 9),
    PROBLEM('P', 8),
    STAFF('E', 8);

    final char prefix;
    final int width;

    Kind(char prefix, int width) {
      this.prefix = prefix;
      this.width = width;
    }

    /** The id of number {@code n}: the prefix and {@code n} padded to the kind's width. */
    String of(long n) {
      return Ids.pad(String.valueOf(prefix), n, width);
    }

    /** The first id of this kind, counting from {@code from}, that {@code taken} does not hold. */
    String fresh(Set<String> taken, long from) {
      long n = Math.max(1, from);
      while (taken.contains(of(n))) {
        n++;
      }
      return of(n);
    }
  }

  private Ids() {}

  /** {@code prefix} then {@code n} (≥ 0) in decimal, left-padded with zeros to {@code width} digits. */
  static String pad(String prefix, long n, int width) {
    int digits = 1;
    for (long rest = n / 10; rest > 0; rest /= 10) {
      digits++;
    }
    int length = Math.max(width, digits);
    char[] s = new char[prefix.length() + length];
    prefix.getChars(0, prefix.length(), s, 0);
    long rest = n;
    for (int i = s.length - 1; i >= prefix.length(); i--) {
      s[i] = (char) ('0' + rest % 10);
      rest /= 10;
    }
    return new String(s);
  }
}

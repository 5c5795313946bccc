package dev.responsibility.adapters.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** Byte-level facts about a text file: its byte-order mark and where its bytes stop decoding. */
final class Encodings {

  /** GB 18030, the national standard superset of GBK that Chinese Excel writes for "CSV". */
  static final Charset GB18030 = Charset.forName("GB18030");

  private static final int CHUNK = 1 << 16;

  private Encodings() {}

  /** A byte-order mark found at the start of a file. */
  enum Bom {
    NONE(0, null),
    UTF_8(3, StandardCharsets.UTF_8),
    UTF_16(2, null),
    GB18030(4, Encodings.GB18030);

    final int length;
    final Charset charset;

    Bom(int length, Charset charset) {
      this.length = length;
      this.charset = charset;
    }
  }

  static Bom bom(Path file) throws IOException {
    byte[] head = new byte[4];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, 4);
    }
    if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
      return Bom.UTF_8;
    }
    if (n >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
        || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)) {
      return Bom.UTF_16;
    }
    if (n == 4 && (head[0] & 0xFF) == 0x84 && (head[1] & 0xFF) == 0x31 && (head[2] & 0xFF) == 0x95
        && (head[3] & 0xFF) == 0x33) {
      return Bom.GB18030;
    }
    return Bom.NONE;
  }

  static CharsetDecoder strict(Charset charset) {
    return charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /**
   * @return the offset of the first byte (after {@code skip} bytes) that does not decode in the
   *     charset, empty when the whole file decodes
   */
  static OptionalLong firstMalformed(Path file, Charset charset, int skip) throws IOException {
    CharsetDecoder decoder = strict(charset);
    ByteBuffer in = ByteBuffer.allocate(CHUNK);
    CharBuffer out = CharBuffer.allocate(CHUNK);
    long base = skip;
    try (SeekableByteChannel ch = Files.newByteChannel(file)) {
      ch.position(skip);
      boolean eof = false;
      while (true) {
        if (!eof && ch.read(in) < 0) {
          eof = true;
        }
        in.flip();
        CoderResult r = decoder.decode(in, out, eof);
        if (r.isError()) {
          return OptionalLong.of(base + in.position());
        }
        out.clear();
        if (eof && !in.hasRemaining() && !r.isOverflow()) {
          return OptionalLong.empty();
        }
        base += in.position();
        in.compact();
      }
    }
  }

  /**
   * @return whether the bytes from {@code offset} to the end are the start of one UTF-8 character
   *     cut short: the sign of a truncated file, not of another encoding
   */
  static boolean endsInsideUtf8Character(Path file, long offset) throws IOException {
    long size = Files.size(file);
    if (size - offset <= 0 || size - offset >= 4) {
      return false;
    }
    byte[] tail = new byte[(int) (size - offset)];
    try (SeekableByteChannel ch = Files.newByteChannel(file)) {
      ch.position(offset);
      ByteBuffer b = ByteBuffer.wrap(tail);
      while (b.hasRemaining() && ch.read(b) >= 0) {
        // read the whole tail
      }
    }
    int lead = tail[0] & 0xFF;
    int needed = lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0;
    if (needed == 0 || lead > 0xF4 || tail.length >= needed) {
      return false;
    }
    for (int i = 1; i < tail.length; i++) {
      if ((tail[i] & 0xC0) != 0x80) {
        return false;
      }
    }
    return true;
  }

  /** @return the physical line (1-based) of a byte offset: line feeds before it, plus one */
  static long lineAt(Path file, long offset) throws IOException {
    long line = 1;
    long seen = 0;
    byte[] buf = new byte[CHUNK];
    try (InputStream in = Files.newInputStream(file)) {
      int n;
      while (seen < offset && (n = in.read(buf, 0, (int) Math.min(buf.length, offset - seen))) > 0) {
        for (int i = 0; i < n; i++) {
          if (buf[i] == '\n') {
            line++;
          }
        }
        seen += n;
      }
    }
    return line;
  }
}

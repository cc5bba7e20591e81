package org.framelens.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.framelens.CorpusFormatException;

/** Strict UTF-8 decoding that says where the first malformed byte is. Not API. */
public final class Utf8 {
  private Utf8() {}

  /** Thrown for malformed UTF-8; the position is of the first bad byte. */
  public static final class MalformedException extends Exception {
    private static final long serialVersionUID = 1L;
    private final long byteOffset;
    private final int line;
    private final int column;

    MalformedException(long byteOffset, int line, int column) {
      super("invalid UTF-8 at byte " + byteOffset + " (line " + line + ", column " + column + ")");
      this.byteOffset = byteOffset;
      this.line = line;
      this.column = column;
    }

    public long byteOffset() {
      return byteOffset;
    }

    public int line() {
      return line;
    }

    public int column() {
      return column;
    }
  }

  /** Decodes {@code bytes}, dropping a leading byte-order mark. */
  public static String decode(byte[] bytes) throws MalformedException {
    int skip = hasBom(bytes) ? 3 : 0;
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw malformed(bytes, in.position(), skip);
    }
    result = decoder.flush(out);
    if (result.isError()) {
      throw malformed(bytes, in.position(), skip);
    }
    out.flip();
    return out.toString();
  }

  /**
   * Decodes the bytes of a named source (a file): with {@code replaceMalformed}, malformed input becomes
   * U+FFFD; otherwise it fails with a {@link CorpusFormatException} naming the source, line, column and byte.
   */
  public static String decode(String source, byte[] bytes, boolean replaceMalformed) throws CorpusFormatException {
    if (replaceMalformed) {
      return decodeReplacing(bytes);
    }
    try {
      return decode(bytes);
    } catch (MalformedException e) {
      throw new CorpusFormatException(source, e.line(), e.column(), "invalid UTF-8 at byte " + e.byteOffset());
    }
  }

  /** Decodes {@code bytes}, dropping a leading byte-order mark and replacing malformed input with U+FFFD. */
  public static String decodeReplacing(byte[] bytes) {
    int skip = hasBom(bytes) ? 3 : 0;
    return new String(bytes, skip, bytes.length - skip, StandardCharsets.UTF_8);
  }

  private static boolean hasBom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
  }

  private static MalformedException malformed(byte[] bytes, int offset, int bom) {
    int line = 1;
    int lineStart = bom; // the byte-order mark is not a character of line 1
    for (int i = bom; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int column = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8).length() + 1;
    return new MalformedException(offset, line, column);
  }
}

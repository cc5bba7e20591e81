package org.framelens.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines at {@code \n} (dropping a {@code \r} before it) without decoding, so that
 * a line with bad bytes can be reported by number and skipped. Memory is bounded by the longest line. Not
 * thread-safe.
 */
final class ByteLines {
  private final InputStream in;
  private final byte[] chunk = new byte[1 << 16];
  private int position;
  private int limit;
  private byte[] line = new byte[8192];
  private int length;

  ByteLines(InputStream in) {
    this.in = in;
  }

  /** Reads the next line; false at the end of the input. */
  boolean next() throws IOException {
    length = 0;
    boolean any = false;
    while (true) {
      if (position == limit) {
        limit = in.read(chunk);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          return any;
        }
      }
      any = true;
      int start = position;
      while (position < limit && chunk[position] != '\n') {
        position++;
      }
      append(start, position - start);
      if (position < limit) {
        position++; // the line break
        if (length > 0 && line[length - 1] == '\r') {
          length--;
        }
        return true;
      }
    }
  }

  /** The current line's bytes, without its line break. */
  byte[] bytes() {
    return Arrays.copyOf(line, length);
  }

  private void append(int from, int count) {
    if (length + count > line.length) {
      line = Arrays.copyOf(line, Math.max(line.length * 2, length + count));
    }
    System.arraycopy(chunk, from, line, length, count);
    length += count;
  }
}

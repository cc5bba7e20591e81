package org.framelens.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits RFC 4180 CSV bytes into raw rows without decoding them, so that a caller can name each row's
 * physical line, copy a bad row byte for byte and decode with its own UTF-8 policy. Not API.
 *
 * <p>A row ends at a line feed outside quotes; a quote opens a quoted field only at the start of a field
 * (as in Apache Commons CSV), and {@code ""} inside quotes is an escaped quote. A carriage return before the
 * line feed is dropped. Memory is bounded by the longest row. Not thread-safe.
 */
public final class CsvRows {
  private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED }

  private final InputStream in;
  private final byte[] chunk = new byte[1 << 16];
  private int pos;
  private int limit;
  private long offset;
  private int nextLine = 1;

  private byte[] row = new byte[8192];
  private int length;
  private int line;
  private long start;
  private boolean newline;
  private boolean openQuote;
  private int strayAfterQuote;

  /** Reads rows from {@code in} (not closed by this class). */
  public CsvRows(InputStream in) {
    this.in = in;
  }

  /** Reads the next row; false at the end of the input. */
  public boolean next() throws IOException {
    int b = read();
    if (b < 0) {
      return false;
    }
    line = nextLine;
    start = offset - 1;
    length = 0;
    newline = false;
    strayAfterQuote = -1;
    State state = State.FIELD_START;
    while (b >= 0) {
      if (b == '\n') {
        nextLine++;
        if (state != State.QUOTED) {
          newline = true;
          break;
        }
      }
      if (state == State.QUOTE_IN_QUOTED && b != '"' && b != ',' && b != '\r' && strayAfterQuote < 0) {
        strayAfterQuote = length;
      }
      state = step(state, b);
      append(b);
      b = read();
    }
    openQuote = state == State.QUOTED;
    if (length > 0 && row[length - 1] == '\r' && !openQuote) {
      length--;
    }
    return true;
  }

  private static State step(State state, int b) {
    return switch (state) {
      case FIELD_START -> b == '"' ? State.QUOTED : b == ',' ? State.FIELD_START : State.UNQUOTED;
      case UNQUOTED -> b == ',' ? State.FIELD_START : State.UNQUOTED;
      case QUOTED -> b == '"' ? State.QUOTE_IN_QUOTED : State.QUOTED;
      case QUOTE_IN_QUOTED -> b == '"' ? State.QUOTED : b == ',' ? State.FIELD_START : State.UNQUOTED;
    };
  }

  /** The raw bytes of the row read last, without its line break. */
  public byte[] bytes() {
    return Arrays.copyOf(row, length);
  }

  /** The 1-based physical line on which the row read last starts. */
  public int line() {
    return line;
  }

  /** The byte offset in the input at which the row read last starts. */
  public long start() {
    return start;
  }

  /** The byte offset just past the row read last, including its line break. */
  public long end() {
    return offset;
  }

  /** Whether the row read last ended with a line feed (false for a last row cut off or without one). */
  public boolean endsWithNewline() {
    return newline;
  }

  /** Whether the row read last ran to the end of the input inside a quoted field. */
  public boolean openQuote() {
    return openQuote;
  }

  /**
   * The index in {@link #bytes()} of the first byte that follows the closing quote of a quoted field
   * without being a delimiter or line break (a quote inside a field that was not doubled), or -1.
   */
  public int strayAfterQuote() {
    return strayAfterQuote;
  }

  private void append(int b) {
    if (length == row.length) {
      row = Arrays.copyOf(row, row.length * 2);
    }
    row[length++] = (byte) b;
  }

  private int read() throws IOException {
    if (pos == limit) {
      limit = in.read(chunk, 0, chunk.length);
      pos = 0;
      if (limit <= 0) {
        limit = 0;
        return -1;
      }
    }
    offset++;
    return chunk[pos++] & 0xFF;
  }
}

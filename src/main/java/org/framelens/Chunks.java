package org.framelens;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a long text into chunks of at most {@code max} characters at natural boundaries: a line break, else
 * the end of a sentence, else a space, searched in the last fifth of each window; only text without any of
 * those is cut hard (never inside a surrogate pair).
 */
final class Chunks {
  private Chunks() {}

  /** {@code [start, end)} pairs covering {@code text}. */
  static List<int[]> split(String text, int max) {
    List<int[]> chunks = new ArrayList<>();
    int start = 0;
    while (text.length() - start > max) {
      int end = cut(text, start, start + max);
      chunks.add(new int[] {start, end});
      start = end;
    }
    chunks.add(new int[] {start, text.length()});
    return chunks;
  }

  private static int cut(String text, int start, int limit) {
    int floor = limit - (limit - start) / 5;
    int newline = text.lastIndexOf('\n', limit - 1);
    if (newline >= floor) {
      return newline + 1;
    }
    for (int i = limit - 1; i >= floor; i--) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))) {
        return i + 1;
      }
    }
    int space = text.lastIndexOf(' ', limit - 1);
    if (space >= floor) {
      return space + 1;
    }
    return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
  }
}

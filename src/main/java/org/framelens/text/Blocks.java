package org.framelens.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into blocks that no sentence crosses: paragraphs (blank lines) and lines that start a new
 * unit (a heading followed by a capitalised line, a list item). A line wrapped mid-sentence stays joined.
 */
final class Blocks {
  private Blocks() {}

  /** Returns {@code [start, end)} pairs of non-blank blocks, trimmed of surrounding whitespace. */
  static List<int[]> split(String text) {
    List<int[]> blocks = new ArrayList<>();
    int blockStart = 0;
    int lineStart = 0;
    int n = text.length();
    for (int i = 0; i <= n; i++) {
      boolean atEnd = i == n;
      if (!atEnd && text.charAt(i) != '\n') {
        continue;
      }
      if (atEnd || breaksAfter(text, lineStart, i)) {
        addTrimmed(text, blockStart, i, blocks);
        blockStart = i + 1;
      }
      lineStart = i + 1;
    }
    return blocks;
  }

  private static boolean breaksAfter(String text, int lineStart, int newline) {
    int next = newline + 1;
    if (isBlank(text, lineStart, newline)) {
      return true;
    }
    int nextEnd = text.indexOf('\n', next);
    if (nextEnd < 0) {
      nextEnd = text.length();
    }
    if (isBlank(text, next, nextEnd)) {
      return true;
    }
    char last = lastNonSpace(text, lineStart, newline);
    char first = firstNonSpace(text, next, nextEnd);
    return ".!?:;…»\"”)".indexOf(last) >= 0
        || Character.isUpperCase(first)
        || Character.isDigit(first)
        || "-–—•*«\"“".indexOf(first) >= 0;
  }

  private static boolean isBlank(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static char lastNonSpace(String text, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return text.charAt(i);
      }
    }
    return ' ';
  }

  private static char firstNonSpace(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return text.charAt(i);
      }
    }
    return ' ';
  }

  private static void addTrimmed(String text, int from, int to, List<int[]> out) {
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    if (from < to) {
      out.add(new int[] {from, to});
    }
  }
}

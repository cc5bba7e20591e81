package org.framelens.voice;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations in a sentence of the original text: the spans between matching quotation marks
 * (“…”, „…“, «…», ‹…›, ‘…’, "…"). A quotation still open at the end of the sentence runs to its end; a
 * closing mark without an opening one closes a quotation that began before the sentence.
 */
final class Quotations {
  private Quotations() {}

  /** Spans {@code [start, end)} between the marks (marks excluded), in original-text offsets. */
  static List<int[]> find(String text, int from, int to) {
    List<int[]> spans = new ArrayList<>();
    int open = -1;
    char closer = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (open < 0) {
        char expected = closerOf(c, text, i);
        if (expected != 0) {
          open = i;
          closer = expected;
        } else if (isCloser(c, text, i) && spans.isEmpty()) {
          spans.add(new int[] {from, i});
        }
      } else if (c == closer && (closer != '’' || !isLetter(text, i + 1))) {
        spans.add(new int[] {open + 1, i});
        open = -1;
      }
    }
    if (open >= 0 && open + 1 < to) {
      spans.add(new int[] {open + 1, to});
    }
    return spans;
  }

  private static char closerOf(char c, String text, int i) {
    return switch (c) {
      case '“' -> '”';
      case '„' -> '“';
      case '«' -> '»';
      case '‹' -> '›';
      case '‘' -> '’';
      case '"' -> isOpeningStraight(text, i) ? '"' : 0;
      default -> 0;
    };
  }

  private static boolean isCloser(char c, String text, int i) {
    return c == '”' || c == '»' || c == '›' || (c == '"' && !isOpeningStraight(text, i));
  }

  /** A straight double quote opens when it is not preceded by a letter, digit or closing punctuation. */
  private static boolean isOpeningStraight(String text, int i) {
    return i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([{—–-".indexOf(text.charAt(i - 1)) >= 0;
  }

  private static boolean isLetter(String text, int i) {
    return i < text.length() && Character.isLetter(text.charAt(i));
  }
}

package org.framelens.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A rule-based tokenizer for alphabetic scripts: words (letters and digits, with inner hyphens,
 * apostrophes and decimal separators) and single punctuation marks (runs of dots stay together).
 */
final class RuleTokenizer {
  private RuleTokenizer() {}

  /** Token spans {@code [start, end)} of {@code text} within {@code [from, to)}, as flat pairs. */
  static List<int[]> tokenize(String text, int from, int to) {
    List<int[]> tokens = new ArrayList<>();
    int i = from;
    while (i < to) {
      int cp = text.codePointAt(i);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        i += Character.charCount(cp);
      } else if (isWordChar(cp)) {
        int end = wordEnd(text, i, to);
        tokens.add(new int[] {i, end});
        i = end;
      } else {
        int end = i + Character.charCount(cp);
        while (cp == '.' && end < to && text.charAt(end) == '.') {
          end++;
        }
        tokens.add(new int[] {i, end});
        i = end;
      }
    }
    return tokens;
  }

  private static int wordEnd(String text, int start, int to) {
    int i = start;
    while (i < to) {
      int cp = text.codePointAt(i);
      if (isWordChar(cp)) {
        i += Character.charCount(cp);
      } else if (isJoiner(text, i, cp) && i + 1 < to && isWordChar(text.codePointAt(i + 1))) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  private static boolean isJoiner(String text, int i, int cp) {
    if (cp == '-' || cp == '\'' || cp == '\u2011') {
      return true;
    }
    // decimal separators between digits: 3,5 or 1.25
    return (cp == ',' || cp == '.')
        && i > 0
        && Character.isDigit(text.charAt(i - 1))
        && i + 1 < text.length()
        && Character.isDigit(text.charAt(i + 1));
  }

  static boolean isWordChar(int cp) {
    return Character.isLetterOrDigit(cp)
        || Character.getType(cp) == Character.NON_SPACING_MARK
        || Character.getType(cp) == Character.COMBINING_SPACING_MARK;
  }
}

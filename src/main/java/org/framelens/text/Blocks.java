package org.framelens.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into blocks that no sentence crosses: paragraphs (blank lines), lines that end with final
 * punctuation, list items, and headings (a line without final punctuation followed by a capitalised line).
 * A line wrapped mid-sentence stays joined when it ends with a comma, a hyphen or a function word such as
 * "with" or "the"; a wrapped line that ends with any other word before a capitalised word is taken for a
 * heading.
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
    if (".!?:;…»\"”)".indexOf(last) >= 0 || "-–—•*«\"“".indexOf(first) >= 0) {
      return true;
    }
    // a heading: a line without final punctuation, followed by a capitalised line, that does not end
    // the way a line wrapped mid-sentence does (with a comma, a hyphen or a function word)
    return Character.isUpperCase(first) && Character.isLetterOrDigit(last)
        && !CONTINUATIONS.contains(lastWord(text, lineStart, newline));
  }

  /** Words after which a sentence cannot end: a line ending with one continues on the next line. */
  private static final Set<String> CONTINUATIONS = Set.of(
      "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "from", "and", "or", "but", "as",
      "that", "than", "into", "about", "between", "against", "his", "her", "its", "their", "our", "said",
      "told", "is", "are", "was", "were", "has", "have", "had", "will", "would", "и", "в", "во", "на", "с",
      "со", "по", "к", "ко", "о", "об", "из", "за", "для", "от", "до", "у", "а", "но", "или", "что",
      "как", "не", "его", "её", "ее", "их", "заявил", "заявила", "сказал", "сказала");

  private static String lastWord(String text, int from, int to) {
    int end = to;
    while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > from && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    return text.substring(start, end).toLowerCase(java.util.Locale.ROOT);
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

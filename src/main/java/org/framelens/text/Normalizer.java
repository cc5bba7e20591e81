package org.framelens.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Unicode normalization that keeps an offset map to the original string.
 *
 * <p>The text is processed one grapheme-like segment at a time (a code point and the combining marks that
 * follow it). Each segment is NFKC-normalized, typographic apostrophes become {@code '}, invisible
 * characters (zero-width space/joiners, word joiner, BOM, soft hyphen, bidi controls) are dropped, and
 * optionally the segment is lower-cased with {@link Locale#ROOT}. Every output character records the
 * original range of its segment, so spans always map back.
 *
 * <p>Stateless and thread-safe. Empty input gives empty output.
 */
public final class Normalizer {
  private Normalizer() {}

  /** Normalizes without case folding (what sentence detection and tokenization need). */
  public static NormalizedText normalize(String original) {
    return normalize(original, false);
  }

  /** Normalizes {@code original}; with {@code foldCase} the result is also lower-cased ({@code Locale.ROOT}). */
  public static NormalizedText normalize(String original, boolean foldCase) {
    return normalize(original, foldCase, null);
  }

  /**
   * Normalizes text of a known language and also folds homoglyphs: in a word that mixes Latin, Cyrillic
   * and Greek letters, letters are replaced by their look-alikes in the language's alphabet (or, when that
   * cannot make the word single-alphabet, in the other one), so "NАТО" with a Cyrillic А reads "NATO" in
   * English and "НAТО" with a Latin A reads "НАТО" in Russian. Single-alphabet words are never changed.
   */
  public static NormalizedText normalize(String original, Language language) {
    return normalize(original, 0, original.length(), false, language);
  }

  /**
   * Normalizes the region {@code [from, to)} of {@code original} only (for documents analysed in chunks);
   * the offset map still points into the whole {@code original}.
   */
  public static NormalizedText normalize(String original, int from, int to, Language language) {
    java.util.Objects.checkFromToIndex(from, to, original.length());
    return normalize(original, from, to, false, language);
  }

  private static NormalizedText normalize(String original, boolean foldCase, Language language) {
    return normalize(original, 0, original.length(), foldCase, language);
  }

  private static NormalizedText normalize(String original, int from, int n, boolean foldCase, Language language) {
    StringBuilder out = new StringBuilder(n - from);
    int[] starts = new int[n - from + 16];
    int[] ends = new int[n - from + 16];
    int removed = 0;
    int bidi = 0;
    int i = from;
    while (i < n) {
      int cp = original.codePointAt(i);
      if (isInvisible(cp)) {
        removed++;
        bidi += isBidiControl(cp) ? 1 : 0;
        i += Character.charCount(cp);
        continue;
      }
      int segStart = i;
      int segEnd = i + Character.charCount(cp);
      while (segEnd < n) {
        int next = original.codePointAt(segEnd);
        if (isCombiningMark(next)) {
          segEnd += Character.charCount(next);
          continue;
        }
        int afterInvisible = skipInvisible(original, segEnd);
        if (afterInvisible == segEnd || afterInvisible == n
            || !isCombiningMark(original.codePointAt(afterInvisible))) {
          break;
        }
        // invisible characters between a letter and its combining mark: drop them, keep composing
        removed += original.codePointCount(segEnd, afterInvisible);
        segEnd = afterInvisible;
      }
      String segment = normalizeSegment(original, segStart, segEnd, foldCase);
      int outStart = out.length();
      out.append(segment);
      int outEnd = out.length();
      if (outEnd > starts.length) {
        int size = Math.max(outEnd, starts.length * 2);
        starts = java.util.Arrays.copyOf(starts, size);
        ends = java.util.Arrays.copyOf(ends, size);
      }
      for (int k = outStart; k < outEnd; k++) {
        starts[k] = segStart;
        ends[k] = segEnd;
      }
      i = segEnd;
    }
    List<ScriptMix> mixes = new ArrayList<>();
    if (language != null) {
      ScriptFolding.fold(out, starts, ends, original, language, mixes);
    }
    return new NormalizedText(original, from, n, out.toString(), starts, ends, removed, bidi, mixes);
  }

  private static String normalizeSegment(String s, int start, int end, boolean foldCase) {
    String segment = s.substring(start, end);
    if (!isPlainAscii(segment)) {
      segment = removeInvisible(segment);
      segment = java.text.Normalizer.normalize(segment, java.text.Normalizer.Form.NFKC);
      segment = mapPunctuation(segment);
    }
    return foldCase ? segment.toLowerCase(Locale.ROOT) : segment;
  }

  private static boolean isPlainAscii(String segment) {
    return segment.length() == 1 && segment.charAt(0) < 0x80;
  }

  private static String removeInvisible(String segment) {
    StringBuilder b = new StringBuilder(segment.length());
    segment.codePoints().filter(cp -> !isInvisible(cp)).forEach(b::appendCodePoint);
    return b.toString();
  }

  private static String mapPunctuation(String segment) {
    StringBuilder b = new StringBuilder(segment.length());
    for (int k = 0; k < segment.length(); k++) {
      char c = segment.charAt(k);
      b.append(isApostrophe(c) ? '\'' : c);
    }
    return b.toString();
  }

  static boolean isApostrophe(char c) {
    return c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '\u2032' || c == '\uFF07';
  }

  /** True for characters that never render and are removed before matching. */
  public static boolean isInvisible(int cp) {
    return cp == 0x00AD // soft hyphen
        || cp == 0x180E // Mongolian vowel separator
        || (cp >= 0x200B && cp <= 0x200F) // zero-width space, ZWNJ, ZWJ, LRM, RLM
        || (cp >= 0x202A && cp <= 0x202E) // bidi embeddings and overrides
        || (cp >= 0x2060 && cp <= 0x2064) // word joiner, invisible operators
        || (cp >= 0x2066 && cp <= 0x2069) // bidi isolates
        || cp == 0xFEFF; // BOM, zero-width no-break space
  }

  /** Bidirectional formatting controls: marks, embeddings, overrides and isolates. */
  public static boolean isBidiControl(int cp) {
    return cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
  }

  private static int skipInvisible(String s, int i) {
    while (i < s.length() && isInvisible(s.codePointAt(i))) {
      i += Character.charCount(s.codePointAt(i));
    }
    return i;
  }

  /** Marks that NFKC composes with the character before them. */
  private static boolean isCombiningMark(int cp) {
    if (cp == 0xFF9E || cp == 0xFF9F) {
      return true; // half-width katakana voiced sound marks
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }
}

package org.framelens.text;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkPositionIndexes;

/**
 * A normalized view of a caller's string that remembers, for every character, where it came from.
 *
 * <p>Each normalized character maps back to a half-open UTF-16 range {@code [start, end)} of the
 * original string (a ligature expands to several normalized characters that share one range; a dropped
 * zero-width character maps to nothing). {@link #toOriginalStart}/{@link #toOriginalEnd} turn any span of
 * the normalized text into the span of the original that produced it.
 *
 * <p>Immutable and thread-safe. Instances come from {@link Normalizer}.
 */
public final class NormalizedText {
  private final String original;
  private final String text;
  private final int[] starts;
  private final int[] ends;
  private final int removedInvisible;
  private final int removedBidi;
  private final java.util.List<ScriptMix> scriptMixes;

  private final int regionStart;
  private final int regionEnd;

  NormalizedText(String original, int regionStart, int regionEnd, String text, int[] starts, int[] ends,
      int removedInvisible, int removedBidi, java.util.List<ScriptMix> scriptMixes) {
    this.original = original;
    this.regionStart = regionStart;
    this.regionEnd = regionEnd;
    this.text = text;
    this.starts = starts;
    this.ends = ends;
    this.removedInvisible = removedInvisible;
    this.removedBidi = removedBidi;
    this.scriptMixes = java.util.List.copyOf(scriptMixes);
  }

  /** Where in {@link #original()} the normalized region starts (0 unless the text was normalized in chunks). */
  public int regionStart() {
    return regionStart;
  }

  /** The string the caller gave. */
  public String original() {
    return original;
  }

  /** The normalized text. */
  public String text() {
    return text;
  }

  /** Number of invisible characters (zero-width, soft hyphen, BOM, bidi controls) that were removed. */
  public int removedInvisible() {
    return removedInvisible;
  }

  /** How many of the removed invisible characters were bidirectional controls (LRM, RLO, isolates ...). */
  public int removedBidi() {
    return removedBidi;
  }

  /** Words and names that mix alphabets; homoglyphs in mixed words were folded (empty without a language). */
  public java.util.List<ScriptMix> scriptMixes() {
    return scriptMixes;
  }

  /** Maps the start of a normalized span to the start of the original span. */
  public int toOriginalStart(int normalizedStart) {
    checkPositionIndexes(normalizedStart, normalizedStart, text.length());
    if (normalizedStart == text.length()) {
      return regionEnd;
    }
    return starts[normalizedStart];
  }

  /** Maps the (exclusive) end of a normalized span to the (exclusive) end of the original span. */
  public int toOriginalEnd(int normalizedEnd) {
    checkPositionIndexes(normalizedEnd, normalizedEnd, text.length());
    if (normalizedEnd == 0) {
      return text.isEmpty() ? regionStart : starts[0];
    }
    return ends[normalizedEnd - 1];
  }

  /** The original substring behind the normalized span {@code [start, end)}. */
  public String originalSubstring(int normalizedStart, int normalizedEnd) {
    checkArgument(normalizedStart <= normalizedEnd, "start %s > end %s", normalizedStart, normalizedEnd);
    return original.substring(toOriginalStart(normalizedStart), toOriginalEnd(normalizedEnd));
  }

  @Override
  public String toString() {
    return text;
  }
}

package org.framelens;

import java.util.List;
import java.util.function.IntPredicate;
import org.framelens.report.Warning;
import org.framelens.text.NormalizedText;
import org.framelens.text.Normalizer;
import org.framelens.text.ScriptMix;

/** The warnings normalization gives rise to: invisible characters, bidi controls, mixed alphabets. */
final class Warnings {
  private Warnings() {}

  /** U+FFFD in the text, whatever its language: bytes that were not valid UTF-8 upstream. */
  static void addReplacementCharacters(String text, List<Warning> warnings) {
    long replaced = text.chars().filter(c -> c == 0xFFFD).count();
    if (replaced > 0) {
      span(text, cp -> cp == 0xFFFD, Warning.REPLACEMENT_CHARACTERS, replaced
          + " replacement characters (U+FFFD): the input probably held bytes that were not valid UTF-8", warnings);
    }
  }

  /** What normalization of a document (possibly chunk by chunk) found. */
  static final class Normalization {
    private int invisible;
    private int bidi;
    private final List<ScriptMix> mixes = new java.util.ArrayList<>();

    void add(NormalizedText normalized) {
      invisible += normalized.removedInvisible() - normalized.removedBidi();
      bidi += normalized.removedBidi();
      mixes.addAll(normalized.scriptMixes());
    }

    void addWarnings(String text, List<Warning> warnings) {
      if (invisible > 0) {
        span(text, cp -> Normalizer.isInvisible(cp) && !Normalizer.isBidiControl(cp), Warning.INVISIBLE_CHARACTERS,
            invisible + " invisible characters (zero-width, soft hyphen, BOM) were ignored for matching", warnings);
      }
      if (bidi > 0) {
        span(text, Normalizer::isBidiControl, Warning.BIDI_CONTROL, bidi
            + " bidirectional control characters were ignored; displayed text may differ from its logical order",
            warnings);
      }
      for (ScriptMix mix : mixes) {
        String message = mix.word()
            ? "word mixes alphabets (homoglyphs); matched as \"" + mix.readAs() + "\""
            : "name written in two alphabets: \"" + mix.text() + "\"";
        warnings.add(new Warning(Warning.MIXED_SCRIPT, mix.start(), mix.end(), message));
      }
    }
  }

  /** One warning spanning the first to the last character that {@code which} selects. */
  private static void span(String text, IntPredicate which, String code, String message, List<Warning> warnings) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < text.length(); i++) {
      if (which.test(text.charAt(i))) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    if (first >= 0) {
      warnings.add(new Warning(code, first, last + 1, message));
    }
  }
}

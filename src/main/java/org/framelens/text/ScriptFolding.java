package org.framelens.text;

import java.lang.Character.UnicodeScript;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Finds words and names that mix alphabets in normalized text and folds homoglyphs in mixed words. */
final class ScriptFolding {
  private static final Set<UnicodeScript> ALPHABETS =
      EnumSet.of(UnicodeScript.LATIN, UnicodeScript.CYRILLIC, UnicodeScript.GREEK);

  private ScriptFolding() {}

  /** Folds in place ({@code out} keeps its length, so the offset map stays valid) and reports every mix. */
  static void fold(StringBuilder out, int[] starts, int[] ends, String original, Language language,
      List<ScriptMix> mixes) {
    UnicodeScript target = language == Language.RUSSIAN ? UnicodeScript.CYRILLIC : UnicodeScript.LATIN;
    UnicodeScript other = target == UnicodeScript.LATIN ? UnicodeScript.CYRILLIC : UnicodeScript.LATIN;
    int previousStart = -1;
    int previousEnd = -1;
    UnicodeScript previousScript = null;
    int i = 0;
    while (i < out.length()) {
      if (!isWordChar(out, i)) {
        i++;
        continue;
      }
      int start = i;
      while (i < out.length() && isWordChar(out, i)) {
        i++;
      }
      Set<UnicodeScript> scripts = scriptsOf(out, start, i);
      UnicodeScript single = scripts.size() == 1 ? scripts.iterator().next() : null;
      if (scripts.size() >= 2) {
        String word = out.substring(start, i);
        String folded = folded(word, target);
        if (scriptsOf(new StringBuilder(folded), 0, folded.length()).size() != 1) {
          String alternative = folded(word, other);
          folded = scriptsOf(new StringBuilder(alternative), 0, alternative.length()).size() == 1 ? alternative : folded;
        }
        out.replace(start, i, folded);
        mixes.add(mix(original, starts[start], ends[i - 1], folded, true));
      } else if (single != null && previousScript != null && single != previousScript
          && start == previousEnd + 1 && out.charAt(previousEnd) == ' '
          && Character.isUpperCase(out.charAt(previousStart)) && Character.isUpperCase(out.charAt(start))) {
        mixes.add(mix(original, starts[previousStart], ends[i - 1], null, false));
      }
      previousStart = start;
      previousEnd = i;
      previousScript = single;
    }
  }

  private static ScriptMix mix(String original, int start, int end, String readAs, boolean word) {
    String text = original.substring(start, end);
    return new ScriptMix(start, end, text, readAs == null ? text : readAs, word);
  }

  private static String folded(String word, UnicodeScript script) {
    StringBuilder b = new StringBuilder(word.length());
    for (int k = 0; k < word.length(); k++) {
      char c = word.charAt(k);
      UnicodeScript s = UnicodeScript.of(c);
      b.append(ALPHABETS.contains(s) && s != script ? (char) Confusables.fold(c, script) : c);
    }
    return b.toString();
  }

  private static Set<UnicodeScript> scriptsOf(CharSequence s, int from, int to) {
    Set<UnicodeScript> scripts = EnumSet.noneOf(UnicodeScript.class);
    for (int k = from; k < to; k++) {
      char c = s.charAt(k);
      if (Character.isLetter(c)) {
        UnicodeScript script = UnicodeScript.of(c);
        if (ALPHABETS.contains(script)) {
          scripts.add(script);
        }
      }
    }
    return scripts;
  }

  /** Letters and combining marks in the BMP; the three alphabets all live there. */
  private static boolean isWordChar(CharSequence s, int i) {
    char c = s.charAt(i);
    int type = Character.getType(c);
    return Character.isLetter(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }
}

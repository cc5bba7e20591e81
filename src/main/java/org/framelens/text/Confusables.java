package org.framelens.text;

import com.ibm.icu.text.SpoofChecker;
import java.util.HashMap;
import java.util.Map;

/**
 * Homoglyphs between the Latin, Cyrillic and Greek alphabets ("NАТО" with a Cyrillic А), from Unicode's
 * confusables data through ICU4J's {@link SpoofChecker} skeletons. Only single letters that look like a
 * single letter of the other alphabet are mapped, so digits and multi-letter look-alikes ("m" and "rn") are
 * never produced. Built once; immutable and thread-safe.
 */
final class Confusables {
  /** Letters of the Russian alphabet that have a Latin twin; the only targets when folding into Cyrillic. */
  private static final String RUSSIAN_TWINS = "АВЕКМНОРСТУХаеорсух";

  private static final Map<Integer, Character> TO_LATIN = new HashMap<>();
  private static final Map<Integer, Character> TO_CYRILLIC = new HashMap<>();

  static {
    SpoofChecker checker = new SpoofChecker.Builder().build();
    for (int cp = 0x0370; cp < 0x0530; cp++) {
      if (!Character.isLetter(cp)) {
        continue;
      }
      String skeleton = checker.getSkeleton(SpoofChecker.ANY_CASE, new String(Character.toChars(cp)));
      if (skeleton.length() == 1 && isAsciiLetter(skeleton.charAt(0))) {
        TO_LATIN.put(cp, skeleton.charAt(0));
        if (RUSSIAN_TWINS.indexOf(cp) >= 0) {
          TO_CYRILLIC.putIfAbsent((int) skeleton.charAt(0), (char) cp);
        }
      }
    }
  }

  private Confusables() {}

  /** The look-alike of {@code cp} in {@code script}, or {@code cp} itself when there is none. */
  static int fold(int cp, Character.UnicodeScript script) {
    Character c = script == Character.UnicodeScript.LATIN ? TO_LATIN.get(cp)
        : script == Character.UnicodeScript.CYRILLIC ? TO_CYRILLIC.get(cp) : null;
    return c == null ? cp : c;
  }

  /** A look-alike of {@code c} from the other alphabet (Cyrillic for Latin, Latin for Cyrillic), if any. */
  static java.util.Optional<Character> twin(char c) {
    if (TO_CYRILLIC.containsKey((int) c)) {
      return java.util.Optional.of(TO_CYRILLIC.get((int) c));
    }
    if (Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC && TO_LATIN.containsKey((int) c)) {
      return java.util.Optional.of(TO_LATIN.get((int) c));
    }
    return java.util.Optional.empty();
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}

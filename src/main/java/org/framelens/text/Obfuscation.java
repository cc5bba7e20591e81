package org.framelens.text;

import java.util.Optional;
import java.util.Random;

/**
 * Deterministic obfuscation of the kind coordinated accounts use to slip past keyword filters: in about a
 * third of the words of four letters or more, one letter is swapped for its look-alike from the other
 * alphabet ("NАТО"), and into about a third a zero-width space or soft hyphen is inserted. For measuring
 * how well matching resists it ({@code evaluate --obfuscate}); not used in analysis. Stateless.
 */
public final class Obfuscation {
  private static final char[] INVISIBLE = {'\u200B', '\u00AD', '\u200D', '\u2060'};

  private Obfuscation() {}

  /** The obfuscated text; the same {@code text} and {@code seed} always give the same result. */
  public static String obfuscate(String text, long seed) {
    Random random = new Random(seed);
    StringBuilder out = new StringBuilder(text.length() + text.length() / 8);
    int i = 0;
    while (i < text.length()) {
      if (!Character.isLetter(text.charAt(i))) {
        out.append(text.charAt(i++));
        continue;
      }
      int start = i;
      while (i < text.length() && Character.isLetter(text.charAt(i))) {
        i++;
      }
      out.append(word(text.substring(start, i), random));
    }
    return out.toString();
  }

  private static String word(String word, Random random) {
    if (word.length() < 4) {
      return word;
    }
    StringBuilder w = new StringBuilder(word);
    if (random.nextInt(3) == 0) {
      int at = random.nextInt(w.length());
      for (int k = 0; k < w.length(); k++) {
        int pos = (at + k) % w.length();
        Optional<Character> twin = Confusables.twin(w.charAt(pos));
        if (twin.isPresent()) {
          w.setCharAt(pos, twin.get());
          break;
        }
      }
    }
    if (random.nextInt(3) == 0) {
      w.insert(1 + random.nextInt(w.length() - 1), INVISIBLE[random.nextInt(INVISIBLE.length)]);
    }
    return w.toString();
  }
}

package org.framelens.text;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Picks the language of a document by script, then by function words.
 *
 * <p>Cyrillic text is Russian unless letters that Russian lacks ({@code і ї є ґ ў}) mark it as Ukrainian or
 * Belarusian; Latin text is English when enough of its words are English function words. Anything else is
 * unsupported: {@link #detect} returns an empty result and the analyzer reports a warning. Only the first
 * {@value #SAMPLE} characters are inspected. Stateless and thread-safe.
 */
public final class LanguageDetector {
  static final int SAMPLE = 20_000;
  private static final Set<String> ENGLISH_FUNCTION_WORDS =
      Set.of(
          "the", "of", "and", "to", "in", "a", "is", "that", "for", "it", "as", "was", "with", "be",
          "by", "on", "not", "he", "she", "this", "are", "or", "his", "her", "from", "at", "which",
          "but", "have", "has", "an", "they", "its", "were", "their", "been", "will", "would", "who",
          "we", "our", "there", "can", "more", "also", "into", "than", "said");

  private LanguageDetector() {}

  /** The detected language, or empty when the text is not (recognisably) English or Russian. */
  public static Optional<Language> detect(String text) {
    int end = Math.min(text.length(), SAMPLE);
    int latin = 0;
    int cyrillic = 0;
    int nonRussianCyrillic = 0;
    int other = 0;
    for (int i = 0; i < end; ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isLetter(cp)) {
        continue;
      }
      Character.UnicodeScript script = Character.UnicodeScript.of(cp);
      if (script == Character.UnicodeScript.LATIN) {
        latin++;
      } else if (script == Character.UnicodeScript.CYRILLIC) {
        cyrillic++;
        if ("іїєґўІЇЄҐЎ".indexOf(cp) >= 0) {
          nonRussianCyrillic++;
        }
      } else {
        other++;
      }
    }
    if (cyrillic > latin && cyrillic > other) {
      return nonRussianCyrillic * 100 > cyrillic ? Optional.empty() : Optional.of(Language.RUSSIAN);
    }
    if (latin > other && looksEnglish(text.substring(0, end))) {
      return Optional.of(Language.ENGLISH);
    }
    return Optional.empty();
  }

  /** Short texts are given the benefit of the doubt; longer ones need 8% English function words. */
  private static boolean looksEnglish(String sample) {
    int words = 0;
    int function = 0;
    for (String w : sample.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
      if (w.isEmpty()) {
        continue;
      }
      words++;
      if (ENGLISH_FUNCTION_WORDS.contains(w)) {
        function++;
      }
    }
    return words < 12 || function * 100 >= words * 8;
  }
}

package org.framelens.text;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * Letters of different alphabets where one alphabet is expected: a word that mixes them ("NАТО" with a
 * Cyrillic А), or a name whose parts are written in two alphabets ("Xiao Ган").
 *
 * @param start UTF-16 offset in the original text
 * @param end UTF-16 offset after it in the original text
 * @param text the original characters
 * @param readAs how matching reads the word after folding homoglyphs (equal to {@code text} for a name)
 * @param word true for a single word mixing alphabets, false for adjacent words in different alphabets
 */
public record ScriptMix(int start, int end, String text, String readAs, boolean word) {
  public ScriptMix {
    checkArgument(0 <= start && start < end, "bad span [%s,%s)", start, end);
    requireNonNull(text, "text");
    requireNonNull(readAs, "readAs");
  }
}

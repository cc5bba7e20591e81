package org.framelens.classify;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.framelens.text.Token;

/**
 * The features of a sentence for the frame classifiers: the stems of its words, bigrams of adjacent stems,
 * and one feature per frame whose lexicon cues match in the sentence. Punctuation is left out. Features are
 * plain strings, so the same function serves training and inference. Stateless.
 */
public final class Features {
  private Features() {}

  /** Features of a sentence with these tokens and these frames' cues matching in it. */
  public static String[] of(List<Token> tokens, Collection<String> cueFrames) {
    List<String> out = new ArrayList<>(tokens.size() * 2 + cueFrames.size());
    String previous = null;
    for (Token t : tokens) {
      if (!isWord(t.form())) {
        previous = null;
        continue;
      }
      out.add("w=" + t.stem());
      if (previous != null) {
        out.add("b=" + previous + "_" + t.stem());
      }
      previous = t.stem();
    }
    for (String frame : cueFrames) {
      out.add("cue=" + frame);
    }
    return out.toArray(String[]::new);
  }

  private static boolean isWord(String form) {
    for (int i = 0; i < form.length(); i++) {
      if (Character.isLetterOrDigit(form.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}

package org.framelens.text;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * One token of a sentence.
 *
 * @param start UTF-16 offset of the first character in the <em>original</em> text
 * @param end UTF-16 offset after the last character in the original text
 * @param form the normalized, case-folded form used for exact and prefix matching
 * @param stem the Snowball stem of {@code form} for the document's language
 */
public record Token(int start, int end, String form, String stem) {
  public Token {
    checkArgument(0 <= start && start <= end, "bad token span [%s,%s)", start, end);
    requireNonNull(form, "form");
    requireNonNull(stem, "stem");
  }
}

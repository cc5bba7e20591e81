package org.framelens.text;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;

/**
 * A sentence with its tokens; offsets point into the original text.
 *
 * @param index zero-based position of the sentence in the document
 * @param start UTF-16 offset of the sentence start in the original text
 * @param end UTF-16 offset after the sentence end in the original text
 * @param tokens the tokens, in text order (never null; may be empty)
 */
public record Sentence(int index, int start, int end, List<Token> tokens) {
  public Sentence {
    checkArgument(index >= 0, "negative sentence index %s", index);
    checkArgument(0 <= start && start <= end, "bad sentence span [%s,%s)", start, end);
    tokens = List.copyOf(tokens);
  }
}

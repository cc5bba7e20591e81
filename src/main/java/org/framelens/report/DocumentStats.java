package org.framelens.report;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Size of the analysed document.
 *
 * @param characters UTF-16 length of the original text
 * @param sentences number of sentences found
 * @param tokens number of tokens found
 */
public record DocumentStats(int characters, int sentences, int tokens) {
  public DocumentStats {
    checkArgument(characters >= 0 && sentences >= 0 && tokens >= 0, "negative count");
  }
}

package org.framelens;

import java.util.List;

/** A taxonomy or lexicon file is malformed; the message names file, line and column. */
public final class LexiconFormatException extends FormatException {
  private static final long serialVersionUID = 1L;

  public LexiconFormatException(String source, int line, int column, String message) {
    this(source, line, column, message, List.of(location(source, line, column) + ": " + message));
  }

  public LexiconFormatException(
      String source, int line, int column, String message, List<String> diagnostics) {
    super(source, line, column, message, diagnostics);
  }
}

package org.framelens;

import java.util.List;

/** A corpus file (JSONL input) is malformed; the message names file, line and column. */
public final class CorpusFormatException extends FormatException {
  private static final long serialVersionUID = 1L;

  public CorpusFormatException(String source, int line, int column, String message) {
    super(source, line, column, message, List.of(location(source, line, column) + ": " + message));
  }
}

package org.framelens;

import java.util.List;

/**
 * Bad data in a file the caller gave (a lexicon, a taxonomy, a corpus): says which file, line and column.
 *
 * <p>{@link #diagnostics()} lists every problem found, the first of which is the message. Lines and columns
 * are 1-based; 0 means "not applicable" (an I/O problem with the file as a whole).
 */
public abstract class FormatException extends Exception {
  private static final long serialVersionUID = 1L;
  private final String source;
  private final int line;
  private final int column;
  private final List<String> diagnostics;

  protected FormatException(String source, int line, int column, String message, List<String> diagnostics) {
    super(location(source, line, column) + ": " + message + more(diagnostics));
    this.source = source;
    this.line = line;
    this.column = column;
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** The file (or resource) name. */
  public String source() {
    return source;
  }

  /** 1-based line, or 0. */
  public int line() {
    return line;
  }

  /** 1-based column, or 0. */
  public int column() {
    return column;
  }

  /** Every problem found, formatted {@code file:line:column: message}. */
  public List<String> diagnostics() {
    return diagnostics;
  }

  static String location(String source, int line, int column) {
    if (line <= 0) {
      return source;
    }
    return column <= 0 ? source + ":" + line : source + ":" + line + ":" + column;
  }

  private static String more(List<String> diagnostics) {
    return diagnostics.size() > 1 ? " (and " + (diagnostics.size() - 1) + " more problems)" : "";
  }
}

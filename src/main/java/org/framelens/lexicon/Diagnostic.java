package org.framelens.lexicon;

import static java.util.Objects.requireNonNull;

/**
 * One finding of the lexicon loader or linter.
 *
 * @param source file or resource name
 * @param line 1-based line, 0 for the file as a whole
 * @param column 1-based column, 0 when not applicable
 * @param severity error or warning
 * @param message what is wrong, in words
 */
public record Diagnostic(String source, int line, int column, Severity severity, String message) {
  /** How bad a finding is: errors stop loading, warnings do not. */
  public enum Severity {
    ERROR,
    WARNING
  }

  public Diagnostic {
    requireNonNull(source, "source");
    requireNonNull(severity, "severity");
    requireNonNull(message, "message");
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The location alone: {@code file:line:column}. */
  public String location() {
    return line <= 0 ? source : source + ":" + line + ":" + Math.max(column, 1);
  }

  /** {@code file:line:column: error: message}, the format of compilers and linters. */
  @Override
  public String toString() {
    return location() + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
  }
}

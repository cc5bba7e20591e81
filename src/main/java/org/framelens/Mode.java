package org.framelens;

import java.util.Locale;

/** Which evidence the analyzer uses. */
public enum Mode {
  /**
   * Lexicon evidence combined with sentence classifiers. When the taxonomy ships no classifier models, as
   * the built-in taxonomies of this version do not, hybrid analysis uses lexicon evidence only, and the
   * report's provenance says {@code mode: lexicon}.
   */
  HYBRID,
  /** Lexicon cues only. */
  LEXICON,
  /** Sentence classifiers only; requires a taxonomy with classifier models. */
  CLASSIFIER;

  /** The lower-case name used on the command line and in provenance. */
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }
}

package org.framelens.report;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What produced a piece of evidence. */
public enum EvidenceSource {
  /** A cue of the frame's lexicon matched. */
  LEXICON,
  /** A sentence classifier flagged the sentence. */
  CLASSIFIER;

  /** The lower-case name used in JSON. */
  @JsonValue
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }
}

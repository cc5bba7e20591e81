package org.framelens.report;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a document uses a frame, judged from the voices of its evidence. */
public enum Stance {
  /** Present, mostly in the author's voice. */
  PROMOTED,
  /** Present, mostly attributed to others or distanced. */
  REPORTED,
  /** Not present: the evidence is mostly negated. */
  REJECTED,
  /** Not used. */
  NONE;

  /** The lower-case name used in JSON. */
  @JsonValue
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }
}

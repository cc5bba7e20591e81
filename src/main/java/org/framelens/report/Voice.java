package org.framelens.report;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** In whose voice a piece of evidence is written. */
public enum Voice {
  /** The author states it. */
  AUTHORIAL,
  /** The author reports someone else saying or thinking it. */
  ATTRIBUTED,
  /** The author keeps a distance from it ("so-called", scare quotes, "the narrative of"). */
  DISTANCED,
  /** The text denies it. */
  NEGATED;

  /** The lower-case name used in JSON. */
  @JsonValue
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }
}

package org.framelens.corpus;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * A per-frame figure of a group of documents. Shares are of the group's documents unless said otherwise;
 * {@link #PROMOTED_AMONG_PRESENT} is undefined (null in JSON, empty in CSV) for a group where the frame is
 * never present.
 */
public enum Measure {
  /** Share of documents where the frame is present (promoted or reported). */
  PREVALENCE("share of documents where the frame is present"),
  /** Share of documents whose stance on the frame is promoted (present, mostly in the author's voice). */
  PROMOTED_SHARE("share of documents with stance promoted (present, mostly in the author's voice)"),
  /** Share of documents whose stance is reported (present, mostly attributed or distanced). */
  REPORTED_SHARE("share of documents with stance reported (present, mostly attributed or distanced)"),
  /** Share of documents whose stance is rejected (not present, evidence mostly negated). */
  REJECTED_SHARE("share of documents with stance rejected (evidence mostly negated)"),
  /** Among documents where the frame is present, the share with stance promoted. */
  PROMOTED_AMONG_PRESENT("among documents where the frame is present, the share with stance promoted"),
  /** Mean frame score over all documents (absent frames included). */
  MEAN_SCORE("mean frame score over all documents, absent frames included");

  private final String description;

  Measure(String description) {
    this.description = description;
  }

  /** The snake_case name used in CSV and JSON. */
  @JsonValue
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** What the figure is, in one line. */
  public String description() {
    return description;
  }
}

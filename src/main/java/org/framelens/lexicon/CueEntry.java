package org.framelens.lexicon;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.framelens.text.Language;

/**
 * One line of a cue lexicon, as written.
 *
 * @param frame id of the frame this cue signals
 * @param language language of the cue file
 * @param pattern the pattern text (see {@code lexicons/README.md} for the syntax)
 * @param weight specificity of the cue, in (0, 1]
 * @param exact true when every token is matched exactly (option {@code exact})
 * @param note free-text note, empty when none
 * @param source file the entry comes from
 * @param line 1-based line in that file
 */
public record CueEntry(
    String frame,
    Language language,
    String pattern,
    double weight,
    boolean exact,
    String note,
    String source,
    int line) {
  public CueEntry {
    requireNonNull(frame, "frame");
    requireNonNull(language, "language");
    requireNonNull(pattern, "pattern");
    requireNonNull(note, "note");
    requireNonNull(source, "source");
    checkArgument(weight > 0 && weight <= 1, "weight not in (0,1]: %s", weight);
  }
}

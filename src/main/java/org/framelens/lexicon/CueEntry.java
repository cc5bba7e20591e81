package org.framelens.lexicon;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;
import org.framelens.text.Language;

/**
 * One line of a cue lexicon, as written.
 *
 * @param frame id of the frame this cue signals (for an entry of a target group: the group name)
 * @param language language of the cue file
 * @param pattern the pattern text (see {@code lexicons/README.md} for the syntax)
 * @param weight specificity of the cue, in (0, 1]
 * @param exact true when every token is matched exactly (option {@code exact})
 * @param note free-text note, empty when none
 * @param source file the entry comes from
 * @param line 1-based line in that file
 * @param requires target groups of which at least one must match in the same sentence (option
 *     {@code requires=}); empty when the cue has no context constraint
 */
public record CueEntry(
    String frame,
    Language language,
    String pattern,
    double weight,
    boolean exact,
    String note,
    String source,
    int line,
    List<String> requires) {
  public CueEntry {
    requireNonNull(frame, "frame");
    requireNonNull(language, "language");
    requireNonNull(pattern, "pattern");
    requireNonNull(note, "note");
    requireNonNull(source, "source");
    checkArgument(weight > 0 && weight <= 1, "weight not in (0,1]: %s", weight);
    requires = List.copyOf(requires);
  }

  /** An entry without context constraint. */
  public CueEntry(String frame, Language language, String pattern, double weight, boolean exact, String note,
      String source, int line) {
    this(frame, language, pattern, weight, exact, note, source, line, List.of());
  }
}

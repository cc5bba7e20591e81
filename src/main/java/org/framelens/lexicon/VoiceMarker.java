package org.framelens.lexicon;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * One entry of a voice-marker lexicon: a pattern that sets the voice of the framing cues it governs.
 *
 * @param entry the pattern (its {@code frame} is the marker type, its weight 1)
 * @param type what the marker does
 * @param scope which tokens of the sentence it governs
 * @param reach for {@link Scope#NEXT}, how many tokens after the marker it governs; otherwise 0
 */
public record VoiceMarker(CueEntry entry, Type type, Scope scope, int reach) {
  /** What a marker does to the cues it governs. */
  public enum Type {
    /** Reported speech or thought: the cue is someone else's. */
    ATTRIBUTION,
    /** The author keeps a distance: so-called, alleged, scare quotes. */
    DISTANCING,
    /** The cue is denied. */
    NEGATION,
    /** Looks like a marker but is not one ("not only", "no longer"); it blocks shorter markers inside it. */
    NEUTRAL;

    /** The file name stem of this type's marker lexicon. */
    public String fileStem() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Which tokens, within the marker's clause, a marker governs. */
  public enum Scope {
    /** The whole clause. */
    CLAUSE,
    /** From the marker to the end of its clause. */
    AFTER,
    /** From the start of its clause to the marker. */
    BEFORE,
    /** The next {@code reach} tokens, stopping at a comma or the end of the clause. */
    NEXT
  }

  public VoiceMarker {
    requireNonNull(entry, "entry");
    requireNonNull(type, "type");
    requireNonNull(scope, "scope");
    checkArgument(scope == Scope.NEXT ? reach > 0 : reach == 0, "reach %s does not fit scope %s", reach, scope);
  }
}

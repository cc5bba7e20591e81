package org.framelens.report;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One piece of evidence for a frame: where it is, what matched, how strongly and in whose voice.
 *
 * @param start UTF-16 offset into the caller's original text (inclusive)
 * @param end UTF-16 offset into the caller's original text (exclusive)
 * @param text exactly {@code original.substring(start, end)}
 * @param sentence zero-based index of the sentence holding the evidence
 * @param cue the lexicon pattern that matched (or the classifier's name)
 * @param source lexicon or classifier
 * @param weight strength in (0, 1]
 * @param voice in whose voice the evidence is written
 * @param marker what set the voice; {@code null} for authorial evidence
 */
@JsonPropertyOrder({"start", "end", "text", "sentence", "cue", "source", "weight", "voice", "marker"})
public record Evidence(
    int start, int end, String text, int sentence, String cue, EvidenceSource source, double weight,
    Voice voice, Marker marker) {
  public Evidence {
    checkArgument(0 <= start && start < end, "bad evidence span [%s,%s)", start, end);
    requireNonNull(text, "text");
    checkArgument(text.length() == end - start, "text length %s != span length %s", text.length(), end - start);
    checkArgument(sentence >= 0, "negative sentence index %s", sentence);
    requireNonNull(cue, "cue");
    requireNonNull(source, "source");
    checkArgument(weight > 0 && weight <= 1, "weight not in (0,1]: %s", weight);
    requireNonNull(voice, "voice");
    checkArgument((voice == Voice.AUTHORIAL) == (marker == null),
        "a %s voice needs a marker exactly when it is not authorial", voice.value());
  }

  /** Authorial evidence (no marker). */
  public Evidence(int start, int end, String text, int sentence, String cue, EvidenceSource source,
      double weight) {
    this(start, end, text, sentence, cue, source, weight, Voice.AUTHORIAL, null);
  }
}

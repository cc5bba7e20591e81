package org.framelens.report;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * How strongly a document uses one frame, and the evidence for it.
 *
 * @param id frame id
 * @param label frame label
 * @param parent parent frame id, or {@code null}
 * @param score document score in [0, 1]
 * @param present whether the frame is invoked (score at or above the frame's threshold, negated evidence
 *     not counting)
 * @param stance promoted, reported, rejected or none
 * @param endorsement share of the evidence weight written in the author's voice, in [0, 1] (0 without evidence)
 * @param density pieces of (non-negated) evidence per 1,000 tokens
 * @param firstSentence index of the first sentence with non-negated evidence, or {@code null}
 * @param evidence every piece of evidence, in text order
 */
@JsonPropertyOrder({"id", "label", "parent", "score", "present", "stance", "endorsement", "density",
    "firstSentence", "evidence"})
public record FrameScore(
    String id, String label, String parent, double score, boolean present, Stance stance, double endorsement,
    double density, Integer firstSentence, List<Evidence> evidence) {
  public FrameScore {
    requireNonNull(id, "id");
    requireNonNull(label, "label");
    checkArgument(score >= 0 && score <= 1, "score of %s not in [0,1]: %s", id, score);
    requireNonNull(stance, "stance");
    checkArgument(endorsement >= 0 && endorsement <= 1, "endorsement of %s not in [0,1]: %s", id, endorsement);
    checkArgument(density >= 0, "negative density %s", density);
    checkArgument(firstSentence == null || firstSentence >= 0, "bad first sentence %s", firstSentence);
    evidence = List.copyOf(evidence);
  }
}

package org.framelens.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.framelens.lexicon.Frame;
import org.framelens.report.Evidence;
import org.framelens.report.FrameScore;
import org.framelens.report.Stance;
import org.framelens.report.Voice;

/**
 * Scoring v1: from a frame's evidence to its document score, presence, stance and endorsement.
 *
 * <ul>
 *   <li><b>Sentence score</b>: the noisy-or of the weights of the frame's non-negated evidence in the
 *       sentence, {@code 1 - Π(1 - w)}: one strong cue is enough, several weak ones add up and saturate.
 *   <li><b>Document score</b>: a rank-discounted noisy-or over the {@value #TOP_SENTENCES} strongest
 *       sentences, {@code 1 - Π_r (1 - s_r)^(1/r)}. It depends on the strongest passages, not on how long
 *       the document is: padding an article with more text, or repeating a weak cue a hundred times, cannot
 *       raise it beyond what its five best sentences give.
 *   <li><b>Present</b>: document score at or above the frame's threshold. Negated evidence never counts.
 *   <li><b>Endorsement</b>: share of all evidence weight written in the author's voice.
 *   <li><b>Stance</b>: present frames are {@code promoted} when endorsement is at least 0.5, otherwise
 *       {@code reported}; absent frames are {@code rejected} when negated evidence outweighs the rest,
 *       otherwise {@code none}.
 * </ul>
 *
 * <p>Scores are rounded to four decimals so that reports print and compare cleanly. Stateless.
 */
public final class Scoring {
  /** How many of the strongest sentences make the document score. */
  public static final int TOP_SENTENCES = 5;

  private Scoring() {}

  /** The frame's score over {@code evidence} (in text order) in a document of {@code tokens} tokens. */
  public static FrameScore score(Frame frame, double threshold, List<Evidence> evidence, int tokens) {
    Map<Integer, Double> keep = new TreeMap<>();
    double total = 0;
    double authorial = 0;
    double negated = 0;
    int counted = 0;
    Integer first = null;
    for (Evidence e : evidence) {
      total += e.weight();
      if (e.voice() == Voice.AUTHORIAL) {
        authorial += e.weight();
      }
      if (e.voice() == Voice.NEGATED) {
        negated += e.weight();
        continue;
      }
      counted++;
      first = first == null ? e.sentence() : Math.min(first, e.sentence());
      keep.merge(e.sentence(), 1 - e.weight(), (a, b) -> a * b);
    }
    double score = round(documentScore(keep.values().stream().map(miss -> 1 - miss).toList()));
    boolean present = counted > 0 && score >= threshold;
    double endorsement = total == 0 ? 0 : round(authorial / total);
    Stance stance = present
        ? (endorsement >= 0.5 ? Stance.PROMOTED : Stance.REPORTED)
        : (negated > 0 && negated >= total - negated ? Stance.REJECTED : Stance.NONE);
    double density = tokens == 0 ? 0 : round(counted * 1000.0 / tokens);
    return new FrameScore(frame.id(), frame.label(), frame.parent(), score, present, stance, endorsement,
        density, first, evidence);
  }

  /**
   * The evidence a frame is scored on: its own, plus that of its {@code descendants} (a narrative is present
   * when one of its subnarratives is), in text order. The same span found by the same source for several of
   * these frames counts once, with its highest weight, so a cue listed for a narrative and for one of its
   * subnarratives, or a sentence both classifiers accept, is not counted twice.
   */
  public static List<Evidence> rolledUp(String frame, List<String> descendants, Map<String, List<Evidence>> evidence) {
    List<Evidence> own = evidence.getOrDefault(frame, List.of());
    if (descendants.isEmpty()) {
      return own;
    }
    Map<String, Evidence> unique = new java.util.HashMap<>();
    for (String id : com.google.common.collect.Iterables.concat(List.of(frame), descendants)) {
      for (Evidence e : evidence.getOrDefault(id, List.of())) {
        unique.merge(e.start() + ":" + e.end() + ":" + e.source(), e,
            (a, b) -> b.weight() > a.weight() ? b : a);
      }
    }
    List<Evidence> out = new ArrayList<>(unique.values());
    out.sort(Comparator.comparingInt(Evidence::start).thenComparingInt(Evidence::end)
        .thenComparing(Evidence::source).thenComparing(Evidence::cue));
    return out;
  }

  /** Rank-discounted noisy-or over the strongest {@value #TOP_SENTENCES} sentence scores. */
  static double documentScore(List<Double> sentenceScores) {
    List<Double> sorted = new ArrayList<>(sentenceScores);
    sorted.sort(Comparator.reverseOrder());
    double miss = 1;
    for (int r = 0; r < Math.min(TOP_SENTENCES, sorted.size()); r++) {
      miss *= Math.pow(1 - sorted.get(r), 1.0 / (r + 1));
    }
    return Math.min(1, Math.max(0, 1 - miss));
  }

  /** Sorts frame scores by score (highest first), then id. */
  public static List<FrameScore> sorted(List<FrameScore> scores) {
    List<FrameScore> out = new ArrayList<>(scores);
    out.sort(Comparator.comparingDouble(FrameScore::score).reversed().thenComparing(FrameScore::id));
    return out;
  }

  static double round(double x) {
    return Math.round(x * 10_000) / 10_000.0;
  }
}

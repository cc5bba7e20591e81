package org.framelens.corpus;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.framelens.report.Evidence;
import org.framelens.report.FrameScore;
import org.framelens.report.FramingReport;
import org.framelens.report.Voice;

/**
 * Agreement of evidence voices with gold voices. Each gold item names a frame, the cue words as they
 * appear in the text, and the voice a careful coder gives them; the item is <em>covered</em> when the
 * report has lexicon evidence of that frame overlapping the cue words (classifier evidence spans whole
 * sentences and is not scored here), and <em>correct</em> when that evidence has
 * the gold voice. Accuracy is over covered items. Not thread-safe.
 */
public final class VoiceEvaluation {
  private final Map<Voice, Map<Voice, Integer>> confusion = new EnumMap<>(Voice.class);
  private int items;
  private int covered;
  private int correct;

  /** Adds one item; returns the predicted voice, or empty when the cue was not found as evidence. */
  public Optional<Voice> add(FramingReport report, String text, String frame, String cue, Voice gold) {
    items++;
    int start = text.indexOf(cue);
    if (start < 0) {
      throw new IllegalArgumentException("cue '" + cue + "' does not occur in the text");
    }
    int end = start + cue.length();
    Optional<Voice> predicted = report.frame(frame).map(FrameScore::evidence).orElseThrow(
            () -> new IllegalArgumentException("unknown frame '" + frame + "'"))
        .stream()
        .filter(e -> e.source() == org.framelens.report.EvidenceSource.LEXICON)
        .filter(e -> e.start() < end && start < e.end())
        .map(Evidence::voice)
        .findFirst();
    predicted.ifPresent(p -> {
      covered++;
      if (p == gold) {
        correct++;
      }
      confusion.computeIfAbsent(gold, g -> new EnumMap<>(Voice.class)).merge(p, 1, Integer::sum);
    });
    return predicted;
  }

  public int items() {
    return items;
  }

  public int covered() {
    return covered;
  }

  /** Share of covered items whose voice is right (0 when none is covered). */
  public double accuracy() {
    return covered == 0 ? 0 : correct / (double) covered;
  }

  /** A Markdown summary: coverage, accuracy and the confusion matrix (rows gold, columns predicted). */
  public String toMarkdown() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "items %d, covered by evidence %d (%.1f%%), voice accuracy %.3f%n%n",
        items, covered, items == 0 ? 0 : 100.0 * covered / items, accuracy()));
    b.append("| gold \\ predicted |");
    for (Voice v : Voice.values()) {
      b.append(' ').append(v.value()).append(" |");
    }
    b.append("\n|---|");
    b.append("---:|".repeat(Voice.values().length)).append('\n');
    for (Voice g : Voice.values()) {
      b.append("| ").append(g.value()).append(" |");
      for (Voice p : Voice.values()) {
        b.append(' ').append(confusion.getOrDefault(g, Map.of()).getOrDefault(p, 0)).append(" |");
      }
      b.append('\n');
    }
    return b.toString();
  }
}

package org.framelens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.framelens.lexicon.Frame;
import org.framelens.lexicon.Taxonomy;
import org.framelens.report.Evidence;
import org.framelens.report.FrameScore;
import org.framelens.report.FramingReport;
import org.framelens.report.Stance;
import org.framelens.report.Voice;
import org.framelens.report.Warning;

/**
 * The invariants every report must keep. Every test that produces a report checks it here: offsets in
 * range and equal to the source substring, scores in [0,1], every frame listed once and sorted, presence
 * and stance consistent with the evidence.
 */
public final class ReportInvariants {
  private ReportInvariants() {}

  /** Checks {@code report}, produced from {@code original} against {@code taxonomy}. */
  public static FramingReport check(FramingReport report, String original, Taxonomy taxonomy) {
    assertThat(report.schemaVersion()).isEqualTo("1");
    assertThat(report.taxonomy().id()).isEqualTo(taxonomy.id());
    assertThat(report.stats().characters()).isEqualTo(original.length());
    Set<String> expected = taxonomy.frames().stream().map(Frame::id).collect(Collectors.toSet());
    List<String> ids = report.frames().stream().map(FrameScore::id).toList();
    assertThat(ids).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
    for (int i = 1; i < report.frames().size(); i++) {
      FrameScore a = report.frames().get(i - 1);
      FrameScore b = report.frames().get(i);
      assertThat(a.score() > b.score() || (a.score() == b.score() && a.id().compareTo(b.id()) < 0))
          .as("frames sorted by score then id: %s before %s", a.id(), b.id()).isTrue();
    }
    report.frames().forEach(f -> checkFrame(f, original, report.stats().sentences()));
    for (Warning w : report.warnings()) {
      assertThat(w.start()).isBetween(0, original.length());
      assertThat(w.end()).isBetween(w.start(), original.length());
    }
    return report;
  }

  /** Checks against the default taxonomy. */
  public static FramingReport check(FramingReport report, String original) {
    return check(report, original, DefaultTaxonomy.INSTANCE);
  }

  private static final class DefaultTaxonomy {
    static final Taxonomy INSTANCE = Taxonomy.defaultTaxonomy();
  }

  private static void checkFrame(FrameScore f, String original, int sentences) {
    assertThat(f.score()).as("score of %s", f.id()).isBetween(0.0, 1.0);
    assertThat(f.endorsement()).as("endorsement of %s", f.id()).isBetween(0.0, 1.0);
    int previousStart = -1;
    for (Evidence e : f.evidence()) {
      assertThat(e.start()).as("evidence start").isBetween(0, original.length() - 1);
      assertThat(e.end()).as("evidence end").isBetween(e.start() + 1, original.length());
      assertThat(original.substring(e.start(), e.end())).as("evidence text of %s", f.id()).isEqualTo(e.text());
      assertThat(e.sentence()).isBetween(0, Math.max(0, sentences - 1));
      assertThat(e.weight()).isGreaterThan(0.0).isLessThanOrEqualTo(1.0);
      assertThat(e.start()).as("evidence in text order").isGreaterThanOrEqualTo(previousStart);
      previousStart = e.start();
    }
    boolean hasCountedEvidence = f.evidence().stream().anyMatch(e -> e.voice() != Voice.NEGATED);
    if (f.present()) {
      assertThat(hasCountedEvidence).as("present frame %s has non-negated evidence", f.id()).isTrue();
      assertThat(f.stance()).isIn(Stance.PROMOTED, Stance.REPORTED);
      assertThat(f.firstSentence()).isNotNull();
    } else {
      assertThat(f.stance()).isIn(Stance.REJECTED, Stance.NONE);
    }
    if (f.evidence().isEmpty()) {
      assertThat(f.score()).isZero();
      assertThat(f.firstSentence()).isNull();
    }
  }
}

package org.framelens.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.framelens.lexicon.Frame;
import org.framelens.report.Evidence;
import org.framelens.report.EvidenceSource;
import org.framelens.report.FrameScore;
import org.framelens.report.Marker;
import org.framelens.report.Stance;
import org.framelens.report.Voice;
import org.junit.jupiter.api.Test;

class ScoringTest {
  private static final Frame FRAME = new Frame("f", "F", null, 0.5, "");

  private static Evidence ev(int sentence, double weight, Voice voice) {
    Marker marker = voice == Voice.AUTHORIAL ? null : new Marker(sentence * 10, sentence * 10 + 1, "m", "m");
    return new Evidence(sentence * 10, sentence * 10 + 3, "cue", sentence, "cue", EvidenceSource.LEXICON, weight,
        voice, marker);
  }

  @Test
  void score_noEvidence_zeroAndNone() {
    FrameScore s = Scoring.score(FRAME, 0.5, List.of(), 100);
    assertThat(s.score()).isZero();
    assertThat(s.present()).isFalse();
    assertThat(s.stance()).isEqualTo(Stance.NONE);
    assertThat(s.endorsement()).isZero();
    assertThat(s.firstSentence()).isNull();
  }

  @Test
  void score_oneStrongCue_scoreIsItsWeight() {
    FrameScore s = Scoring.score(FRAME, 0.5, List.of(ev(2, 0.9, Voice.AUTHORIAL)), 200);
    assertThat(s.score()).isEqualTo(0.9);
    assertThat(s.present()).isTrue();
    assertThat(s.stance()).isEqualTo(Stance.PROMOTED);
    assertThat(s.endorsement()).isEqualTo(1.0);
    assertThat(s.density()).isEqualTo(5.0);
    assertThat(s.firstSentence()).isEqualTo(2);
  }

  @Test
  void score_cuesInOneSentence_combineByNoisyOr() {
    FrameScore s = Scoring.score(FRAME, 0.5, List.of(ev(0, 0.5, Voice.AUTHORIAL), ev(0, 0.5, Voice.AUTHORIAL)), 10);
    assertThat(s.score()).isEqualTo(0.75);
  }

  @Test
  void documentScore_laterSentencesDiscountedByRank() {
    assertThat(Scoring.documentScore(List.of(0.5, 0.5))).isCloseTo(1 - 0.5 * Math.sqrt(0.5), within(1e-12));
  }

  @Test
  void documentScore_onlyTopSentencesCount_boundedWhateverTheLength() {
    List<Double> five = new ArrayList<>();
    List<Double> many = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      if (i < Scoring.TOP_SENTENCES) {
        five.add(0.3);
      }
      many.add(0.3);
    }
    assertThat(Scoring.documentScore(many)).isEqualTo(Scoring.documentScore(five)).isLessThan(0.6);
  }

  @Test
  void documentScore_alwaysInUnitInterval() {
    java.util.Random random = new java.util.Random(7);
    for (int trial = 0; trial < 1000; trial++) {
      List<Double> scores = new ArrayList<>();
      for (int i = random.nextInt(20); i > 0; i--) {
        scores.add(random.nextDouble());
      }
      assertThat(Scoring.documentScore(scores)).isBetween(0.0, 1.0);
    }
  }

  @Test
  void score_attributedMajority_reported() {
    FrameScore s = Scoring.score(FRAME, 0.5,
        List.of(ev(0, 0.9, Voice.ATTRIBUTED), ev(1, 0.3, Voice.AUTHORIAL)), 100);
    assertThat(s.present()).isTrue();
    assertThat(s.stance()).isEqualTo(Stance.REPORTED);
    assertThat(s.endorsement()).isEqualTo(0.25);
  }

  @Test
  void score_onlyNegatedEvidence_notPresentAndRejected() {
    FrameScore s = Scoring.score(FRAME, 0.5, List.of(ev(0, 1.0, Voice.NEGATED)), 100);
    assertThat(s.score()).isZero();
    assertThat(s.present()).isFalse();
    assertThat(s.stance()).isEqualTo(Stance.REJECTED);
    assertThat(s.firstSentence()).isNull();
    assertThat(s.evidence()).hasSize(1);
  }

  @Test
  void score_belowThreshold_notPresent() {
    FrameScore s = Scoring.score(FRAME, 0.5, List.of(ev(0, 0.3, Voice.AUTHORIAL)), 100);
    assertThat(s.present()).isFalse();
    assertThat(s.stance()).isEqualTo(Stance.NONE);
    assertThat(s.score()).isEqualTo(0.3);
  }

  @Test
  void sorted_byScoreThenId() {
    FrameScore a = Scoring.score(new Frame("b", "B", null, 0.5, ""), 0.5, List.of(), 1);
    FrameScore b = Scoring.score(new Frame("a", "A", null, 0.5, ""), 0.5, List.of(), 1);
    FrameScore c = Scoring.score(FRAME, 0.5, List.of(ev(0, 0.4, Voice.AUTHORIAL)), 1);
    assertThat(Scoring.sorted(List.of(a, b, c))).extracting(FrameScore::id).containsExactly("f", "a", "b");
  }
}

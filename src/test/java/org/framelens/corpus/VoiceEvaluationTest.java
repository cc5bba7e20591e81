package org.framelens.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.framelens.Framelens;
import org.framelens.ReportInvariants;
import org.framelens.report.FramingReport;
import org.framelens.report.Voice;
import org.junit.jupiter.api.Test;

class VoiceEvaluationTest {
  private static FramingReport report(String text) {
    return ReportInvariants.check(Framelens.analyze(text), text);
  }

  @Test
  void add_coveredItems_countAccuracyAndConfusion() {
    VoiceEvaluation e = new VoiceEvaluation();
    String said = "Western aggression threatens us, the minister said.";
    String bare = "Western aggression threatens us.";
    String none = "The weather was fine.";
    assertThat(e.add(report(said), said, "western_aggression", "Western aggression", Voice.ATTRIBUTED))
        .contains(Voice.ATTRIBUTED);
    assertThat(e.add(report(bare), bare, "western_aggression", "Western aggression", Voice.NEGATED))
        .contains(Voice.AUTHORIAL);
    assertThat(e.add(report(none), none, "western_aggression", "weather", Voice.AUTHORIAL)).isEmpty();
    assertThat(e.items()).isEqualTo(3);
    assertThat(e.covered()).isEqualTo(2);
    assertThat(e.accuracy()).isEqualTo(0.5);
    assertThat(e.toMarkdown()).contains("items 3, covered by evidence 2 (66.7%), voice accuracy 0.500")
        .contains("| negated | 1 | 0 | 0 | 0 |");
  }

  @Test
  void add_cueNotInText_rejected() {
    VoiceEvaluation e = new VoiceEvaluation();
    assertThatThrownBy(() -> e.add(report("Hello."), "Hello.", "sovereignty", "sovereignty", Voice.AUTHORIAL))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not occur");
  }
}

package org.framelens.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.framelens.ReportInvariants;
import org.framelens.lexicon.Frame;
import org.framelens.lexicon.Taxonomy;
import org.framelens.report.FramingReport;
import org.junit.jupiter.api.Test;

class EvaluationTest {
  private static final List<String> FRAMES =
      Taxonomy.defaultTaxonomy().frames().stream().map(Frame::id).toList();

  private static final org.framelens.FramingAnalyzer LEXICON =
      org.framelens.FramingAnalyzer.builder().mode(org.framelens.Mode.LEXICON).build();

  private static FramingReport report(String text) {
    return ReportInvariants.check(LEXICON.analyze(text), text);
  }

  @Test
  void result_countsTruePositivesFalsePositivesAndMisses() {
    Evaluation e = new Evaluation(FRAMES);
    e.add(report("Sanctions have failed and import substitution works."), Set.of("resilience"));
    e.add(report("Sanctions have failed."), Set.of());
    e.add(report("The football season starts on Saturday."), Set.of("victimhood"));
    Evaluation.Result r = e.result();
    assertThat(r.documents()).isEqualTo(3);
    Evaluation.Row resilience = r.frames().stream().filter(x -> x.frame().equals("resilience")).findFirst()
        .orElseThrow();
    assertThat(resilience.truePositives()).isEqualTo(1);
    assertThat(resilience.falsePositives()).isEqualTo(1);
    assertThat(resilience.precision()).isEqualTo(0.5);
    assertThat(resilience.recall()).isEqualTo(1.0);
    assertThat(resilience.f1()).isCloseTo(2 / 3.0, within(1e-12));
    assertThat(r.micro().falseNegatives()).isEqualTo(1);
    assertThat(r.micro().precision()).isEqualTo(0.5);
    assertThat(r.micro().recall()).isEqualTo(0.5);
    assertThat(r.macro().f1()).isCloseTo((2 / 3.0 + 0) / 2, within(1e-12));
    assertThat(r.toMarkdown()).contains("| resilience | 1 | 1 | 1 | 0 | 0.500 | 1.000 | 0.667 |");
  }

  @Test
  void add_unknownGoldLabel_rejected() {
    Evaluation e = new Evaluation(FRAMES);
    assertThatThrownBy(() -> e.add(report("Hello."), Set.of("nonsense")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nonsense");
  }
}

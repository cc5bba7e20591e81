package org.framelens.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogOddsDirichletTest {
  @Test
  void score_symmetricCounts_handWorkedDeltaAndZ() {
    // y_a = {x:3, y:1}, y_b = {x:1, y:3}, prior = pooled {x:4, y:4}: n_a = n_b = 4, α0 = 8.
    // δ_x = ln(7 / (4 + 8 - 3 - 4)) - ln(5 / (4 + 8 - 1 - 4)) = ln(7/5) - ln(5/7) = 0.672944
    // σ² = 1/7 + 1/5 = 0.342857; z = 0.672944 / 0.585540 = 1.149271
    List<LogOddsDirichlet.Score> scores = LogOddsDirichlet.score(Map.of("x", 3L, "y", 1L),
        Map.of("x", 1L, "y", 3L), Map.of("x", 4L, "y", 4L));
    assertThat(scores).extracting(LogOddsDirichlet.Score::word).containsExactly("x", "y");
    LogOddsDirichlet.Score x = scores.get(0);
    assertThat(x.delta()).isCloseTo(2 * Math.log(1.4), within(1e-12));
    assertThat(x.variance()).isCloseTo(12.0 / 35, within(1e-12));
    assertThat(x.z()).isCloseTo(1.149271, within(1e-6));
    assertThat(scores.get(1).z()).isCloseTo(-1.149271, within(1e-6));
  }

  @Test
  void score_priorFromLargerCorpus_usesItsTotalAsAlpha0() {
    // A = {x:2, y:1}, B = {x:1, y:4}, third group C = {x:1, y:1, z:2}; prior = pooled {x:4, y:6, z:2}, α0 = 12.
    // δ_x = ln(6/9) - ln(5/12) = 0.470004, σ² = 1/6 + 1/5, z = 0.776185
    // δ_y = ln(7/8) - ln(10/7) = -0.490206, σ² = 1/7 + 1/10, z = -0.994726
    List<LogOddsDirichlet.Score> scores = LogOddsDirichlet.score(Map.of("x", 2L, "y", 1L),
        Map.of("x", 1L, "y", 4L), Map.of("x", 4L, "y", 6L, "z", 2L));
    assertThat(scores).extracting(LogOddsDirichlet.Score::word).containsExactly("x", "y");
    assertThat(scores.get(0).delta()).isCloseTo(0.470004, within(1e-6));
    assertThat(scores.get(0).z()).isCloseTo(0.776185, within(1e-6));
    assertThat(scores.get(1).delta()).isCloseTo(-0.490206, within(1e-6));
    assertThat(scores.get(1).z()).isCloseTo(-0.994726, within(1e-6));
    assertThat(scores.get(1).prior()).isEqualTo(6);
  }

  @Test
  void score_wordWithoutPrior_isRejected() {
    assertThatThrownBy(() -> LogOddsDirichlet.score(Map.of("x", 1L), Map.of(), Map.of("y", 1L)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'x'");
  }

  @Test
  void score_singleWordVocabulary_hasNoOdds() {
    List<LogOddsDirichlet.Score> scores = LogOddsDirichlet.score(Map.of("x", 2L), Map.of("x", 1L),
        Map.of("x", 3L));
    assertThat(scores).singleElement().satisfies(s -> assertThat(s.z()).isNaN());
  }
}

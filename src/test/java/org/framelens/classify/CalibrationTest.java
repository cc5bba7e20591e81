package org.framelens.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CalibrationTest {
  @Test
  void platt_overconfidentScores_slopeBelowOne() {
    Random random = new Random(1);
    List<double[]> scored = new ArrayList<>();
    for (int i = 0; i < 4000; i++) {
      double truth = random.nextDouble();
      boolean gold = random.nextDouble() < truth;
      double overconfident = truth > 0.5 ? 1 - (1 - truth) / 10 : truth / 10;
      scored.add(new double[] {overconfident, gold ? 1 : 0});
    }
    double[] ab = Calibration.platt(scored);
    assertThat(ab[0]).isBetween(0.05, 0.9);
  }

  @Test
  void bestThreshold_separableScores_splitsThem() {
    List<double[]> scored = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      scored.add(new double[] {0.1 + i * 0.001, 0});
      scored.add(new double[] {0.7 + i * 0.001, 1});
    }
    double t = Calibration.bestThreshold(scored, p -> p);
    assertThat(t).isBetween(0.15, 0.7);
    assertThat(Calibration.f1(scored, p -> p, t)).isEqualTo(1.0);
  }

  @Test
  void f1_noPositivePredicted_isZero() {
    assertThat(Calibration.f1(List.<double[]>of(new double[] {0.1, 1}), p -> p, 0.5)).isZero();
  }
}

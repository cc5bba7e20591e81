package org.framelens.classify;

import java.util.List;
import java.util.function.DoubleUnaryOperator;

/** Platt scaling and threshold choice on (raw probability, gold) pairs. */
final class Calibration {
  private Calibration() {}

  /** Slope and intercept of {@code sigmoid(a·logit(p) + b)} fitted by damped Newton steps on log loss. */
  static double[] platt(List<double[]> scored) {
    double a = 1;
    double b = 0;
    for (int iteration = 0; iteration < 50; iteration++) {
      double ga = 0;
      double gb = 0;
      double haa = 1e-9;
      double hab = 0;
      double hbb = 1e-9;
      for (double[] s : scored) {
        double x = logit(s[0]);
        double q = 1 / (1 + Math.exp(-(a * x + b)));
        double d = q - s[1];
        double w = q * (1 - q);
        ga += d * x;
        gb += d;
        haa += w * x * x;
        hab += w * x;
        hbb += w;
      }
      double det = haa * hbb - hab * hab;
      if (Math.abs(det) < 1e-12) {
        break;
      }
      double da = (hbb * ga - hab * gb) / det;
      double db = (haa * gb - hab * ga) / det;
      double before = logLoss(scored, a, b);
      double step = 1;
      while (step > 1e-6 && logLoss(scored, a - step * da, b - step * db) > before) {
        step /= 2; // damped Newton: never increase the loss
      }
      a -= step * da;
      b -= step * db;
      if (step * (Math.abs(da) + Math.abs(db)) < 1e-9) {
        break;
      }
    }
    return new double[] {a, b};
  }

  /** The threshold in [0.05, 0.95] (steps of 0.01) with the best micro-F1, the lowest on ties. */
  static double bestThreshold(List<double[]> scored, DoubleUnaryOperator calibrate) {
    double best = 0.5;
    double bestF1 = -1;
    for (int t = 5; t <= 95; t++) {
      double f1 = f1(scored, calibrate, t / 100.0);
      if (f1 > bestF1 + 1e-12) {
        bestF1 = f1;
        best = t / 100.0;
      }
    }
    return best;
  }

  static double f1(List<double[]> scored, DoubleUnaryOperator calibrate, double threshold) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (double[] s : scored) {
      boolean predicted = calibrate.applyAsDouble(s[0]) >= threshold;
      boolean gold = s[1] > 0;
      tp += predicted && gold ? 1 : 0;
      fp += predicted && !gold ? 1 : 0;
      fn += !predicted && gold ? 1 : 0;
    }
    return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
  }

  private static double logLoss(List<double[]> scored, double a, double b) {
    double loss = 0;
    for (double[] s : scored) {
      double q = 1 / (1 + Math.exp(-(a * logit(s[0]) + b)));
      q = Math.min(1 - 1e-12, Math.max(1e-12, q));
      loss -= s[1] > 0 ? Math.log(q) : Math.log(1 - q);
    }
    return loss;
  }

  private static double logit(double p) {
    double r = Math.min(1 - 1e-9, Math.max(1e-9, p));
    return Math.log(r / (1 - r));
  }
}

package org.framelens.classify;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.naivebayes.NaiveBayesModel;

/**
 * Every frame's OpenNLP naive Bayes model of one language merged into one table: feature → the log-probability
 * terms it adds to each frame's outcomes. Scoring a sentence is then one hash lookup per feature for all frames,
 * instead of, per frame, a string concatenation, a lookup, boxed maps and two logarithms per feature.
 *
 * <p>The arithmetic is OpenNLP's {@code NaiveBayesModel.eval} (2.5.x) step by step — the same Lidstone-smoothed
 * terms, added in the same order, the same prior terms and normalisation — so the probabilities are bit for bit
 * the ones the models themselves give ({@code ClassifierTest} compares them). Immutable and thread-safe.
 */
final class NaiveBayesTable {
  /** OpenNLP's Lidstone smoothing constant. */
  private static final double DELTA = 0.05;
  private static final int OUTCOMES = 2;

  private final Map<String, double[]> terms;
  private final double[] priors;
  private final int[] yes;

  private NaiveBayesTable(Map<String, double[]> terms, double[] priors, int[] yes) {
    this.terms = terms;
    this.priors = priors;
    this.yes = yes;
  }

  /**
   * Merges the models (in frame order), whose features carry {@code prefix}; empty when one of them is not a
   * two-outcome naive Bayes model or has a feature without the prefix (the caller then evaluates the models).
   */
  static java.util.Optional<NaiveBayesTable> of(List<MaxentModel> models, String prefix) {
    int frames = models.size();
    Map<String, double[]> terms = new HashMap<>();
    double[] priors = new double[frames * OUTCOMES];
    int[] yes = new int[frames];
    for (int f = 0; f < frames; f++) {
      if (!(models.get(f) instanceof NaiveBayesModel model) || model.getNumOutcomes() != OUTCOMES) {
        return java.util.Optional.empty();
      }
      yes[f] = model.getIndex(FrameClassifier.YES);
      Object[] data = model.getDataStructures();
      @SuppressWarnings("unchecked")
      Map<String, Context> pmap = (Map<String, Context>) data[1];
      // as NaiveBayesModel computes them: outcome totals over its parameters in order, vocabulary = predicates
      double[] totals = new double[OUTCOMES];
      for (Context c : (Context[]) data[0]) {
        for (int j = 0; j < c.getOutcomes().length; j++) {
          totals[c.getOutcomes()[j]] += c.getParameters()[j];
        }
      }
      double vocabulary = pmap.size();
      for (Map.Entry<String, Context> e : pmap.entrySet()) {
        if (!e.getKey().startsWith(prefix)) {
          return java.util.Optional.empty();
        }
        double[] row = terms.computeIfAbsent(e.getKey().substring(prefix.length()), k -> new double[frames * OUTCOMES]);
        int[] outcomes = e.getValue().getOutcomes();
        double[] parameters = e.getValue().getParameters();
        // OpenNLP's loop: it stops once the feature's outcomes are used up, so an outcome after the last one
        // the feature was seen with gets no term (0.0 here, which adds nothing)
        int ai = 0;
        for (int i = 0; i < OUTCOMES && ai < outcomes.length; i++) {
          double numerator = outcomes[ai] == i ? parameters[ai++] : 0;
          row[f * OUTCOMES + i] = StrictMath.log((numerator + DELTA) / (totals[i] + DELTA * vocabulary));
        }
      }
      double total = 0;
      for (double t : totals) {
        total += t;
      }
      for (int i = 0; i < OUTCOMES; i++) {
        priors[f * OUTCOMES + i] = StrictMath.log(totals[i] / total);
      }
    }
    return java.util.Optional.of(new NaiveBayesTable(terms, priors, yes));
  }

  /** Features (without prefix) distinct in the table; for tests and sizing. */
  int features() {
    return terms.size();
  }

  /** P(yes) per frame, uncalibrated, for a sentence's features (duplicates count as often as they occur). */
  double[] yesProbabilities(String[] features) {
    int frames = yes.length;
    double[] sums = new double[frames * OUTCOMES];
    for (String feature : features) {
      double[] row = terms.get(feature);
      if (row != null) {
        for (int k = 0; k < sums.length; k++) {
          sums[k] += row[k];
        }
      }
    }
    double[] out = new double[frames];
    for (int f = 0; f < frames; f++) {
      double a = sums[f * OUTCOMES] + priors[f * OUTCOMES];
      double b = sums[f * OUTCOMES + 1] + priors[f * OUTCOMES + 1];
      double max = Math.max(a, b);
      double ea = StrictMath.exp(a - max);
      double eb = StrictMath.exp(b - max);
      double sum = ea + eb;
      out[f] = (yes[f] == 0 ? ea : eb) / sum;
    }
    return out;
  }
}

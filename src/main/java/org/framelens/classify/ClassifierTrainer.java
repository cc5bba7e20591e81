package org.framelens.classify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains {@link FrameClassifier}s: one OpenNLP document categorizer per frame (one-vs-rest, naive Bayes),
 * on sentence features ({@link Features}). Every fifth sample is held out as a development split, on which the
 * Platt calibration of the probabilities and the decision threshold (best micro-F1) are fitted; the final
 * models are then trained on all samples. Cutoff 1 (OpenNLP's default of 5 would drop rare cues), one
 * thread: training is deterministic.
 */
public final class ClassifierTrainer {
  /**
   * OpenNLP's naive Bayes: on held-out training sentences it scored a pooled F1 of 0.64 against 0.52 for
   * L-BFGS maximum entropy (100 iterations) and 0.38 for GIS maximum entropy (200 iterations), in a third
   * of the time.
   */
  static final String ALGORITHM = "NAIVEBAYES";
  /** Changes whenever training or calibration changes, so that models built by older code are retrained. */
  public static final String VERSION = "1";
  static final int ITERATIONS = 200;
  static final int CUTOFF = 1;
  static final int HOLD_OUT_EVERY = 5;

  /** One training sentence: its features and the frames it invokes. */
  public record Sample(String[] features, Set<String> labels) {}

  private ClassifierTrainer() {}

  /** Trains classifiers for {@code frames}; {@code description} goes into the model properties. */
  public static FrameClassifier train(List<Sample> samples, List<String> frames, Map<String, String> description) {
    List<Sample> train = new ArrayList<>();
    List<Sample> dev = new ArrayList<>();
    for (int i = 0; i < samples.size(); i++) {
      (i % HOLD_OUT_EVERY == 0 ? dev : train).add(samples.get(i));
    }
    Map<String, DoccatModel> heldOut = models(train, frames);
    List<double[]> scored = new ArrayList<>(); // {raw probability, 1 if gold}
    for (String frame : frames) {
      DocumentCategorizerME me = new DocumentCategorizerME(heldOut.get(frame));
      for (Sample s : dev) {
        if (s.features().length > 0) {
          scored.add(new double[] {me.categorize(s.features())[me.getIndex(FrameClassifier.YES)],
              s.labels().contains(frame) ? 1 : 0});
        }
      }
    }
    double[] platt = Calibration.platt(scored);
    FrameClassifier calibrated = new FrameClassifier(frames, heldOut, platt[0], platt[1], 0.5, new Properties());
    double threshold = Calibration.bestThreshold(scored, calibrated::calibrate);
    Properties p = new Properties();
    description.forEach(p::setProperty);
    p.setProperty("trainer", "OpenNLP DocumentCategorizerME, " + ALGORITHM + ", one-vs-rest, framelens trainer "
        + VERSION);
    p.setProperty("iterations", Integer.toString(ITERATIONS));
    p.setProperty("cutoff", Integer.toString(CUTOFF));
    p.setProperty("samples", Integer.toString(samples.size()));
    p.setProperty("dev.samples", Integer.toString(dev.size()));
    p.setProperty("dev.f1", String.format(Locale.ROOT, "%.4f",
        Calibration.f1(scored, calibrated::calibrate, threshold)));
    return new FrameClassifier(frames, models(samples, frames), platt[0], platt[1], threshold, p);
  }

  private static Map<String, DoccatModel> models(List<Sample> samples, List<String> frames) {
    Map<String, DoccatModel> models = new LinkedHashMap<>();
    for (String frame : frames) {
      List<DocumentSample> docs = new ArrayList<>();
      for (Sample s : samples) {
        if (s.features().length > 0) {
          docs.add(new DocumentSample(s.labels().contains(frame) ? FrameClassifier.YES : FrameClassifier.NO,
              s.features()));
        }
      }
      models.put(frame, model(frame, docs));
    }
    return models;
  }

  private static DoccatModel model(String frame, List<DocumentSample> docs) {
    TrainingParameters params = TrainingParameters.defaultParams();
    params.put(TrainingParameters.ALGORITHM_PARAM, ALGORITHM);
    params.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
    params.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
    params.put(TrainingParameters.THREADS_PARAM, 1);
    try {
      return DocumentCategorizerME.train("und", ObjectStreamUtils.createObjectStream(docs), params,
          new DoccatFactory(new FeatureGenerator[] {new BagOfWordsFeatureGenerator()}));
    } catch (IOException e) {
      throw new UncheckedIOException("training the classifier of " + frame + " failed", e);
    }
  }
}

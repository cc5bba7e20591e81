package org.framelens.classify;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;

/**
 * Sentence classifiers for one language: an OpenNLP document categorizer per frame
 * (frame vs. not), with Platt calibration of its probability and a decision threshold fitted on a
 * development split. Models are OpenNLP's own format (no Java serialization), read from
 * {@code <dir>/<frame>.bin} with {@code <dir>/classifier.properties}. Immutable and thread-safe: each call
 * creates its own categorizers.
 */
public final class FrameClassifier {
  static final String YES = "yes";
  static final String NO = "no";
  static final String PROPERTIES = "classifier.properties";
  /** Model files larger than this are refused before parsing. */
  static final long MAX_MODEL_BYTES = 64L << 20;

  private final List<String> frames;
  private final com.google.common.base.Supplier<Map<String, DoccatModel>> models;
  private final com.google.common.base.Supplier<Evaluator> evaluator;
  private final double slope;
  private final double intercept;
  private final double threshold;
  private final Properties properties;

  FrameClassifier(List<String> frames, Map<String, DoccatModel> models, double slope, double intercept,
      double threshold, Properties properties) {
    this(frames, com.google.common.base.Suppliers.ofInstance(Map.copyOf(models)), slope, intercept, threshold,
        properties);
  }

  private FrameClassifier(List<String> frames, com.google.common.base.Supplier<Map<String, DoccatModel>> models,
      double slope, double intercept, double threshold, Properties properties) {
    this(frames, models, models, slope, intercept, threshold, properties);
  }

  /**
   * @param models the models, for {@link #write} (memoized by the caller if loading is costly)
   * @param fresh loads the models for scoring: their merged table is kept, the models themselves are not
   */
  private FrameClassifier(List<String> frames, com.google.common.base.Supplier<Map<String, DoccatModel>> models,
      com.google.common.base.Supplier<Map<String, DoccatModel>> fresh,
      double slope, double intercept, double threshold, Properties properties) {
    this.frames = List.copyOf(frames);
    this.models = models;
    this.evaluator = com.google.common.base.Suppliers.memoize(() -> evaluator(this.frames, fresh.get()));
    this.slope = slope;
    this.intercept = intercept;
    this.threshold = threshold;
    this.properties = properties;
  }

  /** The frames, in the order of {@link Scorer#probabilities}. */
  public List<String> frames() {
    return frames;
  }

  /** Calibrated probability at or above which a sentence is flagged for a frame. */
  public double threshold() {
    return threshold;
  }

  /** Description of the models for provenance (training corpus hash, parameters). */
  public Map<String, String> describe() {
    Map<String, String> out = new LinkedHashMap<>();
    properties.stringPropertyNames().stream().sorted().forEach(k -> out.put(k, properties.getProperty(k)));
    out.put("threshold", Double.toString(threshold));
    out.put("calibration.slope", Double.toString(slope));
    out.put("calibration.intercept", Double.toString(intercept));
    return out;
  }

  /** A scorer; the first one builds the models' shared table (the models are read on first use). */
  public Scorer scorer() {
    return new Scorer();
  }

  /** Uncalibrated P(yes) per frame for a sentence's features. */
  private interface Evaluator {
    double[] yesProbabilities(String[] features);
  }

  /**
   * The merged naive Bayes table of the models, or, for models of another kind, each model's own evaluation
   * of the bag-of-words context (what {@link DocumentCategorizerME#categorize} does per model, with the
   * context built once per sentence).
   */
  private static Evaluator evaluator(List<String> frames, Map<String, DoccatModel> loaded) {
    List<opennlp.tools.ml.model.MaxentModel> maxent = frames.stream().map(f -> loaded.get(f).getMaxentModel()).toList();
    Optional<NaiveBayesTable> table = NaiveBayesTable.of(maxent, BAG_OF_WORDS);
    if (table.isPresent()) {
      return table.get()::yesProbabilities;
    }
    int[] yes = maxent.stream().mapToInt(m -> m.getIndex(YES)).toArray();
    return features -> {
      String[] context = new String[features.length];
      for (int i = 0; i < features.length; i++) {
        context[i] = BAG_OF_WORDS + features[i];
      }
      double[] p = new double[yes.length];
      for (int f = 0; f < p.length; f++) {
        p[f] = maxent.get(f).eval(context)[yes[f]];
      }
      return p;
    };
  }

  /**
   * Scores sentences with this classifier's models: all frames at once, from one pass over the features.
   * Cheap to create; holds no per-call state beyond the classifier's shared, immutable tables.
   */
  public final class Scorer {
    private final Evaluator models;

    private Scorer() {
      models = evaluator.get();
    }

    /** The classifier this scorer belongs to. */
    public FrameClassifier owner() {
      return FrameClassifier.this;
    }

    /** Calibrated probability per frame (in {@link #frames()} order) for a sentence's features. */
    public double[] probabilities(String[] features) {
      if (features.length == 0) {
        return new double[frames.size()];
      }
      double[] p = models.yesProbabilities(features);
      for (int f = 0; f < p.length; f++) {
        p[f] = calibrate(p[f]);
      }
      return p;
    }
  }

  /** The prefix OpenNLP's {@code BagOfWordsFeatureGenerator} gives each feature (the models are trained with it). */
  static final String BAG_OF_WORDS = "bow=";

  double calibrate(double raw) {
    double r = Math.min(1 - 1e-9, Math.max(1e-9, raw));
    double logit = Math.log(r / (1 - r));
    return 1 / (1 + Math.exp(-(slope * logit + intercept)));
  }

  /** Writes the models and their parameters to {@code dir}. */
  public void write(Path dir) throws IOException {
    Files.createDirectories(dir);
    Map<String, DoccatModel> loaded = models.get();
    for (String frame : frames) {
      try (OutputStream out = Files.newOutputStream(dir.resolve(frame + ".bin"))) {
        loaded.get(frame).serialize(out);
      }
    }
    Properties p = new Properties();
    p.putAll(properties);
    p.setProperty("frames", String.join(",", frames));
    p.setProperty("calibration.slope", Double.toString(slope));
    p.setProperty("calibration.intercept", Double.toString(intercept));
    p.setProperty("threshold", Double.toString(threshold));
    try (OutputStream out = Files.newOutputStream(dir.resolve(PROPERTIES))) {
      p.store(out, "framelens frame classifiers");
    }
  }

  /** Reads classifiers written by {@link #write}; empty when {@code dir} has none. */
  public static Optional<FrameClassifier> read(Path dir) throws IOException {
    Path props = dir.resolve(PROPERTIES);
    if (!Files.isRegularFile(props)) {
      return Optional.empty();
    }
    return Optional.of(read(name -> {
      Path file = dir.resolve(name);
      checkArgument(Files.size(file) <= MAX_MODEL_BYTES, "model file %s is larger than %s bytes", file,
          MAX_MODEL_BYTES);
      return Files.newInputStream(file);
    }));
  }

  /** Reads classifiers from the class path (under {@code base/}); empty when there are none. */
  public static Optional<FrameClassifier> readResources(String base) throws IOException {
    ClassLoader loader = FrameClassifier.class.getClassLoader();
    if (loader.getResource(base + "/" + PROPERTIES) == null) {
      return Optional.empty();
    }
    return Optional.of(read(name -> {
      InputStream in = loader.getResourceAsStream(base + "/" + name);
      if (in == null) {
        throw new IOException("missing model resource " + base + "/" + name);
      }
      return in;
    }));
  }

  private interface Opener {
    InputStream open(String name) throws IOException;
  }

  /**
   * Reads the properties now and the models on first use (so that an analyzer only pays for the languages
   * it meets); a model that cannot be read then fails with an {@link java.io.UncheckedIOException}.
   */
  private static FrameClassifier read(Opener opener) throws IOException {
    Properties p = new Properties();
    try (InputStream in = opener.open(PROPERTIES)) {
      p.load(in);
    }
    List<String> frames = List.of(p.getProperty("frames", "").split(","));
    com.google.common.base.Supplier<Map<String, DoccatModel>> fresh = () -> {
      Map<String, DoccatModel> loaded = new LinkedHashMap<>();
      for (String frame : frames) {
        try (InputStream in = opener.open(frame + ".bin")) {
          loaded.put(frame, new DoccatModel(in));
        } catch (IOException e) {
          throw new java.io.UncheckedIOException("cannot read classifier model " + frame + ".bin", e);
        }
      }
      return Map.copyOf(loaded);
    };
    return new FrameClassifier(frames, com.google.common.base.Suppliers.memoize(fresh), fresh,
        number(p, "calibration.slope"), number(p, "calibration.intercept"), number(p, "threshold"), p);
  }

  private static double number(Properties p, String key) throws IOException {
    try {
      return Double.parseDouble(p.getProperty(key, ""));
    } catch (NumberFormatException e) {
      throw new IOException("classifier.properties: '" + key + "' is not a number");
    }
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "FrameClassifier[%d frames, threshold %.2f]", frames.size(), threshold);
  }
}

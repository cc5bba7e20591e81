package org.framelens;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.framelens.classify.FrameClassifier;
import org.framelens.lexicon.Frame;
import org.framelens.lexicon.Taxonomy;
import org.framelens.report.DocumentStats;
import org.framelens.report.Evidence;
import org.framelens.report.FrameScore;
import org.framelens.report.FramingReport;
import org.framelens.report.Provenance;
import org.framelens.report.TaxonomyRef;
import org.framelens.report.Warning;
import org.framelens.scoring.Scoring;
import org.framelens.text.Language;
import org.framelens.text.LanguageDetector;
import org.framelens.text.NormalizedText;
import org.framelens.text.Normalizer;
import org.framelens.text.Sentence;
import org.framelens.text.TextPipeline;

/**
 * Analyses documents against a taxonomy and returns {@link FramingReport}s.
 *
 * <p>Build one with {@link #builder()} and share it: an analyzer is immutable and thread-safe, holds the
 * compiled lexicons and shared models, and creates its per-call state on each call. The same input always
 * gives the same report. Empty text gives a report with every frame absent.
 *
 * <pre>{@code
 * FramingAnalyzer analyzer = FramingAnalyzer.builder().mode(Mode.LEXICON).build();
 * FramingReport report = analyzer.analyze("NATO's eastward expansion threatens our sovereignty.");
 * report.presentFrames().forEach(f -> System.out.println(f.id() + " " + f.score()));
 * }</pre>
 */
public final class FramingAnalyzer {
  private static final String UNDETERMINED = "und";
  /** Documents longer than this many characters are analysed in chunks of at most this size. */
  public static final int DEFAULT_CHUNK_CHARS = 100_000;

  private final Taxonomy taxonomy;
  private final Mode mode;
  private final Language fixedLanguage;
  private final Map<String, Double> thresholds;
  private final Map<Language, com.google.common.base.Supplier<LanguageModels>> models;
  private final Map<Language, Optional<FrameClassifier>> classifiers;
  private final int chunkChars;
  private final List<String> frameIds;

  private FramingAnalyzer(Builder b) {
    this.taxonomy = b.taxonomy == null ? Taxonomy.defaultTaxonomy() : b.taxonomy;
    this.mode = b.mode == null ? Mode.HYBRID : b.mode;
    this.fixedLanguage = b.language;
    this.chunkChars = b.chunkChars == null ? DEFAULT_CHUNK_CHARS : b.chunkChars;
    this.frameIds = taxonomy.frames().stream().map(Frame::id).toList();
    Map<String, Double> t = new HashMap<>();
    for (Frame f : taxonomy.frames()) {
      t.put(f.id(), b.frameThresholds.getOrDefault(f.id(), b.threshold == null ? f.threshold() : b.threshold));
    }
    for (String id : b.frameThresholds.keySet()) {
      checkArgument(t.containsKey(id), "threshold for unknown frame '%s' (taxonomy %s)", id, taxonomy.id());
    }
    this.thresholds = Map.copyOf(t);
    Map<Language, com.google.common.base.Supplier<LanguageModels>> m = new EnumMap<>(Language.class);
    Map<Language, Optional<FrameClassifier>> c = new EnumMap<>(Language.class);
    for (Language lang : taxonomy.languages()) {
      Optional<FrameClassifier> classifier = mode == Mode.LEXICON ? Optional.empty() : classifier(b, lang);
      classifier.ifPresent(x -> checkArgument(x.frames().equals(frameIds),
          "classifier models for %s cover frames %s, taxonomy %s has %s", lang.code(), x.frames(), taxonomy.id(),
          frameIds));
      c.put(lang, classifier);
      // compiled on first use of the language: an English-only user never pays for Russian
      m.put(lang, com.google.common.base.Suppliers.memoize(() ->
          new LanguageModels(lang, taxonomy.cues(lang), taxonomy.targets(lang), frameIds, classifier)));
    }
    this.models = m;
    this.classifiers = c;
    checkState(mode != Mode.CLASSIFIER || c.values().stream().anyMatch(Optional::isPresent),
        "mode classifier needs classifier models, and taxonomy %s has none; use hybrid or lexicon, or give "
            + "models with classifiers(Path)", taxonomy.id());
  }

  /**
   * The classifiers of a language: from the builder's model directory (which must have been trained with
   * this taxonomy's lexicons), else the built-in models when they were trained with exactly this taxonomy.
   */
  private Optional<FrameClassifier> classifier(Builder b, Language lang) {
    try {
      if (b.modelDir != null) {
        Optional<FrameClassifier> c = FrameClassifier.read(b.modelDir.resolve(lang.code()));
        c.ifPresent(x -> checkArgument(taxonomy.sha256().equals(x.describe().get("lexiconSha256")),
            "models in %s were trained with other lexicons than taxonomy %s; retrain them", b.modelDir, taxonomy.id()));
        return c;
      }
      return FrameClassifier.readResources("models/" + taxonomy.id() + "/" + lang.code())
          .filter(x -> taxonomy.sha256().equals(x.describe().get("lexiconSha256")));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot read classifier models for " + lang.code() + ": "
          + e.getMessage(), e);
    }
  }

  /** A builder with every option at its default. */
  public static Builder builder() {
    return new Builder();
  }

  /** The taxonomy this analyzer uses. */
  public Taxonomy taxonomy() {
    return taxonomy;
  }

  /** The presence threshold of every frame of the taxonomy, by frame id. */
  public Map<String, Double> thresholds() {
    return thresholds;
  }

  /** The mode this analyzer was built with. */
  public Mode mode() {
    return mode;
  }

  /**
   * The mode used for documents in {@code language}: {@link Mode#HYBRID} falls back to lexicon evidence
   * where no classifier models exist, and reports say so in their provenance.
   */
  public Mode effectiveMode(Language language) {
    return mode != Mode.LEXICON && hasClassifier(language) ? mode : Mode.LEXICON;
  }

  /** Whether there are classifier models for {@code language}. */
  public boolean hasClassifier(Language language) {
    return classifiers.getOrDefault(language, Optional.empty()).isPresent();
  }

  /** The classifier features of each text, for training ({@link Training}). */
  String[] features(String text, Language language) {
    LanguageModels m = languageModels(language).orElseThrow(() -> new IllegalArgumentException(
        "taxonomy " + taxonomy.id() + " has no " + language.code() + " lexicon"));
    return m.features(m.pipeline.sentences(Normalizer.normalize(text, language)));
  }

  /** Analyses a bare text (no id, language detected unless fixed by the builder). */
  public FramingReport analyze(String text) {
    return analyze(Document.of(requireNonNull(text, "text")));
  }

  /**
   * Analyses a document; its id and metadata are carried into the report. Never fails on the text itself.
   *
   * @throws NullPointerException if {@code document} is null
   * @throws java.io.UncheckedIOException if classifier models given with {@link Builder#classifiers} cannot be
   *     read when the document's language is first met
   */
  public FramingReport analyze(Document document) {
    requireNonNull(document, "document");
    String text = document.text();
    List<org.framelens.report.Warning> warnings = new ArrayList<>();
    Optional<Language> language = language(document, warnings);
    Warnings.addReplacementCharacters(text, warnings);
    Map<String, List<Evidence>> evidence = new HashMap<>();
    int sentenceCount = 0;
    int tokens = 0;
    if (language.isPresent()) {
      LanguageModels m = languageModels(language.get()).orElse(null);
      if (m == null) {
        warnings.add(new Warning(Warning.NO_CUES_FOR_LANGUAGE, 0, text.length(), "taxonomy "
            + taxonomy.id() + " has no " + language.get().code() + " cues; no frame can be found"));
      }
      Mode used = effectiveMode(language.get());
      Warnings.Normalization seen = new Warnings.Normalization();
      // long texts are analysed chunk by chunk, so that tokens are held for one chunk at a time
      for (int[] chunk : Chunks.split(text, chunkChars)) {
        NormalizedText normalized = Normalizer.normalize(text, chunk[0], chunk[1], language.get());
        seen.add(normalized);
        List<Sentence> sentences = renumbered(TextPipeline.forLanguage(language.get()).sentences(normalized),
            sentenceCount);
        sentenceCount += sentences.size();
        tokens += sentences.stream().mapToInt(s -> s.tokens().size()).sum();
        if (m != null) {
          m.evidence(text, sentences, used != Mode.CLASSIFIER, used != Mode.LEXICON)
              .forEach((frame, list) -> evidence.computeIfAbsent(frame, k -> new ArrayList<>()).addAll(list));
        }
      }
      seen.addWarnings(text, warnings);
    }
    List<FrameScore> scores = new ArrayList<>();
    for (Frame frame : taxonomy.frames()) {
      scores.add(Scoring.score(frame, thresholds.get(frame.id()),
          Scoring.rolledUp(frame.id(), taxonomy.descendants(frame.id()), evidence), tokens));
    }
    warnings.sort(java.util.Comparator.comparingInt(Warning::start).thenComparing(Warning::code));
    return new FramingReport(FramingReport.SCHEMA_VERSION, document.id(),
        language.map(Language::code).orElse(languageCode(document)),
        new TaxonomyRef(taxonomy.id(), taxonomy.version()), Scoring.sorted(scores), warnings,
        provenance(language), new DocumentStats(text.length(), sentenceCount, tokens), document.metadata());
  }

  /** The models of a language the taxonomy has lexicons for, compiled on first use. */
  private Optional<LanguageModels> languageModels(Language language) {
    return Optional.ofNullable(models.get(language)).map(com.google.common.base.Supplier::get);
  }

  /** Sentences of a later chunk carry on the document's numbering. */
  private static List<Sentence> renumbered(List<Sentence> sentences, int first) {
    if (first == 0) {
      return sentences;
    }
    List<Sentence> out = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      out.add(new Sentence(first + s.index(), s.start(), s.end(), s.tokens()));
    }
    return out;
  }

  private Optional<Language> language(Document document, List<Warning> warnings) {
    if (fixedLanguage != null) {
      return Optional.of(fixedLanguage);
    }
    if (document.text().isBlank()) {
      return document.lang() == null ? Optional.empty() : Language.forCode(document.lang());
    }
    Optional<Language> language = document.lang() != null
        ? Language.forCode(document.lang())
        : LanguageDetector.detect(document.text());
    if (language.isEmpty()) {
      String what = document.lang() != null ? "'" + document.lang() + "'" : "detected";
      warnings.add(new Warning(Warning.UNSUPPORTED_LANGUAGE, 0, document.text().length(),
          "language " + what + " is not supported (supported: en, ru); the text was not analysed"));
    }
    return language;
  }

  private static String languageCode(Document document) {
    return document.lang() == null || document.lang().isBlank() ? UNDETERMINED : document.lang();
  }

  private Provenance provenance(Optional<Language> language) {
    Map<String, String> described = new TreeMap<>();
    language.ifPresent(l -> described.putAll(TextPipeline.forLanguage(l).models()));
    LanguageModels m = language.flatMap(this::languageModels).orElse(null);
    if (m != null && m.classifier.isPresent() && mode != Mode.LEXICON) {
      Map<String, String> d = m.classifier.get().describe();
      described.put("classifier-" + m.language.code(), "OpenNLP doccat, " + d.getOrDefault("samples", "?")
          + " training sentences, corpus sha256 " + d.getOrDefault("corpusSha256", "?"));
    }
    return new Provenance(Version.VALUE, taxonomy.sha256(), m == null ? "" : m.voiceSha256,
        language.map(this::effectiveMode).orElse(Mode.LEXICON).value(), described);
  }

  /**
   * Configures a {@link FramingAnalyzer}. Each option can be set once (a second call fails and names the
   * value already set); unset options take their defaults: the default taxonomy, automatic language
   * detection, {@link Mode#HYBRID}, and each frame's own threshold. A builder can build many analyzers.
   * Not thread-safe.
   */
  public static final class Builder {
    private Taxonomy taxonomy;
    private Mode mode;
    private Language language;
    private Double threshold;
    private java.nio.file.Path modelDir;
    private Integer chunkChars;
    private final Map<String, Double> frameThresholds = new HashMap<>();

    private Builder() {}

    /** The taxonomy to analyse against (default: {@link Taxonomy#defaultTaxonomy()}). */
    public Builder taxonomy(Taxonomy taxonomy) {
      checkState(this.taxonomy == null, "taxonomy already set to %s", this.taxonomy);
      this.taxonomy = requireNonNull(taxonomy, "taxonomy");
      return this;
    }

    /** A built-in taxonomy by id; see {@link Taxonomy#builtInIds()}. */
    public Builder taxonomy(String builtInId) {
      return taxonomy(Taxonomy.builtIn(requireNonNull(builtInId, "builtInId")));
    }

    /** The analysis mode (default {@link Mode#HYBRID}). */
    public Builder mode(Mode mode) {
      checkState(this.mode == null, "mode already set to %s", this.mode);
      this.mode = requireNonNull(mode, "mode");
      return this;
    }

    /** Analyse every document as {@code language}, whatever its {@code lang} field (default: detect). */
    public Builder language(Language language) {
      checkState(this.language == null, "language already set to %s", this.language);
      this.language = requireNonNull(language, "language");
      return this;
    }

    /**
     * Classifier models trained with {@code framelens train} ({@code <dir>/<lang>/}), instead of the built-in
     * ones. They must have been trained with this analyzer's taxonomy.
     */
    public Builder classifiers(java.nio.file.Path dir) {
      checkState(this.modelDir == null, "classifiers already set to %s", this.modelDir);
      this.modelDir = requireNonNull(dir, "dir");
      return this;
    }

    /**
     * Documents longer than this are analysed in chunks of at most this many characters, cut at line breaks
     * or sentence ends, so that memory stays bounded whatever the length (default
     * {@value FramingAnalyzer#DEFAULT_CHUNK_CHARS}, at least 1,000). Offsets and sentence numbers stay
     * document-wide.
     */
    public Builder chunkChars(int chars) {
      checkState(this.chunkChars == null, "chunkChars already set to %s", this.chunkChars);
      checkArgument(chars >= 1_000, "chunkChars must be at least 1000, got %s", chars);
      this.chunkChars = chars;
      return this;
    }

    /** One presence threshold in (0, 1] for every frame (default: each frame's own, usually 0.5). */
    public Builder threshold(double threshold) {
      checkState(this.threshold == null, "threshold already set to %s", this.threshold);
      checkArgument(threshold > 0 && threshold <= 1, "threshold not in (0,1]: %s", threshold);
      this.threshold = threshold;
      return this;
    }

    /** The presence threshold of one frame, overriding {@link #threshold(double)}. */
    public Builder threshold(String frameId, double threshold) {
      requireNonNull(frameId, "frameId");
      checkState(!frameThresholds.containsKey(frameId), "threshold of %s already set to %s", frameId,
          frameThresholds.get(frameId));
      checkArgument(threshold > 0 && threshold <= 1, "threshold not in (0,1]: %s", threshold);
      frameThresholds.put(frameId, threshold);
      return this;
    }

    /**
     * Builds the analyzer: loads the taxonomy if none was given and compiles its lexicons.
     *
     * @throws IllegalStateException if the mode needs models the taxonomy lacks
     * @throws java.io.UncheckedIOException if model files cannot be read
     * @throws IllegalArgumentException if a threshold names a frame the taxonomy lacks
     */
    public FramingAnalyzer build() {
      return new FramingAnalyzer(this);
    }
  }
}

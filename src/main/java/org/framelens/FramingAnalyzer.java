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
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.TreeMap;
import org.framelens.internal.CueMatcher;
import org.framelens.lexicon.CueEntry;
import org.framelens.lexicon.Diagnostic;
import org.framelens.lexicon.Frame;
import org.framelens.lexicon.Taxonomy;
import org.framelens.lexicon.VoiceLexicon;
import org.framelens.report.DocumentStats;
import org.framelens.report.Evidence;
import org.framelens.report.EvidenceSource;
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
import org.framelens.text.Token;
import org.framelens.voice.SentenceVoice;
import org.framelens.voice.VoiceAnalyzer;

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

  private final Taxonomy taxonomy;
  private final Mode mode;
  private final Language fixedLanguage;
  private final Map<String, Double> thresholds;
  private final Map<Language, CueMatcher> matchers;
  private final Map<Language, CueMatcher> targetMatchers;
  private final Map<Language, VoiceAnalyzer> voices;
  private final Map<Language, String> voiceSha256;
  private final List<String> frameIds;

  private FramingAnalyzer(Builder b) {
    this.taxonomy = b.taxonomy == null ? Taxonomy.defaultTaxonomy() : b.taxonomy;
    this.mode = b.mode == null ? Mode.HYBRID : b.mode;
    checkState(mode != Mode.CLASSIFIER,
        "mode classifier needs classifier models, and taxonomy %s has none; use hybrid or lexicon", taxonomy.id());
    this.fixedLanguage = b.language;
    this.frameIds = taxonomy.frames().stream().map(Frame::id).toList();
    Map<String, Double> t = new HashMap<>();
    for (Frame f : taxonomy.frames()) {
      t.put(f.id(), b.frameThresholds.getOrDefault(f.id(), b.threshold == null ? f.threshold() : b.threshold));
    }
    for (String id : b.frameThresholds.keySet()) {
      checkArgument(t.containsKey(id), "threshold for unknown frame '%s' (taxonomy %s)", id, taxonomy.id());
    }
    this.thresholds = Map.copyOf(t);
    Map<Language, CueMatcher> m = new EnumMap<>(Language.class);
    Map<Language, CueMatcher> t2 = new EnumMap<>(Language.class);
    for (Language lang : taxonomy.languages()) {
      TextPipeline pipeline = TextPipeline.forLanguage(lang);
      m.put(lang, CueMatcher.compile(taxonomy.cues(lang), frameIds, pipeline, new ArrayList<Diagnostic>()));
      List<CueEntry> targets = taxonomy.targets(lang);
      if (!targets.isEmpty()) {
        List<String> groups = targets.stream().map(CueEntry::frame).distinct().sorted().toList();
        t2.put(lang, CueMatcher.compile(targets, groups, pipeline, new ArrayList<Diagnostic>()));
      }
    }
    this.matchers = m;
    this.targetMatchers = t2;
    Map<Language, VoiceAnalyzer> v = new EnumMap<>(Language.class);
    Map<Language, String> vs = new EnumMap<>(Language.class);
    for (Language lang : Language.values()) {
      VoiceLexicon lexicon = VoiceLexicon.builtIn(lang);
      v.put(lang, VoiceAnalyzer.compile(lexicon, TextPipeline.forLanguage(lang)));
      vs.put(lang, lexicon.sha256());
    }
    this.voices = v;
    this.voiceSha256 = vs;
  }

  /** A builder with every option at its default. */
  public static Builder builder() {
    return new Builder();
  }

  /** The taxonomy this analyzer uses. */
  public Taxonomy taxonomy() {
    return taxonomy;
  }

  /** The mode this analyzer was built with. */
  public Mode mode() {
    return mode;
  }

  /**
   * The mode actually used: {@link Mode#HYBRID} without classifier models analyses with lexicon evidence
   * only, and reports say so in their provenance.
   */
  public Mode effectiveMode() {
    return Mode.LEXICON;
  }

  /** Analyses a bare text (no id, language detected unless fixed by the builder). */
  public FramingReport analyze(String text) {
    return analyze(Document.of(requireNonNull(text, "text")));
  }

  /** Analyses a document; its id and metadata are carried into the report. */
  public FramingReport analyze(Document document) {
    requireNonNull(document, "document");
    String text = document.text();
    List<org.framelens.report.Warning> warnings = new ArrayList<>();
    Optional<Language> language = language(document, warnings);
    List<Sentence> sentences = List.of();
    Map<String, List<Evidence>> evidence = new HashMap<>();
    if (language.isPresent()) {
      NormalizedText normalized = Normalizer.normalize(text, language.get());
      Warnings.addNormalization(text, normalized, warnings);
      sentences = TextPipeline.forLanguage(language.get()).sentences(normalized);
      CueMatcher matcher = matchers.get(language.get());
      if (matcher == null) {
        warnings.add(new Warning(Warning.NO_CUES_FOR_LANGUAGE, 0, text.length(), "taxonomy "
            + taxonomy.id() + " has no " + language.get().code() + " cues; no frame can be found"));
      } else {
        collectEvidence(text, sentences, matcher, targetMatchers.get(language.get()), voices.get(language.get()),
            evidence);
      }
    }
    int tokens = sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    List<FrameScore> scores = new ArrayList<>();
    for (Frame frame : taxonomy.frames()) {
      scores.add(Scoring.score(frame, thresholds.get(frame.id()),
          evidence.getOrDefault(frame.id(), List.of()), tokens));
    }
    warnings.sort(java.util.Comparator.comparingInt(Warning::start).thenComparing(Warning::code));
    return new FramingReport(FramingReport.SCHEMA_VERSION, document.id(),
        language.map(Language::code).orElse(languageCode(document)),
        new TaxonomyRef(taxonomy.id(), taxonomy.version()), Scoring.sorted(scores), warnings,
        provenance(language), new DocumentStats(text.length(), sentences.size(), tokens), document.metadata());
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

  private void collectEvidence(String text, List<Sentence> sentences, CueMatcher matcher, CueMatcher targets,
      VoiceAnalyzer voice, Map<String, List<Evidence>> evidence) {
    for (Sentence sentence : sentences) {
      List<Token> tokens = sentence.tokens();
      Set<String> groups = targets == null ? Set.of() : targets.match(tokens).stream()
          .map(m -> m.entry().frame()).collect(Collectors.toSet());
      Predicate<CueEntry> allowed = e -> e.requires().isEmpty() || e.requires().stream().anyMatch(groups::contains);
      List<CueMatcher.Match> matches = matcher.match(tokens, allowed);
      if (matches.isEmpty()) {
        continue;
      }
      SentenceVoice voices = voice.sentence(sentence, text);
      for (CueMatcher.Match m : matches) {
        int start = tokens.get(m.first()).start();
        int end = tokens.get(m.end() - 1).end();
        VoiceAnalyzer.Assignment v = voices.voiceOf(m.first(), m.end());
        evidence.computeIfAbsent(m.entry().frame(), k -> new ArrayList<>())
            .add(new Evidence(start, end, text.substring(start, end), sentence.index(), m.entry().pattern(),
                EvidenceSource.LEXICON, m.entry().weight(), v.voice(), v.marker()));
      }
    }
  }

  private Provenance provenance(Optional<Language> language) {
    Map<String, String> models = new TreeMap<>();
    language.ifPresent(l -> models.putAll(TextPipeline.forLanguage(l).models()));
    return new Provenance(Version.VALUE, taxonomy.sha256(),
        language.map(voiceSha256::get).orElse(""), effectiveMode().value(), models);
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
     * @throws IllegalArgumentException if a threshold names a frame the taxonomy lacks
     */
    public FramingAnalyzer build() {
      return new FramingAnalyzer(this);
    }
  }
}

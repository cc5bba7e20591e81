package org.framelens;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.framelens.corpus.Evaluation;
import org.framelens.corpus.JsonlReader;
import org.framelens.corpus.VoiceEvaluation;
import org.framelens.lexicon.Frame;
import org.framelens.report.Voice;
import org.framelens.text.Language;
import org.framelens.text.Obfuscation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Regression floors on the held-out TEST splits of benchmarks/validation (never used for tuning). The
 * floors sit just below the figures measured when the lexicons were last tuned (see RESULTS.md), so a
 * change that makes detection or voice worse fails the build. They are floors, not the targets: the
 * targets (F1 0.8 per frame, voice accuracy 0.9) are tracked in the issues.
 */
class ValidationFloorTest {
  private static final Path VALIDATION = Path.of("benchmarks/validation");

  /**
   * Per language and mode: the lowest F1 any frame may have on the test split, and the micro-F1 floor.
   * Measured when set (test split, 2026-11-26): lexicon en min 0.44 / micro 0.58, ru min 0.28 / micro 0.46;
   * hybrid en min 0.71 / micro 0.79, ru min 0.67 / micro 0.78.
   */
  private static final Map<String, double[]> FRAME_FLOORS = Map.of(
      "en LEXICON", new double[] {0.40, 0.55},
      "ru LEXICON", new double[] {0.25, 0.43},
      "en HYBRID", new double[] {0.68, 0.75},
      "ru HYBRID", new double[] {0.63, 0.75});

  /** The target, 0.9, kept by this test; measured when set: en 0.902, ru 0.917. */
  private static final Map<String, Double> VOICE_FLOORS = Map.of("en", 0.90, "ru", 0.90);

  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({"en, LEXICON", "ru, LEXICON", "en, HYBRID", "ru, HYBRID"})
  void testSplit_f1AboveFloor(String lang, Mode mode) throws Exception {
    FramingAnalyzer analyzer = FramingAnalyzer.builder().mode(mode).build();
    Evaluation evaluation = new Evaluation(analyzer.taxonomy().frames().stream().map(Frame::id).toList());
    for (Document d : read(VALIDATION.resolve("strategic-narratives/" + lang + ".test.jsonl"))) {
      @SuppressWarnings("unchecked")
      List<String> labels = (List<String>) d.metadata().get("labels");
      evaluation.add(ReportInvariants.check(analyzer.analyze(d), d.text()), new LinkedHashSet<>(labels));
    }
    Evaluation.Result result = evaluation.result();
    double[] floors = FRAME_FLOORS.get(lang + " " + mode);
    for (Evaluation.Row row : result.frames()) {
      assertThat(row.f1()).as("%s F1 of %s on the test split", lang, row.frame()).isGreaterThanOrEqualTo(floors[0]);
    }
    assertThat(result.micro().f1()).as("%s micro F1 on the test split", lang).isGreaterThanOrEqualTo(floors[1]);
  }

  /**
   * SemEval-2025 Task 10 (taxonomy semeval2025-urw), hybrid mode, our own test articles: floors of the task's
   * samples-F1, coarse and fine. Measured when set (2026-11-26): EN 0.753 / 0.647, RU 0.727 / 0.670.
   */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({"EN, 0.70, 0.60", "RU, 0.68, 0.62"})
  void semevalTestArticles_samplesF1AboveFloor(String lang, double coarse, double fine) throws Exception {
    org.framelens.lexicon.Taxonomy taxonomy = org.framelens.lexicon.Taxonomy.builtIn("semeval2025-urw");
    FramingAnalyzer analyzer = FramingAnalyzer.builder().taxonomy(taxonomy).build();
    Path dir = VALIDATION.resolve("semeval2025-urw/" + lang + "/test");
    Map<String, org.framelens.corpus.Semeval.Labels> gold =
        org.framelens.corpus.Semeval.readLabels(dir.resolve(org.framelens.corpus.Semeval.ANNOTATIONS));
    org.framelens.corpus.Semeval.SamplesF1 metric = new org.framelens.corpus.Semeval.SamplesF1();
    for (org.framelens.corpus.Semeval.Article a : org.framelens.corpus.Semeval.articles(dir)) {
      String text = java.nio.file.Files.readString(a.path());
      org.framelens.report.FramingReport report =
          ReportInvariants.check(analyzer.analyze(new Document(a.file(), text, null, Map.of())), text, taxonomy);
      metric.add(gold.get(a.file()), org.framelens.corpus.Semeval.predicted(report, taxonomy));
    }
    assertThat(metric.documents()).isEqualTo(gold.size()).isGreaterThanOrEqualTo(30);
    assertThat(metric.coarse()).as("%s coarse samples-F1", lang).isGreaterThanOrEqualTo(coarse);
    assertThat(metric.fine()).as("%s fine samples-F1", lang).isGreaterThanOrEqualTo(fine);
  }

  /** Issue: cue recall on obfuscated text must stay at least 95% of recall on the clean text. */
  @ParameterizedTest
  @ValueSource(strings = {"en", "ru"})
  void lexiconMode_obfuscatedTestSplit_keeps95PercentOfRecall(String lang) throws Exception {
    FramingAnalyzer analyzer = FramingAnalyzer.builder().mode(Mode.LEXICON).build();
    List<String> frames = analyzer.taxonomy().frames().stream().map(Frame::id).toList();
    Evaluation clean = new Evaluation(frames);
    Evaluation obfuscated = new Evaluation(frames);
    for (Document d : read(VALIDATION.resolve("strategic-narratives/" + lang + ".test.jsonl"))) {
      @SuppressWarnings("unchecked")
      Set<String> labels = new LinkedHashSet<>((List<String>) d.metadata().get("labels"));
      clean.add(analyzer.analyze(d), labels);
      String text = Obfuscation.obfuscate(d.text(), d.id().hashCode());
      Document o = new Document(d.id(), text, d.lang(), d.metadata());
      obfuscated.add(ReportInvariants.check(analyzer.analyze(o), text), labels);
    }
    assertThat(obfuscated.result().micro().recall()).as("%s recall on obfuscated text", lang)
        .isGreaterThanOrEqualTo(0.95 * clean.result().micro().recall());
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "ru"})
  void voice_testSplit_accuracyAboveFloor(String lang) throws Exception {
    FramingAnalyzer analyzer = FramingAnalyzer.builder().language(Language.forCode(lang).orElseThrow()).build();
    VoiceEvaluation evaluation = new VoiceEvaluation();
    for (Document d : read(VALIDATION.resolve("voice/" + lang + ".test.jsonl"))) {
      Map<String, Object> m = d.metadata();
      evaluation.add(ReportInvariants.check(analyzer.analyze(d), d.text()), d.text(), (String) m.get("frame"),
          (String) m.get("cue"), Voice.valueOf(((String) m.get("voice")).toUpperCase(Locale.ROOT)));
    }
    assertThat(evaluation.accuracy()).as("%s voice accuracy on the test split", lang)
        .isGreaterThanOrEqualTo(VOICE_FLOORS.get(lang));
  }

  private static List<Document> read(Path file) throws Exception {
    assertThat(file).exists();
    List<Document> docs = new java.util.ArrayList<>();
    try (InputStream in = Files.newInputStream(file); JsonlReader reader = new JsonlReader(file.toString(), in)) {
      for (Optional<Document> d = reader.next(); d.isPresent(); d = reader.next()) {
        docs.add(d.get());
      }
    }
    return docs;
  }
}

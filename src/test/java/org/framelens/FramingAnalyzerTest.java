package org.framelens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.framelens.lexicon.Taxonomy;
import org.framelens.report.Evidence;
import org.framelens.report.FrameScore;
import org.framelens.report.FramingReport;
import org.framelens.report.Stance;
import org.framelens.report.Warning;
import org.framelens.text.Language;
import org.junit.jupiter.api.Test;

class FramingAnalyzerTest {
  private static final FramingAnalyzer ANALYZER = Framelens.defaultAnalyzer();

  private static FramingReport analyze(String text) {
    return ReportInvariants.check(ANALYZER.analyze(text), text);
  }

  @Test
  void analyze_demoArticle_coreFramesPresentAndPromoted() {
    String text = Framelens.demoArticle("en");
    FramingReport report = analyze(text);
    assertThat(report.language()).isEqualTo("en");
    for (String id : List.of("sovereignty", "western_aggression", "multipolarity", "resilience")) {
      FrameScore f = report.frame(id).orElseThrow();
      assertThat(f.present()).as(id).isTrue();
      assertThat(f.stance()).as(id).isEqualTo(Stance.PROMOTED);
      assertThat(f.evidence()).as(id).hasSizeGreaterThanOrEqualTo(3);
    }
  }

  @Test
  void analyze_russianDemoArticle_coreFramesPresent() {
    String text = Framelens.demoArticle("ru");
    FramingReport report = analyze(text);
    assertThat(report.language()).isEqualTo("ru");
    assertThat(report.presentFrames()).extracting(FrameScore::id)
        .contains("sovereignty", "western_aggression", "multipolarity", "resilience");
  }

  @Test
  void analyze_cueInSentence_evidencePointsAtCueWords() {
    String text = "Officials met on Monday. They warned against NATO’s eastward expansion toward the border.";
    FramingReport report = analyze(text);
    FrameScore wa = report.frame("western_aggression").orElseThrow();
    assertThat(wa.evidence()).extracting(Evidence::text).contains("eastward expansion");
    Evidence e = wa.evidence().stream().filter(x -> x.text().equals("eastward expansion")).findFirst().orElseThrow();
    assertThat(e.sentence()).isEqualTo(1);
    assertThat(wa.firstSentence()).isEqualTo(1);
  }

  @Test
  void analyze_invisibleCharactersInsideCue_evidenceSpansOriginalCharacters() {
    String text = "The people will defend their sover\u200Beignty and terri\u00ADtorial integrity at any cost.";
    FramingReport report = analyze(text);
    FrameScore s = report.frame("sovereignty").orElseThrow();
    assertThat(s.present()).isTrue();
    assertThat(s.evidence()).extracting(Evidence::text)
        .contains("sover\u200Beignty and terri\u00ADtorial integrity");
    assertThat(report.warnings()).extracting(Warning::code).contains(Warning.INVISIBLE_CHARACTERS);
  }

  @Test
  void analyze_homoglyphsInCue_evidenceFoundOnOriginalCharactersWithWarning() {
    String text = "The expansion of N\u0410\u0422\u041E threatens our sovereignty, says Xiao \u0413\u0430\u043D.\u202E";
    FramingReport report = analyze(text);
    assertThat(report.frame("western_aggression").orElseThrow().evidence()).extracting(Evidence::text)
        .anySatisfy(t -> assertThat(t).contains("N\u0410\u0422\u041E"));
    assertThat(report.warnings()).extracting(Warning::code)
        .containsExactly(Warning.MIXED_SCRIPT, Warning.MIXED_SCRIPT, Warning.BIDI_CONTROL);
    assertThat(report.warnings().get(1).start()).isEqualTo(text.indexOf("Xiao"));
  }

  @Test
  void analyze_emptyText_reportsEveryFrameAbsent() {
    for (String text : List.of("", "   \n\t ")) {
      FramingReport report = analyze(text);
      assertThat(report.presentFrames()).isEmpty();
      assertThat(report.frames()).hasSize(Taxonomy.defaultTaxonomy().frames().size());
      assertThat(report.language()).isEqualTo("und");
      assertThat(report.stats().sentences()).isZero();
    }
  }

  @Test
  void analyze_unsupportedLanguage_warnsInsteadOfThrowing() {
    String text = "Die Regierung hat heute neue Sanktionen gegen mehrere Unternehmen beschlossen, "
        + "die ab dem kommenden Monat gelten sollen und viele Branchen betreffen werden.";
    FramingReport report = analyze(text);
    assertThat(report.warnings()).extracting(Warning::code).containsExactly(Warning.UNSUPPORTED_LANGUAGE);
    assertThat(report.presentFrames()).isEmpty();
    assertThat(report.language()).isEqualTo("und");
  }

  @Test
  void analyze_documentLangUnsupported_keepsCodeAndWarns() {
    FramingReport report = ReportInvariants.check(
        ANALYZER.analyze(new Document("d1", "Bonjour à tous.", "fr", Map.of())), "Bonjour à tous.");
    assertThat(report.language()).isEqualTo("fr");
    assertThat(report.warnings()).extracting(Warning::code).containsExactly(Warning.UNSUPPORTED_LANGUAGE);
  }

  @Test
  void analyze_documentWithMetadata_carriesIdAndMetadata() {
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("outlet", "Northern Dispatch");
    meta.put("year", 2024);
    String text = "Sanctions have failed.";
    FramingReport report = ReportInvariants.check(ANALYZER.analyze(new Document("a-1", text, "en", meta)), text);
    assertThat(report.id()).isEqualTo("a-1");
    assertThat(report.metadata()).containsEntry("outlet", "Northern Dispatch").containsEntry("year", 2024);
    assertThat(report.toJson()).contains("\"metadata\":{\"outlet\":\"Northern Dispatch\",\"year\":2024}");
  }

  @Test
  void analyze_fixedLanguage_overridesDocumentLang() {
    FramingAnalyzer en = FramingAnalyzer.builder().language(Language.ENGLISH).build();
    String text = "Sanctions have failed.";
    FramingReport report = ReportInvariants.check(en.analyze(new Document("x", text, "ru", Map.of())), text);
    assertThat(report.language()).isEqualTo("en");
    assertThat(report.frame("resilience").orElseThrow().present()).isTrue();
  }

  @Test
  void analyze_neutralPadding_doesNotChangeScore() {
    String cue = "The country has shown remarkable resilience. ";
    String padding = "The weather in the capital was mild and the markets were calm. ".repeat(200);
    double shortScore = analyze(cue).frame("resilience").orElseThrow().score();
    double longScore = analyze(padding + cue + padding).frame("resilience").orElseThrow().score();
    assertThat(longScore).isEqualTo(shortScore);
  }

  @Test
  void analyze_weakCueRepeated_scoreStaysBounded() {
    String weak = "The internal affairs committee met again. ";
    double five = analyze(weak.repeat(5)).frame("sovereignty").orElseThrow().score();
    double thousand = analyze(weak.repeat(1000)).frame("sovereignty").orElseThrow().score();
    assertThat(thousand).isEqualTo(five).isLessThan(1.0);
  }

  @Test
  void analyze_sameInputTwice_sameJson() {
    String text = Framelens.demoArticle("en");
    assertThat(ANALYZER.analyze(text).toJson()).isEqualTo(ANALYZER.analyze(text).toJson());
  }

  @Test
  void analyze_underTurkishLocale_sameReport() {
    String text = "IMPORT SUBSTITUTION and SELF-RELIANCE: the sanctions have failed, said Ivan Ilyin.";
    String expected = ANALYZER.analyze(text).toJson();
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(new Locale("tr", "TR"));
      FramingAnalyzer turkish = FramingAnalyzer.builder().build();
      assertThat(turkish.analyze(text).toJson()).isEqualTo(expected);
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void builder_thresholdForFrame_changesPresence() {
    String text = "The committee discussed internal affairs.";
    FramingAnalyzer strict = FramingAnalyzer.builder().threshold("sovereignty", 0.99).build();
    FramingAnalyzer lax = FramingAnalyzer.builder().threshold(0.1).build();
    assertThat(ReportInvariants.check(strict.analyze(text), text).frame("sovereignty").orElseThrow().present())
        .isFalse();
    assertThat(ReportInvariants.check(lax.analyze(text), text).frame("sovereignty").orElseThrow().present())
        .isTrue();
  }

  @Test
  void builder_optionSetTwice_failsNamingOldValue() {
    FramingAnalyzer.Builder b = FramingAnalyzer.builder().mode(Mode.LEXICON);
    assertThatThrownBy(() -> b.mode(Mode.HYBRID))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("LEXICON");
    FramingAnalyzer.Builder t = FramingAnalyzer.builder().threshold(0.4);
    assertThatThrownBy(() -> t.threshold(0.6)).hasMessageContaining("0.4");
  }

  @Test
  void builder_badArguments_failClearly() {
    assertThatThrownBy(() -> FramingAnalyzer.builder().threshold(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FramingAnalyzer.builder().threshold("no_such_frame", 0.5).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no_such_frame");
    assertThatThrownBy(() -> FramingAnalyzer.builder().taxonomy("nope"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
  }

  @Test
  void builder_classifierModeWithoutModels_failsClearly(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Files.writeString(dir.resolve("taxonomy.ini"),
        "[taxonomy]\nid = tiny\nversion = 1\nlabel = Tiny\nlanguages = en\n\n[frame f]\nlabel = F\n");
    Taxonomy tiny = Taxonomy.load(dir);
    assertThatThrownBy(() -> FramingAnalyzer.builder().taxonomy(tiny).mode(Mode.CLASSIFIER).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("classifier");
    FramingAnalyzer hybrid = FramingAnalyzer.builder().taxonomy(tiny).build();
    assertThat(hybrid.effectiveMode(Language.ENGLISH)).isEqualTo(Mode.LEXICON);
    assertThat(hybrid.analyze("Anything at all.").provenance().mode()).isEqualTo("lexicon");
  }

  @Test
  void builder_reusable_buildsEquivalentAnalyzers() {
    FramingAnalyzer.Builder b = FramingAnalyzer.builder().mode(Mode.LEXICON);
    String text = Framelens.demoArticle("en");
    assertThat(b.build().analyze(text).toJson()).isEqualTo(b.build().analyze(text).toJson());
  }

  @Test
  void analyze_hybridWithBuiltInModels_recordsHybridModeAndModels() {
    FramingReport report = analyze("Sanctions have failed.");
    assertThat(report.provenance().mode()).isEqualTo("hybrid");
    assertThat(report.provenance().lexiconSha256()).hasSize(64);
    assertThat(report.provenance().models())
        .containsKeys("opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin", "classifier-en");
  }

  @Test
  void analyze_lexiconMode_noClassifierEvidence() {
    FramingAnalyzer lexicon = FramingAnalyzer.builder().mode(Mode.LEXICON).build();
    String text = Framelens.demoArticle("en");
    FramingReport report = ReportInvariants.check(lexicon.analyze(text), text);
    assertThat(report.provenance().mode()).isEqualTo("lexicon");
    assertThat(report.frames()).flatExtracting(FrameScore::evidence).extracting(Evidence::source)
        .containsOnly(org.framelens.report.EvidenceSource.LEXICON);
  }

  @Test
  void analyze_nullText_throwsNpe() {
    assertThatThrownBy(() -> ANALYZER.analyze((String) null)).isInstanceOf(NullPointerException.class);
  }
}

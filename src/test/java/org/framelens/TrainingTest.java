package org.framelens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.framelens.classify.FrameClassifier;
import org.framelens.lexicon.Taxonomy;
import org.framelens.report.Evidence;
import org.framelens.report.EvidenceSource;
import org.framelens.report.FramingReport;
import org.framelens.text.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Training on a slice of the project's training corpus, and analysis with the models it writes. */
class TrainingTest {
  @TempDir
  static Path dir;

  static Path corpus;
  static Path models;

  @BeforeAll
  static void train() throws Exception {
    List<String> lines = new ArrayList<>();
    for (String part : List.of("en.part-a.jsonl", "en.part-b.jsonl")) {
      List<String> all = Files.readAllLines(Path.of("lexicons/strategic-narratives/training", part));
      for (int i = 0; i < all.size(); i += 4) {
        lines.add(all.get(i));
      }
    }
    corpus = dir.resolve("corpus.jsonl");
    Files.write(corpus, lines);
    models = dir.resolve("models");
    for (Map.Entry<Language, FrameClassifier> e
        : Training.train(Taxonomy.defaultTaxonomy(), List.of(corpus)).entrySet()) {
      e.getValue().write(models.resolve(e.getKey().code()));
    }
  }

  @Test
  void train_sameCorpusTwice_sameModels() throws Exception {
    Path again = dir.resolve("again");
    Training.train(Taxonomy.defaultTaxonomy(), List.of(corpus)).get(Language.ENGLISH).write(again);
    FrameClassifier first = FrameClassifier.read(models.resolve("en")).orElseThrow();
    FrameClassifier second = FrameClassifier.read(again).orElseThrow();
    FrameClassifier.Scorer a = first.scorer();
    FrameClassifier.Scorer b = second.scorer();
    for (String line : Files.readAllLines(corpus).subList(0, 50)) {
      String[] features = line.toLowerCase(java.util.Locale.ROOT).split("\\W+");
      assertThat(b.probabilities(features)).containsExactly(a.probabilities(features));
    }
    assertThat(second.describe()).isEqualTo(first.describe())
        .containsEntry("lexiconSha256", Taxonomy.defaultTaxonomy().sha256())
        .containsKeys("corpusSha256", "threshold", "dev.f1");
  }

  @Test
  void analyze_classifierMode_evidenceIsTheFlaggedSentence() {
    FramingAnalyzer analyzer = FramingAnalyzer.builder().mode(Mode.CLASSIFIER).classifiers(models).build();
    String text = "The weather is mild today. Europe hates everything Russian: our artists are banned, our "
        + "athletes humiliated, our culture cancelled.";
    FramingReport report = ReportInvariants.check(analyzer.analyze(text), text);
    List<Evidence> all = report.frames().stream().flatMap(f -> f.evidence().stream()).toList();
    assertThat(all).allSatisfy(e -> {
      assertThat(e.source()).isEqualTo(EvidenceSource.CLASSIFIER);
      assertThat(e.cue()).isEqualTo("opennlp-doccat");
      assertThat(e.text()).isIn("The weather is mild today.", text.substring(text.indexOf("Europe")));
    });
    assertThat(report.frame("victimhood").orElseThrow().evidence()).extracting(Evidence::sentence).contains(1);
    assertThat(report.provenance().mode()).isEqualTo("classifier");
    assertThat(analyzer.effectiveMode(Language.RUSSIAN)).isEqualTo(Mode.LEXICON);
  }

  @Test
  void classifiers_trainedWithOtherLexicons_rejected() throws Exception {
    Path other = dir.resolve("other-taxonomy");
    Files.createDirectories(other.resolve("cues/en"));
    Files.writeString(other.resolve("taxonomy.ini"), Files.readString(
        Path.of("lexicons/strategic-narratives/taxonomy.ini")).replace("languages = en, ru", "languages = en"));
    Files.copy(Path.of("lexicons/strategic-narratives/codebook.md"), other.resolve("codebook.md"));
    Taxonomy t = Taxonomy.load(other);
    assertThatThrownBy(() -> FramingAnalyzer.builder().taxonomy(t).classifiers(models).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retrain");
  }

  @Test
  void crossValidate_threeFolds_tableWithEveryFrame() throws Exception {
    String table = Training.crossValidate(Taxonomy.defaultTaxonomy(), List.of(corpus), 3).get(Language.ENGLISH);
    for (String frame : List.of("sovereignty", "victimhood", "micro average", "macro average")) {
      assertThat(table).contains("| " + frame + " |");
    }
    assertThatThrownBy(() -> Training.crossValidate(Taxonomy.defaultTaxonomy(), List.of(corpus), 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void train_frameWithoutExamples_clearError() throws Exception {
    Path small = dir.resolve("small.jsonl");
    Files.writeString(small, "{\"text\":\"Sanctions have failed.\",\"lang\":\"en\",\"labels\":[\"resilience\"]}\n");
    assertThatThrownBy(() -> Training.train(Taxonomy.defaultTaxonomy(), List.of(small)))
        .isInstanceOf(CorpusFormatException.class).hasMessageContaining("each frame needs at least");
  }

  @Test
  void train_unknownLabel_namesFileAndLine() throws Exception {
    Path bad = dir.resolve("bad.jsonl");
    Files.writeString(bad, "{\"text\":\"a\",\"lang\":\"en\",\"labels\":[]}\n{\"text\":\"b\",\"lang\":\"en\",\"labels\":[\"nope\"]}\n");
    assertThatThrownBy(() -> Training.train(Taxonomy.defaultTaxonomy(), List.of(bad)))
        .isInstanceOf(CorpusFormatException.class).hasMessageContaining("bad.jsonl:2").hasMessageContaining("nope");
  }
}

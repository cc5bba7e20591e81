package org.framelens.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.framelens.CorpusFormatException;
import org.framelens.FramingAnalyzer;
import org.framelens.Mode;
import org.framelens.ReportInvariants;
import org.framelens.lexicon.Taxonomy;
import org.framelens.lexicon.TempTaxonomy;
import org.framelens.report.FrameScore;
import org.framelens.report.FramingReport;
import org.framelens.report.Stance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SemevalTest {

  @TempDir
  static Path dir;

  static Taxonomy taxonomy;
  static FramingAnalyzer analyzer;

  @BeforeAll
  static void taxonomy() throws Exception {
    TempTaxonomy t = TempTaxonomy.in(dir.resolve("mini"), SemevalTestData.MINI_INI)
        .cues("en", "blame", "provoked the war | 0.9\nnato started the war | 0.5\n")
        .cues("en", "blame__west", "nato started the war | 0.9\n")
        .cues("en", "praise", "glorious russia | 0.9\n")
        .cues("en", "praise__army", "invincible army | 0.9\nnato started the war | 0.3\n");
    taxonomy = Taxonomy.load(t.dir());
    analyzer = FramingAnalyzer.builder().taxonomy(taxonomy).mode(Mode.LEXICON).build();
  }

  private static FramingReport report(String text) {
    return ReportInvariants.check(analyzer.analyze(text), text, taxonomy);
  }

  private static FrameScore frame(FramingReport r, String id) {
    return r.frames().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void analyze_subnarrativeCue_rollsUpToItsNarrative() {
    FramingReport r = report("NATO started the war in Ukraine.");
    assertThat(frame(r, "blame__west").present()).isTrue();
    assertThat(frame(r, "blame").present()).isTrue();
    assertThat(frame(r, "blame").evidence()).extracting(e -> e.cue()).containsExactly("nato started the war");
    assertThat(frame(r, "blame").score()).isEqualTo(frame(r, "blame__west").score());
  }

  @Test
  void analyze_sameSpanForNarrativeAndSubnarrative_countsOnceWithTheHigherWeight() {
    FramingReport r = report("NATO started the war in Ukraine.");
    // the span is a cue of blame (0.5) and blame__west (0.9): blame counts it once, at 0.9
    assertThat(frame(r, "blame").evidence()).singleElement().extracting(e -> e.weight()).isEqualTo(0.9);
    // another narrative's subtree keeps its own weight for the same span
    assertThat(frame(r, "praise").evidence()).singleElement().extracting(e -> e.weight()).isEqualTo(0.3);
  }

  @Test
  void predicted_promotedSubnarrative_givesNarrativeAndSubnarrative() {
    Semeval.Labels labels = Semeval.predicted(report("NATO started the war in Ukraine."), taxonomy);
    assertThat(labels.narratives()).containsExactly("URW: Blaming the war on others");
    assertThat(labels.subnarratives()).containsExactly("URW: Blaming the war on others: The West are the aggressors");
  }

  @Test
  void predicted_narrativeWithoutSubnarrative_givesNarrativeOther() {
    Semeval.Labels labels = Semeval.predicted(report("They provoked the war. Glorious Russia will win."), taxonomy);
    assertThat(labels.narratives()).containsExactly("URW: Blaming the war on others", "URW: Praise of Russia");
    assertThat(labels.subnarratives())
        .containsExactly("URW: Blaming the war on others: Other", "URW: Praise of Russia: Other");
  }

  @Test
  void predicted_reportedClaim_isNotALabel() {
    FramingReport r = report("The Kremlin claims that NATO started the war, a claim that analysts reject.");
    assertThat(frame(r, "blame").stance()).isNotEqualTo(Stance.PROMOTED);
    assertThat(Semeval.predicted(r, taxonomy)).isEqualTo(new Semeval.Labels(List.of("Other"), List.of("Other")));
  }

  @Test
  void predicted_noFrame_givesOtherInBothColumns() {
    Semeval.Labels labels = Semeval.predicted(report("The harvest was early this year."), taxonomy);
    assertThat(labels.line("EN_1.txt")).isEqualTo("EN_1.txt\tOther\tOther");
  }

  @Test
  void predicted_reportOfAnotherTaxonomy_rejected() {
    FramingReport other = FramingAnalyzer.builder().mode(Mode.LEXICON).build().analyze("Hello.");
    assertThatThrownBy(() -> Semeval.predicted(other, taxonomy)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("strategic-narratives");
  }

  @Test
  void readLabels_parsesTheTaskFormat() throws Exception {
    Path file = dir.resolve("annotations.txt");
    Files.writeString(file, "\uFEFFA.txt\tN1;N2\tN1: S1;N2: Other\n\nB.txt\tOther\tOther\n");
    Map<String, Semeval.Labels> labels = Semeval.readLabels(file);
    assertThat(labels).containsOnlyKeys("A.txt", "B.txt");
    assertThat(labels.get("A.txt").narratives()).containsExactly("N1", "N2");
    assertThat(labels.get("A.txt").subnarratives()).containsExactly("N1: S1", "N2: Other");
    assertThat(labels.get("A.txt").line("A.txt")).isEqualTo("A.txt\tN1;N2\tN1: S1;N2: Other");
  }

  @Test
  void readLabels_badLine_namesFileAndLine() throws Exception {
    Path file = dir.resolve("bad.txt");
    Files.writeString(file, "A.txt\tOther\tOther\nB.txt Other Other\n");
    assertThatThrownBy(() -> Semeval.readLabels(file)).isInstanceOf(CorpusFormatException.class)
        .hasMessageContaining("bad.txt").hasMessageContaining(":2");
    Files.writeString(file, "A.txt\tOther\tOther\nA.txt\tOther\tOther\n");
    assertThatThrownBy(() -> Semeval.readLabels(file)).isInstanceOf(CorpusFormatException.class)
        .hasMessageContaining("listed twice");
  }

  @Test
  void readLabels_invalidUtf8_namesFileAndLine() throws Exception {
    Path file = dir.resolve("latin1.txt");
    Files.write(file, "A.txt\tOther\tOther\nB\u00e9.txt\tOther\tOther\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> Semeval.readLabels(file)).isInstanceOf(CorpusFormatException.class)
        .hasMessageContaining("latin1.txt").hasMessageContaining(":2").hasMessageContaining("UTF-8");
  }

  @Test
  void samplesF1_averagesPerDocumentF1_coarseAndFine() {
    Semeval.SamplesF1 m = new Semeval.SamplesF1();
    // doc 1: coarse gold {A,B} pred {A} -> 2/3; fine gold {A: x, B: Other} pred {A: Other} -> 0
    m.add(new Semeval.Labels(List.of("A", "B"), List.of("A: x", "B: Other")),
        new Semeval.Labels(List.of("A"), List.of("A: Other")));
    // doc 2: Other / Other predicted exactly -> 1, 1
    m.add(new Semeval.Labels(List.of("Other"), List.of("Other")), new Semeval.Labels(List.of("Other"), List.of("Other")));
    assertThat(m.documents()).isEqualTo(2);
    assertThat(m.coarse()).isCloseTo((2 / 3.0 + 1) / 2, within(1e-12));
    assertThat(m.fine()).isCloseTo(0.5, within(1e-12));
    assertThat(m.fineStd()).isCloseTo(0.5, within(1e-12));
    Evaluation.Row b = m.rows(false).stream().filter(r -> r.frame().equals("B")).findFirst().orElseThrow();
    assertThat(b.falseNegatives()).isEqualTo(1);
    assertThat(b.recall()).isZero();
    assertThat(m.toMarkdown()).contains("| 2 | 0.833 |");
  }

  @Test
  void f1_ofLabelSets() {
    assertThat(Semeval.f1(Set.of("a", "b"), Set.of("b", "c"))).isEqualTo(0.5);
    assertThat(Semeval.f1(Set.of(), Set.of())).isEqualTo(1.0);
    assertThat(Semeval.f1(Set.of("a"), Set.of())).isZero();
  }

  @Test
  void articles_findsTheTaskLayoutSortedByName() throws Exception {
    Path task = dir.resolve("task");
    Files.createDirectories(task.resolve("subtask-2-documents"));
    Files.writeString(task.resolve("subtask-2-documents/B.txt"), "b");
    Files.writeString(task.resolve("subtask-2-documents/A.txt"), "a");
    Files.writeString(task.resolve("subtask-2-documents/notes.md"), "x");
    assertThat(Semeval.articles(task)).extracting(Semeval.Article::file).containsExactly("A.txt", "B.txt");
    assertThatThrownBy(() -> Semeval.articles(dir.resolve("nowhere")))
        .isInstanceOf(java.nio.file.NoSuchFileException.class);
  }
}

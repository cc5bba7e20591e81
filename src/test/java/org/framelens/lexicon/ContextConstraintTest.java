package org.framelens.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.framelens.FramingAnalyzer;
import org.framelens.LexiconFormatException;
import org.framelens.ReportInvariants;
import org.framelens.report.Evidence;
import org.framelens.report.FrameScore;
import org.framelens.report.FramingReport;
import org.framelens.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContextConstraintTest {
  @TempDir
  Path dir;

  private FramingReport analyze(String text) throws Exception {
    Taxonomy t = Taxonomy.load(dir);
    FramingAnalyzer analyzer = FramingAnalyzer.builder().taxonomy(t).language(Language.ENGLISH).build();
    return ReportInvariants.check(analyzer.analyze(text), text, t);
  }

  private static FrameScore alpha(FramingReport r) {
    return r.frame("alpha").orElseThrow();
  }

  @Test
  void requires_targetInSentence_cueCounts() throws Exception {
    TempTaxonomy.valid(dir)
        .cues("en", "alpha", "expansion | 0.6 | requires=west\n")
        .file("targets/en/west.txt", "# the West\nnato\nthe west\n=washington\n");
    assertThat(alpha(analyze("NATO announced a further expansion.")).evidence())
        .extracting(Evidence::text).containsExactly("expansion");
    assertThat(alpha(analyze("The expansion of the West continues.")).present()).isTrue();
  }

  @Test
  void requires_targetOnlyInOtherSentence_cueIgnored() throws Exception {
    TempTaxonomy.valid(dir)
        .cues("en", "alpha", "expansion | 0.6 | requires=west\n")
        .file("targets/en/west.txt", "nato\n");
    FramingReport r = analyze("The airport expansion starts in May. NATO ministers meet in June.");
    assertThat(alpha(r).evidence()).isEmpty();
  }

  @Test
  void requires_anyOfSeveralGroups_suffices() throws Exception {
    TempTaxonomy.valid(dir)
        .cues("en", "alpha", "aggression | 0.6 | requires=west,nato\n")
        .file("targets/en/west.txt", "washington\n")
        .file("targets/en/nato.txt", "alliance\n");
    assertThat(alpha(analyze("The alliance's aggression is plain.")).evidence()).hasSize(1);
    assertThat(alpha(analyze("Aggression in the schoolyard.")).evidence()).isEmpty();
  }

  @Test
  void requires_unmetLongCue_doesNotHideShorterCue() throws Exception {
    TempTaxonomy.valid(dir)
        .cues("en", "alpha", "eastward expansion | 0.9 | requires=west\nexpansion | 0.3\n")
        .file("targets/en/west.txt", "nato\n");
    assertThat(alpha(analyze("The eastward expansion of the airport.")).evidence())
        .extracting(Evidence::cue).containsExactly("expansion");
  }

  @Test
  void load_unknownGroup_errorAtTheCue() {
    TempTaxonomy.valid(dir).cues("en", "alpha", "fine | 0.5\nexpansion | 0.6 | requires=west\n");
    assertThatThrownBy(() -> Taxonomy.load(dir)).isInstanceOfSatisfying(LexiconFormatException.class, e -> {
      assertThat(e.line()).isEqualTo(2);
      assertThat(e.source()).endsWith("alpha.txt");
      assertThat(e.getMessage()).contains("unknown target group 'west'");
    });
  }

  @Test
  void load_badGroupName_errorAtTheOption() {
    String line = "expansion | 0.6 | requires=West";
    TempTaxonomy.valid(dir).cues("en", "alpha", line + "\n");
    assertThatThrownBy(() -> Taxonomy.load(dir)).isInstanceOfSatisfying(LexiconFormatException.class, e -> {
      assertThat(e.line()).isEqualTo(1);
      assertThat(e.column()).isEqualTo(line.indexOf("West") + 1);
    });
  }

  @Test
  void load_targetsChangeTheHash() throws Exception {
    TempTaxonomy t = TempTaxonomy.valid(dir)
        .cues("en", "alpha", "expansion | 0.6 | requires=west\n")
        .file("targets/en/west.txt", "nato\n");
    String before = Taxonomy.load(dir).sha256();
    t.file("targets/en/west.txt", "nato\nalliance\n");
    assertThat(Taxonomy.load(dir).sha256()).isNotEqualTo(before);
    assertThat(Taxonomy.load(dir).targets(Language.ENGLISH)).extracting(CueEntry::pattern)
        .containsExactly("nato", "alliance");
  }
}

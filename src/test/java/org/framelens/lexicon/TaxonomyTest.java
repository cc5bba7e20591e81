package org.framelens.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.framelens.LexiconFormatException;
import org.framelens.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaxonomyTest {
  private static final String HEADER = """
      [taxonomy]
      id = test-taxonomy
      version = 0.0.1
      label = Test taxonomy
      languages = en
      """;

  @TempDir Path dir;

  @Test
  void builtIn_default_loadsTenFramesInFileOrder() {
    Taxonomy t = Taxonomy.defaultTaxonomy();

    assertThat(t.id()).isEqualTo("strategic-narratives");
    assertThat(t.version()).isNotBlank();
    assertThat(t.languages()).containsExactlyInAnyOrder(Language.ENGLISH, Language.RUSSIAN);
    assertThat(t.frames()).extracting(Frame::id).containsExactly(
        "sovereignty", "western_aggression", "multipolarity", "resilience", "savior_leader",
        "compatriot_protection", "strategic_partnership", "historical_grievance",
        "stability_guarantor", "victimhood");
  }

  @Test
  void builtIn_default_everyFrameHasALabelAndAThresholdInRange() {
    assertThat(Taxonomy.defaultTaxonomy().frames()).allSatisfy(f -> {
      assertThat(f.label()).isNotBlank();
      assertThat(f.threshold()).isGreaterThan(0).isLessThanOrEqualTo(1);
    });
  }

  @Test
  void builtIn_default_hasCuesInBothLanguagesForKnownFrames() {
    Taxonomy t = Taxonomy.defaultTaxonomy();

    for (Language lang : Language.values()) {
      assertThat(t.cues(lang)).isNotEmpty().allSatisfy(c -> {
        assertThat(c.language()).isEqualTo(lang);
        assertThat(t.frame(c.frame())).isPresent();
      });
    }
  }

  @Test
  void sha256_builtIn_is64HexCharsAndStableAcrossLoads() {
    String first = Taxonomy.builtIn("strategic-narratives").sha256();
    String second = Taxonomy.builtIn("strategic-narratives").sha256();

    assertThat(first).matches("[0-9a-f]{64}").isEqualTo(second);
  }

  @Test
  void sha256_sameFilesFromDirectoryAndClasspath_isEqual() throws Exception {
    Taxonomy fromDir = Taxonomy.load(Path.of("lexicons", "strategic-narratives"));

    assertThat(fromDir.sha256()).isEqualTo(Taxonomy.defaultTaxonomy().sha256());
  }

  @Test
  void sha256_changedCueFile_changes() throws Exception {
    TempTaxonomy tax = TempTaxonomy.valid(dir).cues("en", "alpha", "sovereignty | 0.5\n");
    String before = Taxonomy.load(dir).sha256();

    tax.cues("en", "alpha", "sovereignty | 0.6\n");

    assertThat(Taxonomy.load(dir).sha256()).matches("[0-9a-f]{64}").isNotEqualTo(before);
  }

  @Test
  void descendantsAndAncestors_followParents() throws Exception {
    Taxonomy tax = Taxonomy.load(TempTaxonomy.valid(dir).cues("en", "alpha", "sovereignty | 0.5\n").dir());
    assertThat(tax.descendants("alpha")).containsExactly("beta");
    assertThat(tax.descendants("beta")).isEmpty();
    assertThat(tax.withAncestors(java.util.List.of("beta"))).containsExactlyInAnyOrder("beta", "alpha");
    assertThat(tax.withAncestors(java.util.List.of("alpha"))).containsExactly("alpha");
    assertThat(Taxonomy.defaultTaxonomy().descendants("sovereignty")).isEmpty();
  }

  @Test
  void builtIn_semeval_hasElevenNarrativesAndTheirSubnarrativesWithOfficialLabels() {
    Taxonomy tax = Taxonomy.builtIn(Taxonomy.SEMEVAL_URW_ID);
    java.util.List<Frame> narratives = tax.frames().stream().filter(f -> f.parent() == null).toList();
    assertThat(narratives).hasSize(11);
    assertThat(tax.frames()).hasSize(49).allSatisfy(f -> assertThat(f.label()).startsWith("URW: "));
    assertThat(tax.frame("discredit_west__weak").orElseThrow().label())
        .isEqualTo("URW: Discrediting the West, Diplomacy: The West is weak");
    for (Frame f : tax.frames()) {
      if (f.parent() != null) {
        Frame parent = tax.frame(f.parent()).orElseThrow();
        assertThat(parent.parent()).isNull();
        assertThat(f.label()).startsWith(parent.label() + ": ");
      }
      assertThat(tax.codebookEntry(f.id())).as(f.id()).isPresent();
    }
    assertThat(tax.descendants("discredit_ukraine")).hasSize(8);
    assertThat(tax.descendants("hidden_plots")).isEmpty();
  }

  @Test
  void builtIn_unknownId_throwsIllegalArgumentNamingIt() {
    assertThatThrownBy(() -> Taxonomy.builtIn("no-such-taxonomy"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no-such-taxonomy");
  }

  @Test
  void resolve_builtInId_givesBuiltInTaxonomy() throws Exception {
    assertThat(Taxonomy.resolve("strategic-narratives").sha256())
        .isEqualTo(Taxonomy.defaultTaxonomy().sha256());
  }

  @Test
  void load_validTempDirectory_readsHeaderFramesAndCues() throws Exception {
    TempTaxonomy.valid(dir).cues("en", "alpha", """
        # alpha cues
        sovereignty               | 0.6
        expansion   of  nato      | 0.9 | exact | enlargement | seen as a threat
        """);

    Taxonomy t = Taxonomy.load(dir);

    assertThat(t.id()).isEqualTo("test-taxonomy");
    assertThat(t.version()).isEqualTo("0.0.1");
    assertThat(t.label()).isEqualTo("Test taxonomy");
    assertThat(t.languages()).containsExactly(Language.ENGLISH);
    assertThat(t.frames()).containsExactly(
        new Frame("alpha", "Alpha", null, 0.5, "First test frame."),
        new Frame("beta", "Beta", "alpha", 0.4, "Second test frame, a child of alpha."));
    assertThat(t.cues(Language.RUSSIAN)).isEmpty();
    assertThat(t.cues(Language.ENGLISH)).containsExactly(
        new CueEntry("alpha", Language.ENGLISH, "sovereignty", 0.6, false, "",
            dir.resolve("cues/en/alpha.txt").toString(), 2),
        new CueEntry("alpha", Language.ENGLISH, "expansion of nato", 0.9, true,
            "enlargement | seen as a threat", dir.resolve("cues/en/alpha.txt").toString(), 3));
  }

  @Test
  void load_notADirectory_throwsNoSuchFile() {
    assertThatThrownBy(() -> Taxonomy.load(dir.resolve("missing")))
        .isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void load_directoryWithoutTaxonomyIni_reportsMissingFile() {
    LexiconFormatException e = loadError();

    assertThat(e.line()).isZero();
    assertThat(e.getMessage()).contains("missing taxonomy.ini");
  }

  @Test
  void load_missingTaxonomySection_reportsLineOneColumnOne() {
    TempTaxonomy.in(dir, """
        # a file without its header
        [frame alpha]
        label = Alpha
        """);

    LexiconFormatException e = loadError();

    assertLocation(e, 1, 1);
    assertThat(e.getMessage()).contains("expected exactly one [taxonomy] section, found 0");
  }

  @Test
  void load_secondTaxonomySection_reportsItsLine() {
    TempTaxonomy.in(dir, HEADER + """

        [taxonomy]
        id = again
        """);

    LexiconFormatException e = loadError();

    assertLocation(e, 7, 1);
    assertThat(e.getMessage()).contains("found 2");
  }

  @Test
  void load_unknownKeyInFrame_reportsItsLine() {
    TempTaxonomy.in(dir, HEADER + """

        [frame alpha]
        label = Alpha
        weight = 0.3
        """);

    LexiconFormatException e = loadError();

    assertLocation(e, 9, 1);
    assertThat(e.getMessage()).contains("unknown key 'weight' in [frame]");
  }

  @Test
  void load_misspelledKeyInTaxonomySection_reportsItsLine() {
    TempTaxonomy.in(dir, """
        [taxonomy]
        id = test-taxonomy
        version = 0.0.1
        label = Test taxonomy
        langauges = en
        """);

    LexiconFormatException e = loadError();

    assertLocation(e, 5, 1);
    assertThat(e.getMessage()).contains("unknown key 'langauges' in [taxonomy]");
  }

  @Test
  void load_unknownIndentedKey_reportsTheKeyColumn() {
    TempTaxonomy.in(dir, HEADER + """

        [frame alpha]
        label = Alpha
            weight = 0.3
        """);

    LexiconFormatException e = loadError();

    assertLocation(e, 9, 5);
  }

  @Test
  void load_badFrameId_reportsColumnOfTheId() {
    TempTaxonomy.in(dir, HEADER + """

        [frame Alpha-1]
        label = Alpha
        """);

    LexiconFormatException e = loadError();

    assertLocation(e, 7, 8);
    assertThat(e.getMessage()).contains("frame id must match", "'Alpha-1'");
  }

  @Test
  void load_duplicateFrame_reportsTheSecondSection() {
    TempTaxonomy.in(dir, HEADER + """

        [frame alpha]
        label = Alpha

        [frame alpha]
        label = Alpha again
        """);

    LexiconFormatException e = loadError();

    assertLocation(e, 10, 8);
    assertThat(e.getMessage()).contains("duplicate frame id 'alpha'");
  }

  @Test
  void load_unknownParent_reportsTheFrameSection() {
    TempTaxonomy.in(dir, HEADER + """

        [frame alpha]
        label = Alpha
        parent = gamma
        """);

    LexiconFormatException e = loadError();

    assertLocation(e, 7, 1);
    assertThat(e.getMessage()).contains("frame 'alpha' has unknown parent 'gamma'");
  }

  @Test
  void load_parentCycle_reportsEveryFrameInIt() {
    TempTaxonomy.in(dir, HEADER + """

        [frame alpha]
        label = Alpha
        parent = beta

        [frame beta]
        label = Beta
        parent = alpha
        """);

    LexiconFormatException e = loadError();

    assertLocation(e, 7, 1);
    assertThat(e.getMessage()).contains("frame 'alpha' is in a cycle of parents");
    assertThat(e.diagnostics()).hasSize(2);
    assertThat(e.diagnostics().get(1)).endsWith(":11:1: error: frame 'beta' is in a cycle of parents");
  }

  @Test
  void load_frameIsItsOwnParent_reportsCycle() {
    TempTaxonomy.in(dir, HEADER + """

        [frame alpha]
        label = Alpha
        parent = alpha
        """);

    LexiconFormatException e = loadError();

    assertLocation(e, 7, 1);
    assertThat(e.getMessage()).contains("cycle of parents");
  }

  @Test
  void load_thresholdAboveOne_reportsColumnOfTheValue() {
    String line = "threshold =  1.5";
    TempTaxonomy.in(dir, HEADER + "\n[frame alpha]\nlabel = Alpha\n" + line + "\n");

    LexiconFormatException e = loadError();

    assertLocation(e, 9, line.indexOf("1.5") + 1);
    assertThat(e.getMessage()).contains("threshold must be a number in (0, 1]: '1.5'");
  }

  @Test
  void load_thresholdNotANumberOrZero_isReported() {
    TempTaxonomy.in(dir, HEADER + """

        [frame alpha]
        label = Alpha
        threshold = high

        [frame beta]
        label = Beta
        threshold = 0
        """);

    LexiconFormatException e = loadError();

    assertLocation(e, 9, 13);
    assertThat(e.diagnostics()).hasSize(2);
    assertThat(e.diagnostics().get(1)).contains(":13:13: error: threshold must be a number in (0, 1]: '0'");
    assertThat(e.getMessage()).endsWith("(and 1 more problems)");
  }

  @Test
  void load_unsupportedLanguage_reportsColumnOfTheCode() {
    String line = "languages = en, de";
    TempTaxonomy.in(dir, """
        [taxonomy]
        id = test-taxonomy
        version = 0.0.1
        label = Test taxonomy
        """ + line + "\n\n[frame alpha]\nlabel = Alpha\n");

    LexiconFormatException e = loadError();

    assertLocation(e, 5, line.indexOf("de") + 1);
    assertThat(e.getMessage()).contains("unsupported language 'de'");
  }

  @Test
  void load_frameWithoutLabel_isReported() {
    TempTaxonomy.in(dir, HEADER + """

        [frame alpha]
        description = No label here.
        """);

    LexiconFormatException e = loadError();

    assertThat(e.line()).isEqualTo(7);
    assertThat(e.getMessage()).contains("frame 'alpha' needs a non-empty label");
  }

  @Test
  void load_inlineCommentsAndSemicolonLines_areIgnored() throws Exception {
    TempTaxonomy.in(dir, """
        ; generated for a test
        [taxonomy]
        id = commented   # the id
        version = 2.0
        label = Commented
        languages = en
        [frame alpha]
        label = Alpha   # shown in reports
        description = d
        """);

    Taxonomy t = Taxonomy.load(dir);

    assertThat(t.id()).isEqualTo("commented");
    assertThat(t.frames()).extracting(Frame::label).containsExactly("Alpha");
  }

  @Test
  void load_errorMessage_startsWithFileLineAndColumn() {
    TempTaxonomy.in(dir, HEADER + "\n[frame alpha]\nlabel = Alpha\nthreshold = 2\n");

    LexiconFormatException e = loadError();

    assertThat(e.source()).isEqualTo(dir.resolve("taxonomy.ini").toString());
    assertThat(e.getMessage()).startsWith(dir.resolve("taxonomy.ini") + ":9:13: ");
  }

  private LexiconFormatException loadError() {
    return catchThrowableOfType(LexiconFormatException.class, () -> Taxonomy.load(dir));
  }

  private static void assertLocation(LexiconFormatException e, int line, int column) {
    assertThat(e).as("expected a LexiconFormatException").isNotNull();
    assertThat(e.line()).as("line of: %s", e.getMessage()).isEqualTo(line);
    assertThat(e.column()).as("column of: %s", e.getMessage()).isEqualTo(column);
    assertThat(e.getMessage()).contains(":" + line + ":" + column + ": ");
  }
}

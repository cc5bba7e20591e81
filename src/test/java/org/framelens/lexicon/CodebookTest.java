package org.framelens.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.framelens.LexiconFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodebookTest {
  private static final String INI = """
      [taxonomy]
      id = cb
      version = 1
      label = Codebook test
      languages = en

      [frame alpha]

      [frame beta]
      label = Beta from ini
      """;

  private static final String CODEBOOK = """
      # Codebook

      Intro text.

      ## alpha: Alpha from codebook

      ### Definition
      Alpha asserts one thing
      over two lines.

      Second paragraph, not part of the description.

      ### Examples (English)
      - ✔ An example.

      ## beta: Beta from codebook

      ### Definition

      Beta asserts another.
      """;

  @TempDir
  Path dir;

  @Test
  void load_codebook_suppliesLabelsDescriptionsAndEntries() throws Exception {
    TempTaxonomy.in(dir, INI).file("codebook.md", CODEBOOK);
    Taxonomy t = Taxonomy.load(dir);
    Frame alpha = t.frame("alpha").orElseThrow();
    assertThat(alpha.label()).isEqualTo("Alpha from codebook");
    assertThat(alpha.description()).isEqualTo("Alpha asserts one thing over two lines.");
    assertThat(t.frame("beta").orElseThrow().label()).isEqualTo("Beta from codebook");
    assertThat(t.frame("beta").orElseThrow().description()).isEqualTo("Beta asserts another.");
    assertThat(t.codebookEntry("alpha").orElseThrow()).startsWith("## alpha: Alpha from codebook")
        .contains("- ✔ An example.").doesNotContain("## beta");
    assertThat(t.codebookEntry("gamma")).isEmpty();
  }

  @Test
  void load_noCodebook_frameWithoutLabel_isAnError() {
    TempTaxonomy.in(dir, INI);
    assertThatThrownBy(() -> Taxonomy.load(dir)).isInstanceOfSatisfying(LexiconFormatException.class, e -> {
      assertThat(e.line()).isEqualTo(7);
      assertThat(e.getMessage()).contains("frame 'alpha' needs a non-empty label");
    });
  }

  @Test
  void load_codebookMissingAFrame_isAnError() {
    TempTaxonomy.in(dir, INI).file("codebook.md", CODEBOOK.substring(0, CODEBOOK.indexOf("## beta")));
    assertThatThrownBy(() -> Taxonomy.load(dir)).hasMessageContaining("no codebook entry '## beta");
  }

  @Test
  void load_codebookEntryForUnknownFrame_isAnErrorWithLine() {
    TempTaxonomy.in(dir, INI).file("codebook.md", CODEBOOK + "\n## gamma: Gamma\n\n### Definition\nG.\n");
    assertThatThrownBy(() -> Taxonomy.load(dir)).isInstanceOfSatisfying(LexiconFormatException.class, e -> {
      assertThat(e.source()).endsWith("codebook.md");
      assertThat(e.getMessage()).contains("unknown frame 'gamma'");
    });
  }

  @Test
  void load_malformedHeadingOrMissingDefinition_isAnError() {
    TempTaxonomy.in(dir, INI).file("codebook.md", CODEBOOK.replace("## beta: Beta from codebook", "## Beta"));
    assertThatThrownBy(() -> Taxonomy.load(dir)).hasMessageContaining("'## frame_id: Label'");
    TempTaxonomy.in(dir, INI).file("codebook.md", CODEBOOK.replace("### Definition\n\nBeta asserts another.", ""));
    assertThatThrownBy(() -> Taxonomy.load(dir)).hasMessageContaining("no paragraph under '### Definition'");
  }
}

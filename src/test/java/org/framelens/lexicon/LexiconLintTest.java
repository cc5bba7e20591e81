package org.framelens.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconLintTest {
  @TempDir Path dir;

  @Test
  void lintBuiltIn_defaultTaxonomy_hasNoErrors() throws Exception {
    List<Diagnostic> diagnostics = LexiconLint.lintBuiltIn("strategic-narratives");

    assertThat(diagnostics).filteredOn(Diagnostic::isError).isEmpty();
  }

  @Test
  void lintBuiltIn_unknownId_throwsIllegalArgument() {
    assertThatThrownBy(() -> LexiconLint.lintBuiltIn("nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nope");
  }

  @Test
  void lint_cleanTaxonomy_reportsOnlyMissingCueWarnings() throws Exception {
    TempTaxonomy.valid(dir).cues("en", "alpha", "sovereignty | 0.6\n");

    List<Diagnostic> diagnostics = LexiconLint.lint(dir);

    assertThat(diagnostics).singleElement().satisfies(d -> {
      assertThat(d.isError()).isFalse();
      assertThat(d.source()).endsWith("beta.txt");
      assertThat(d.message()).isEqualTo("frame 'beta' has no en cues");
      assertThat(d.toString()).isEqualTo(d.source() + ": warning: frame 'beta' has no en cues");
    });
  }

  @Test
  void lint_cueFileForUnknownFrame_isAnError() throws Exception {
    TempTaxonomy tax = TempTaxonomy.valid(dir)
        .cues("en", "alpha", "sovereignty | 0.6\n")
        .cues("en", "beta", "hegemony | 0.5\n")
        .cues("en", "gamma", "encirclement | 0.7\n");

    List<Diagnostic> diagnostics = LexiconLint.lint(dir);

    assertThat(diagnostics).singleElement().satisfies(d -> {
      assertThat(d.isError()).isTrue();
      assertThat(d.source()).isEqualTo(tax.name("cues/en/gamma.txt"));
      assertThat(d.message()).isEqualTo("cue file for unknown frame 'gamma'");
    });
  }

  @Test
  void lint_cueFileInUndeclaredLanguage_isAnError() throws Exception {
    TempTaxonomy tax = TempTaxonomy.valid(dir)
        .cues("en", "alpha", "sovereignty | 0.6\n")
        .cues("en", "beta", "hegemony | 0.5\n")
        .cues("ru", "alpha", "суверенитет | 0.6\n");

    List<Diagnostic> diagnostics = LexiconLint.lint(dir);

    assertThat(diagnostics).singleElement().satisfies(d -> {
      assertThat(d.isError()).isTrue();
      assertThat(d.source()).isEqualTo(tax.name("cues/ru/alpha.txt"));
      assertThat(d.message()).contains("outside a declared language directory");
    });
  }

  @Test
  void lint_patternCompilingToSameTokensAsAnother_isAWarningAtItsLine() throws Exception {
    TempTaxonomy tax = TempTaxonomy.valid(dir)
        .cues("en", "alpha", "# cues\nsanction | 0.5\nsanctions | 0.6\n")
        .cues("en", "beta", "hegemony | 0.5\n");

    List<Diagnostic> diagnostics = LexiconLint.lint(dir);

    assertThat(diagnostics).singleElement().satisfies(d -> {
      assertThat(d.isError()).isFalse();
      assertThat(d.location()).isEqualTo(tax.name("cues/en/alpha.txt") + ":3:1");
      assertThat(d.message()).isEqualTo("pattern 'sanctions' matches the same tokens as 'sanction' (line 2)");
    });
  }

  @Test
  void lint_exactAndStemPatternOfSameWord_isNotReported() throws Exception {
    TempTaxonomy.valid(dir)
        .cues("en", "alpha", "sanction | 0.5\n=sanctions | 0.6\n")
        .cues("en", "beta", "hegemony | 0.5\n");

    assertThat(LexiconLint.lint(dir)).isEmpty();
  }

  @Test
  void lint_sameStemInDifferentFrames_isNotReported() throws Exception {
    TempTaxonomy.valid(dir)
        .cues("en", "alpha", "sanction | 0.5\n")
        .cues("en", "beta", "sanctions | 0.4\n");

    assertThat(LexiconLint.lint(dir)).isEmpty();
  }

  @Test
  void lint_malformedCueLine_reportsErrorInsteadOfThrowing() throws Exception {
    TempTaxonomy tax = TempTaxonomy.valid(dir)
        .cues("en", "alpha", "sovereignty | 0.6\nhegemony | lots\n")
        .cues("en", "beta", "hegemony | 0.5\n");

    List<Diagnostic> diagnostics = LexiconLint.lint(dir);

    assertThat(diagnostics).singleElement().satisfies(d -> {
      assertThat(d.isError()).isTrue();
      assertThat(d.toString()).isEqualTo(
          tax.name("cues/en/alpha.txt") + ":2:12: error: weight is not a number: 'lots'");
    });
  }

  @Test
  void lint_notADirectory_isAnError() throws Exception {
    assertThat(LexiconLint.lint(dir.resolve("absent"))).singleElement()
        .satisfies(d -> assertThat(d.message()).isEqualTo("not a directory"));
  }

  @Test
  void lint_severalFindings_areSortedBySourceLineAndColumn() throws Exception {
    TempTaxonomy.in(dir, TempTaxonomy.VALID_INI.replace("threshold = 0.4", "threshold = 7"))
        .cues("en", "alpha", "ab* | 0.5\nsovereignty | 0\n")
        .cues("en", "beta", "hegemony | 0.5 | odd\n");

    List<Diagnostic> diagnostics = LexiconLint.lint(dir);

    assertThat(diagnostics).hasSize(4).isSortedAccordingTo(Comparator.comparing(Diagnostic::source)
        .thenComparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
    assertThat(diagnostics).allMatch(Diagnostic::isError);
  }
}

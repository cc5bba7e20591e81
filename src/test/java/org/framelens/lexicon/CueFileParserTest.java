package org.framelens.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.framelens.LexiconFormatException;
import org.framelens.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cue file parsing, exercised through {@link Taxonomy#load} on temporary directories. */
class CueFileParserTest {
  /** The offending line is always line 3 of the cue file, after a comment and a valid entry. */
  private static final int LINE = 3;

  @TempDir Path dir;

  @Test
  void load_wellFormedLines_giveEntriesInFileOrder() throws Exception {
    TempTaxonomy.valid(dir).cues("en", "alpha", """
        # pattern | weight | options | note

        sanction*              | 0.3
        =unipolar world        | 1
        colour   revolution    | 0.9 | exact |
        hybrid war             | 0.05 |       | a note
        """);

    List<CueEntry> cues = Taxonomy.load(dir).cues(Language.ENGLISH);

    assertThat(cues)
        .extracting(CueEntry::pattern, CueEntry::weight, CueEntry::exact, CueEntry::note, CueEntry::line)
        .containsExactly(
            tuple("sanction*", 0.3, false, "", 3),
            tuple("=unipolar world", 1.0, false, "", 4),
            tuple("colour revolution", 0.9, true, "", 5),
            tuple("hybrid war", 0.05, false, "a note", 6));
    assertThat(cues).allSatisfy(c -> assertThat(c.frame()).isEqualTo("alpha"));
  }

  @Test
  void load_crlfLineEndings_areAccepted() throws Exception {
    TempTaxonomy.valid(dir).cues("en", "alpha", "# cues\r\nsovereignty | 0.6\r\nhegemony | 0.5\r\n");

    assertThat(Taxonomy.load(dir).cues(Language.ENGLISH)).extracting(CueEntry::pattern, CueEntry::line)
        .containsExactly(
            tuple("sovereignty", 2),
            tuple("hegemony", 3));
  }

  @Test
  void load_weightZero_reportsColumnOfTheWeight() {
    assertError("sanction | 0", "0", "weight must be in (0, 1], found 0");
  }

  @Test
  void load_weightAboveOne_reportsColumnOfTheWeight() {
    assertError("sanction |   1.5 | exact", "1.5", "weight must be in (0, 1], found 1.5");
  }

  @Test
  void load_weightNotANumber_reportsColumnOfTheWeight() {
    assertError("sanction | abc", "abc", "weight is not a number: 'abc'");
  }

  @Test
  void load_missingWeight_reportsColumnAfterTheLine() {
    String line = "sanction";

    LexiconFormatException e = loadWith(line);

    assertLocation(e, line.length() + 1);
    assertThat(e.getMessage()).contains("missing weight");
  }

  @Test
  void load_blankWeightField_reportsMissingWeight() {
    String line = "sanction |  ";

    LexiconFormatException e = loadWith(line);

    assertLocation(e, line.length() + 1);
    assertThat(e.getMessage()).contains("missing weight");
  }

  @Test
  void load_unknownOption_reportsColumnOfTheOption() {
    assertError("sanction | 0.5 | exact stemmed", "stemmed", "unknown option 'stemmed' (known: exact, requires=GROUP[,GROUP])");
  }

  @Test
  void load_unknownOptionRepeatingPartOfAnEarlierOne_reportsColumnOfTheUnknownOne() {
    String line = "sanction | 0.5 | exact ex";

    assertLocation(loadWith(line), line.lastIndexOf("ex") + 1);
  }

  @Test
  void load_wildcardInsideToken_reportsColumnOfTheToken() {
    assertError("  hybrid wa*r | 0.5", "wa*r", "wildcard '*' is allowed only at the end of a token");
  }

  @Test
  void load_prefixTooShort_reportsColumnOfTheToken() {
    assertError("western ab* | 0.5", "ab*", "at least 3 characters before '*'");
  }

  @Test
  void load_exactAndPrefixOnOneToken_isReported() {
    assertError("=sanct* | 0.5", "=sanct*", "cannot be both exact '=' and a prefix '*'");
  }

  @Test
  void load_emptyPattern_reportsColumnOne() {
    LexiconFormatException e = loadWith("   | 0.5");

    assertLocation(e, 1);
    assertThat(e.getMessage()).contains("empty pattern");
  }

  @Test
  void load_duplicatePatternIgnoringCaseAndSpaces_reportsFirstLine() {
    TempTaxonomy.valid(dir).cues("en", "alpha", """
        # cues
        expansion of nato | 0.9
          Expansion  of NATO | 0.7
        """);

    LexiconFormatException e = loadError();

    assertLocation(e, 3);
    assertThat(e.getMessage()).contains("duplicate pattern 'Expansion of NATO' (first at line 2)");
  }

  @Test
  void load_samePatternInTwoFrames_isNotADuplicate() throws Exception {
    TempTaxonomy.valid(dir)
        .cues("en", "alpha", "hegemony | 0.5\n")
        .cues("en", "beta", "hegemony | 0.3\n");

    assertThat(Taxonomy.load(dir).cues(Language.ENGLISH)).extracting(CueEntry::frame)
        .containsExactly("alpha", "beta");
  }

  @Test
  void load_invalidUtf8InCueFile_reportsLineAndColumnOfTheBadByte() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write("# cues\nsovereignty | 0.6\nhege".getBytes(StandardCharsets.UTF_8));
    bytes.write(0xFF);
    bytes.write("mony | 0.5\n".getBytes(StandardCharsets.UTF_8));
    TempTaxonomy.valid(dir).cueBytes("en", "alpha", bytes.toByteArray());

    LexiconFormatException e = loadError();

    assertLocation(e, 5);
    assertThat(e.getMessage()).contains("invalid UTF-8");
  }

  @Test
  void load_severalBadLines_listsEveryProblem() {
    TempTaxonomy.valid(dir).cues("en", "alpha", """
        # cues
        sovereignty | 2
        ab* | 0.5
        hegemony | 0.5 | fuzzy
        """);

    LexiconFormatException e = loadError();

    assertThat(e.line()).isEqualTo(2);
    assertThat(e.diagnostics()).hasSize(3);
    assertThat(e.diagnostics().get(1)).contains("alpha.txt:3:1: error: prefix wildcard");
    assertThat(e.diagnostics().get(2)).contains("alpha.txt:4:18: error: unknown option 'fuzzy'");
  }

  private void assertError(String line, String offending, String message) {
    LexiconFormatException e = loadWith(line);

    assertLocation(e, line.indexOf(offending) + 1);
    assertThat(e.getMessage()).contains(message);
  }

  private LexiconFormatException loadWith(String line) {
    TempTaxonomy.valid(dir).cues("en", "alpha", "# alpha cues\nsovereignty | 0.6\n" + line + "\n");
    return loadError();
  }

  private LexiconFormatException loadError() {
    return catchThrowableOfType(LexiconFormatException.class, () -> Taxonomy.load(dir));
  }

  private void assertLocation(LexiconFormatException e, int column) {
    assertThat(e).as("expected a LexiconFormatException").isNotNull();
    assertThat(e.source()).isEqualTo(dir.resolve("cues/en/alpha.txt").toString());
    assertThat(e.line()).as("line of: %s", e.getMessage()).isEqualTo(LINE);
    assertThat(e.column()).as("column of: %s", e.getMessage()).isEqualTo(column);
    assertThat(e.getMessage()).startsWith(e.source() + ":" + LINE + ":" + column + ": ");
  }
}

package org.framelens.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.framelens.lexicon.CueEntry;
import org.framelens.lexicon.Diagnostic;
import org.framelens.text.Language;
import org.framelens.text.Normalizer;
import org.framelens.text.Sentence;
import org.framelens.text.TextPipeline;
import org.framelens.text.Token;
import org.junit.jupiter.api.Test;

class CueMatcherTest {
  private static final List<String> FRAMES = List.of("alpha", "beta");
  private static final TextPipeline EN = TextPipeline.forLanguage(Language.ENGLISH);
  private static final TextPipeline RU = TextPipeline.forLanguage(Language.RUSSIAN);

  @Test
  void match_stemPattern_matchesInflections() {
    CueMatcher matcher = compile(EN, cue("alpha", "sanction", 0.5));

    assertThat(matched(matcher, EN, "Sanctions were sanctioned under the sanction regime."))
        .containsExactly("Sanctions", "sanctioned", "sanction");
  }

  @Test
  void match_exactPattern_doesNotMatchInflections() {
    CueMatcher matcher = compile(EN, cue("alpha", "=sanction", 0.5));

    assertThat(matched(matcher, EN, "Sanctions were sanctioned under the SANCTION regime."))
        .containsExactly("SANCTION");
  }

  @Test
  void match_exactOption_makesEveryTokenExact() {
    CueMatcher matcher = compile(EN, cue("alpha", "colour revolution", 0.9, true));

    assertThat(matched(matcher, EN, "They feared a colour revolution, not colour revolutions."))
        .containsExactly("colour revolution");
  }

  @Test
  void match_prefixPattern_matchesTokensStartingWithIt() {
    CueMatcher matcher = compile(EN, cue("alpha", "aggress*", 0.4));

    String text = "Critics called the aggressive posture of the aggressor an aggression. Agile.";

    assertThat(matched(matcher, EN, text))
        .containsExactly("aggressive", "aggressor", "aggression");
  }

  @Test
  void match_multiwordPattern_matchesInflectedPhraseOnly() {
    CueMatcher matcher = compile(EN, cue("alpha", "economic warfare", 0.8));

    assertThat(matched(matcher, EN, "Economic warfare, they said, is not economic policy or warfare."))
        .containsExactly("Economic warfare");
  }

  @Test
  void match_patternWithPossessiveAndHyphen_matchesTextTokenizedTheSameWay() {
    CueMatcher matcher =
        compile(EN, cue("alpha", "nato's expansion", 0.8), cue("beta", "self-reliance", 0.5));

    assertThat(matched(matcher, EN, "NATO's expansion tested the region's self-reliance."))
        .containsExactly("NATO's expansion", "self-reliance");
    assertThat(matcher.match(tokens(EN, "NATO's expansion tested the region's self-reliance.")).get(0))
        .extracting(CueMatcher.Match::first, CueMatcher.Match::end).containsExactly(0, 2);
  }

  @Test
  void match_longerPatternContainingShorterOne_longestWinsWithinAFrame() {
    CueMatcher matcher = compile(EN, cue("alpha", "nato", 0.9), cue("alpha", "expansion of nato", 0.6));

    List<CueMatcher.Match> matches = matcher.match(tokens(EN, "They opposed the expansion of NATO eastward."));

    assertThat(matches)
        .extracting(m -> m.entry().pattern(), CueMatcher.Match::first, CueMatcher.Match::end)
        .containsExactly(tuple("expansion of nato", 3, 6));
  }

  @Test
  void match_overlappingPatternsOfDifferentFrames_bothMatch() {
    CueMatcher matcher =
        compile(EN, cue("alpha", "western sanctions", 0.7), cue("beta", "sanctions regime", 0.6));

    List<CueMatcher.Match> matches = matcher.match(tokens(EN, "The western sanctions regime tightened."));

    assertThat(matches).extracting(m -> m.entry().frame(), CueMatcher.Match::frameIndex,
            CueMatcher.Match::first, CueMatcher.Match::end)
        .containsExactly(tuple("alpha", 0, 1, 3), tuple("beta", 1, 2, 4));
  }

  @Test
  void match_sameLengthOverlapInOneFrame_higherWeightWins() {
    CueMatcher matcher =
        compile(EN, cue("alpha", "western sanctions", 0.5), cue("alpha", "sanctions regime", 0.8));

    assertThat(matcher.match(tokens(EN, "The western sanctions regime tightened.")))
        .extracting(m -> m.entry().pattern()).containsExactly("sanctions regime");
  }

  @Test
  void match_sameLengthAndWeightOverlap_earlierStartWins() {
    CueMatcher matcher =
        compile(EN, cue("alpha", "sanctions regime", 0.6), cue("alpha", "western sanctions", 0.6));

    assertThat(matcher.match(tokens(EN, "The western sanctions regime tightened.")))
        .extracting(m -> m.entry().pattern()).containsExactly("western sanctions");
  }

  @Test
  void match_fullTieOnSameSpan_patternTextDecidesWhateverTheEntryOrder() {
    List<CueEntry> entries = new ArrayList<>(List.of(
        cue("alpha", "sanction regime", 0.6), cue("alpha", "=sanctions regime", 0.6),
        cue("alpha", "sanctions* regime", 0.6), cue("alpha", "western sanctions", 0.6)));
    List<Token> tokens = tokens(EN, "The western sanctions regime tightened.");
    Random random = new Random(42);

    for (int i = 0; i < 20; i++) {
      Collections.shuffle(entries, random);
      CueMatcher matcher = CueMatcher.compile(entries, FRAMES, EN, new ArrayList<>());

      assertThat(matcher.match(tokens)).extracting(m -> m.entry().pattern())
          .containsExactly("western sanctions");
      assertThat(matcher.match(tokens(EN, "A sanctions regime tightened.")))
          .extracting(m -> m.entry().pattern())
          .containsExactly("=sanctions regime");
    }
  }

  @Test
  void match_nonOverlappingRepeats_areAllKept() {
    CueMatcher matcher = compile(EN, cue("alpha", "hegemony", 0.5));

    assertThat(matcher.match(tokens(EN, "Hegemony breeds hegemony.")))
        .extracting(CueMatcher.Match::first, CueMatcher.Match::end)
        .containsExactly(tuple(0, 1), tuple(2, 3));
  }

  @Test
  void match_russianInflectedPhrase_matchesStemPattern() {
    CueMatcher matcher = compile(RU, cue("alpha", "расширение нато", 0.9, Language.RUSSIAN));

    assertThat(matched(matcher, RU, "Москва осудила планы расширения НАТО. О расширении нато спорят."))
        .containsExactly("расширения НАТО", "расширении нато");
    assertThat(matched(matcher, RU, "Они воспользовались расширением НАТО как поводом."))
        .containsExactly("расширением НАТО");
  }

  @Test
  void match_russianYoInPatternOrText_matchesBothSpellings() {
    CueMatcher matcher = compile(RU, cue("alpha", "=твёрдый", 0.5, Language.RUSSIAN));

    assertThat(matched(matcher, RU, "Ответ твердый. Курс твёрдый.")).containsExactly("твердый", "твёрдый");
  }

  @Test
  void match_russianPrefixWithHyphenatedToken_matchesWholeHyphenatedWord() {
    CueMatcher matcher = compile(RU, cue("alpha", "евро-атлантич*", 0.6, Language.RUSSIAN),
        cue("beta", "русофоб*", 0.8, Language.RUSSIAN));

    assertThat(matched(matcher, RU, "Евро-атлантическая солидарность питает русофобию и русофобов."))
        .containsExactly("Евро-атлантическая", "русофобию", "русофобов");
  }

  @Test
  void match_emptyTokenList_givesEmptyResult() {
    CueMatcher matcher = compile(EN, cue("alpha", "sanction", 0.5));

    assertThat(matcher.match(List.of())).isEmpty();
  }

  @Test
  void match_noCues_givesEmptyResult() {
    CueMatcher matcher = CueMatcher.compile(List.of(), FRAMES, EN, new ArrayList<>());

    assertThat(matcher.match(tokens(EN, "Sanctions were imposed."))).isEmpty();
  }

  @Test
  void compile_samePatternKeysInOneFrame_warnsOnTheLaterEntry() {
    List<Diagnostic> diagnostics = new ArrayList<>();

    CueMatcher.compile(List.of(cue("alpha", "sanction", 0.5), cue("alpha", "sanctions", 0.6)), FRAMES, EN,
        diagnostics);

    assertThat(diagnostics).singleElement().satisfies(d -> {
      assertThat(d.isError()).isFalse();
      assertThat(d.message()).contains("'sanctions' matches the same tokens as 'sanction'");
    });
  }

  @Test
  void compile_cueForFrameNotInList_throwsIllegalArgument() {
    assertThatThrownBy(() -> compile(EN, cue("gamma", "sanction", 0.5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("gamma");
  }

  private static CueEntry cue(String frame, String pattern, double weight) {
    return cue(frame, pattern, weight, false);
  }

  private static CueEntry cue(String frame, String pattern, double weight, boolean exact) {
    return new CueEntry(frame, Language.ENGLISH, pattern, weight, exact, "", "test.txt", 1);
  }

  private static CueEntry cue(String frame, String pattern, double weight, Language language) {
    return new CueEntry(frame, language, pattern, weight, false, "", "test.txt", 1);
  }

  private static CueMatcher compile(TextPipeline pipeline, CueEntry... entries) {
    return CueMatcher.compile(List.of(entries), FRAMES, pipeline, new ArrayList<>());
  }

  private static List<Token> tokens(TextPipeline pipeline, String text) {
    List<Sentence> sentences = pipeline.sentences(Normalizer.normalize(text));
    assertThat(sentences).as("one sentence expected in %s", text).hasSize(1);
    return sentences.get(0).tokens();
  }

  /** The original text of every match, sentence by sentence. */
  private static List<String> matched(CueMatcher matcher, TextPipeline pipeline, String text) {
    List<String> out = new ArrayList<>();
    for (Sentence sentence : pipeline.sentences(Normalizer.normalize(text))) {
      List<Token> tokens = sentence.tokens();
      for (CueMatcher.Match m : matcher.match(tokens)) {
        out.add(text.substring(tokens.get(m.first()).start(), tokens.get(m.end() - 1).end()));
      }
    }
    return out;
  }
}

package org.framelens.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class EnglishPipelineTest {
  private static final TextPipeline EN = TextPipeline.forLanguage(Language.ENGLISH);

  @Test
  void forLanguage_english_givesEnglishPipelineWithModels() {
    assertThat(EN.language()).isEqualTo(Language.ENGLISH);
    assertThat(EN.models()).isNotEmpty();
  }

  @Test
  void sentences_emptyOrBlankText_givesNoSentences() {
    assertThat(sentences("")).isEmpty();
    assertThat(sentences(" \n\t\n ")).isEmpty();
  }

  @Test
  void sentences_mixedText_everyTokenFormIsItsOriginalSubstringNormalizedAndFolded() {
    String text = "The Ministry\u2019s \uFB01nal report praised self-reliance.\n\n"
        + "Officials\u2019 remarks on ex\u00ADpansion were brief, and the mayor's plan stalled.";

    for (Sentence sentence : sentences(text)) {
      for (Token token : sentence.tokens()) {
        String source = text.substring(token.start(), token.end());
        assertThat(TextPipeline.fold(Normalizer.normalize(source).text()))
            .as("token %s at [%s,%s)", token.form(), token.start(), token.end())
            .isEqualTo(token.form());
        assertThat(token.stem()).isEqualTo(EN.stem(token.form()));
      }
    }
  }

  @Test
  void sentences_severalSentences_spansAreOrderedAndContainTheirTokens() {
    String text = "Port workers walked out on Friday. The strike spread quickly!\nTalks resume next week.";

    List<Sentence> sentences = sentences(text);

    assertThat(sentences).hasSize(3);
    int previousEnd = 0;
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      assertThat(s.index()).isEqualTo(i);
      assertThat(s.start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(s.tokens()).isNotEmpty().allSatisfy(t -> {
        assertThat(t.start()).isGreaterThanOrEqualTo(s.start());
        assertThat(t.end()).isLessThanOrEqualTo(s.end());
      });
      previousEnd = s.end();
    }
    assertThat(text.substring(sentences.get(1).start(), sentences.get(1).end()))
        .isEqualTo("The strike spread quickly!");
  }

  @Test
  void sentences_titleOnItsOwnLine_isASeparateSentence() {
    String text = "Harbour Talks Resume\nThe two ministers met on Tuesday. They argued for hours.";

    List<Sentence> sentences = sentences(text);

    assertThat(sentences).extracting(s -> text.substring(s.start(), s.end())).containsExactly(
        "Harbour Talks Resume", "The two ministers met on Tuesday.", "They argued for hours.");
  }

  @Test
  void sentences_lineWrappedBeforeCapitalisedName_staysOneSentence() {
    String text = "The talks were held with\nPresident Lee on Monday. Nothing was signed.";

    assertThat(sentences(text)).hasSize(2);
  }

  @Test
  void sentences_abbreviationsDrAndUS_doNotSplitTheSentence() {
    String text = "Dr. Ellison flew to the U.S. on Monday to meet the panel. She returned later.";

    List<Sentence> sentences = sentences(text);

    assertThat(sentences).hasSize(2);
    assertThat(text.substring(sentences.get(0).start(), sentences.get(0).end()))
        .isEqualTo("Dr. Ellison flew to the U.S. on Monday to meet the panel.");
  }

  @Test
  void sentences_innerHyphen_splitsIntoWordHyphenWordWithOriginalOffsets() {
    String text = "The council praised its self-reliance.";

    List<Token> tokens = tokens(text);

    assertThat(tokens).extracting(Token::form)
        .containsExactly("the", "council", "praised", "its", "self", "-", "reliance", ".");
    int self = text.indexOf("self");
    assertThat(tokens.get(4)).extracting(Token::start, Token::end).containsExactly(self, self + 4);
    assertThat(tokens.get(5)).extracting(Token::start, Token::end).containsExactly(self + 4, self + 5);
    assertThat(tokens.get(6)).extracting(Token::start, Token::end).containsExactly(self + 5, self + 13);
  }

  @Test
  void sentences_possessiveS_isDroppedAndTokenEndsAtTheWord() {
    String text = "Critics questioned the mayor's plan.";

    List<Token> tokens = tokens(text);

    assertThat(tokens).extracting(Token::form)
        .containsExactly("critics", "questioned", "the", "mayor", "plan", ".");
    Token mayor = tokens.get(3);
    assertThat(text.substring(mayor.start(), mayor.end())).isEqualTo("mayor");
  }

  @Test
  void sentences_typographicPossessives_areDropped() {
    String text = "Officials\u2019 remarks on the city\u2019s budget were brief.";

    assertThat(tokens(text)).extracting(Token::form)
        .containsExactly("officials", "remarks", "on", "the", "city", "budget", "were", "brief", ".");
  }

  @Test
  void sentences_softHyphenInsideWord_yieldsOneTokenExpansion() {
    String text = "The ex\u00ADpansion of the port worried traders.";

    Token token = tokens(text).get(1);

    assertThat(token.form()).isEqualTo("expansion");
    assertThat(text.substring(token.start(), token.end())).isEqualTo("ex\u00ADpansion");
  }

  @Test
  void sentences_zeroWidthSpaceInsideWord_yieldsOneToken() {
    String text = "They spread pro\u200Bpaganda online.";

    Token token = tokens(text).get(2);

    assertThat(token.form()).isEqualTo("propaganda");
    assertThat(text.substring(token.start(), token.end())).isEqualTo("pro\u200Bpaganda");
  }

  @Test
  void sentences_inflections_shareOneStem() {
    List<Token> tokens = tokens("Sanctions were sanctioned under the sanction regime.");

    assertThat(tokens.get(0).stem()).isEqualTo(tokens.get(2).stem()).isEqualTo(tokens.get(5).stem());
  }

  @Test
  void sentences_underTurkishDefaultLocale_foldsCapitalIToDottedI() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(new Locale("tr", "TR"));

      assertThat(tokens("IRAN INSISTS ON ITS INTERESTS")).extracting(Token::form)
          .containsExactly("iran", "insists", "on", "its", "interests");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void tokenize_patternWithHyphenOrPossessive_splitsLikeRunningText() {
    assertThat(EN.tokenize("self-reliance")).containsExactly("self", "-", "reliance");
    assertThat(EN.tokenize("nato's expansion")).containsExactly("nato", "expansion");
  }

  private static List<Sentence> sentences(String text) {
    return EN.sentences(Normalizer.normalize(text));
  }

  private static List<Token> tokens(String text) {
    return sentences(text).stream().flatMap(s -> s.tokens().stream()).toList();
  }
}

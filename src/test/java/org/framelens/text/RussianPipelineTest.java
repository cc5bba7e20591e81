package org.framelens.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RussianPipelineTest {
  private static final TextPipeline RU = TextPipeline.forLanguage(Language.RUSSIAN);

  @Test
  void forLanguage_russian_givesRuleBasedPipelineWithoutModels() {
    assertThat(RU.language()).isEqualTo(Language.RUSSIAN);
    assertThat(RU.models()).isEmpty();
  }

  @Test
  void sentences_emptyOrBlankText_givesNoSentences() {
    assertThat(sentences("")).isEmpty();
    assertThat(sentences("  \n \n")).isEmpty();
  }

  @Test
  void sentences_abbreviationTe_doesNotSplitBeforeCapital() {
    String text = "Решение приняли на уровне ЕС, т.е. Брюсселя. Москва промолчала.";

    assertThat(texts(text))
        .containsExactly("Решение приняли на уровне ЕС, т.е. Брюсселя.", "Москва промолчала.");
  }

  @Test
  void sentences_abbreviationsGAndGg_doNotSplitBeforeCapital() {
    String text = "В 2014–2015 гг. Правительство сократило расходы. Совещание прошло в г. Тверь в среду.";

    assertThat(texts(text)).containsExactly(
        "В 2014–2015 гг. Правительство сократило расходы.", "Совещание прошло в г. Тверь в среду.");
  }

  @Test
  void sentences_initials_doNotSplit() {
    String text = "Об этом написал А. С. Грибов в колонке. Заявление сделал В. Путин во время визита.";

    assertThat(texts(text)).containsExactly(
        "Об этом написал А. С. Грибов в колонке.", "Заявление сделал В. Путин во время визита.");
  }

  @Test
  void sentences_closingGuillemetAfterFullStop_staysWithTheSentence() {
    String text = "Министр ответил: «Переговоры продолжатся.» Затем он уехал.";

    List<Sentence> sentences = sentences(text);

    assertThat(texts(text)).containsExactly("Министр ответил: «Переговоры продолжатся.»", "Затем он уехал.");
    assertThat(sentences.get(0).tokens()).last().extracting(Token::form).isEqualTo("»");
  }

  @Test
  void sentences_fullStopAfterClosingGuillemet_endsTheSentence() {
    String text = "Он добавил: «Мы готовы». Все молчали.";

    assertThat(texts(text)).containsExactly("Он добавил: «Мы готовы».", "Все молчали.");
  }

  @Test
  void sentences_quoteEndingInExclamationThenDashAndLowerCase_staysOneSentence() {
    String text = "«Мы не отступим!» — заявил министр. Зал молчал.";

    assertThat(texts(text)).containsExactly("«Мы не отступим!» — заявил министр.", "Зал молчал.");
  }

  @Test
  void sentences_exclamationQuestionAndEllipsis_split() {
    String text = "Это победа! Кто спорит? Никто не спорил… Вопрос закрыт?! Да.";

    assertThat(texts(text)).containsExactly(
        "Это победа!", "Кто спорит?", "Никто не спорил…", "Вопрос закрыт?!", "Да.");
  }

  @Test
  void sentences_fullStopBeforeLowerCase_doesNotSplit() {
    assertThat(sentences("Цены росли и т. п. и т. д. ещё год.")).hasSize(1);
  }

  @Test
  void sentences_blankLine_separatesParagraphsWithoutPunctuation() {
    assertThat(texts("Новые санкции\n\nЭкспорт вырос на треть."))
        .containsExactly("Новые санкции", "Экспорт вырос на треть.");
  }

  @Test
  void sentences_emDash_isItsOwnToken() {
    String text = "Москва — столица.";

    List<Token> tokens = tokens(text);

    assertThat(tokens).extracting(Token::form).containsExactly("москва", "—", "столица", ".");
    assertThat(text.substring(tokens.get(1).start(), tokens.get(1).end())).isEqualTo("—");
  }

  @Test
  void sentences_hyphenatedWords_stayOneToken() {
    assertThat(tokens("Из-за погоды кто-то опоздал в северо-западный район."))
        .extracting(Token::form)
        .containsExactly("из-за", "погоды", "кто-то", "опоздал", "в", "северо-западный", "район", ".");
  }

  @Test
  void sentences_decimalNumber_staysOneToken() {
    assertThat(tokens("Дефицит составил 3,5 процента.")).extracting(Token::form).contains("3,5");
  }

  @Test
  void sentences_yoAndYe_foldAlike() {
    List<Token> tokens = tokens("Всё решено, все согласны, Ёлкин ушёл.");

    assertThat(tokens.get(0).form()).isEqualTo("все").isEqualTo(tokens.get(3).form());
    assertThat(tokens.get(0).stem()).isEqualTo(tokens.get(3).stem());
    assertThat(tokens).extracting(Token::form).contains("елкин", "ушел");
  }

  @Test
  void sentences_caseFormsOfSuverenitet_shareOneStem() {
    List<Token> words = tokens("Суверенитет, суверенитета, суверенитету, суверенитетом, о суверенитете.")
        .stream().filter(t -> Character.isLetter(t.form().charAt(0)) && t.form().length() > 1).toList();

    assertThat(words).hasSize(5);
    assertThat(words).extracting(Token::stem).containsOnly(RU.stem("суверенитет"));
  }

  @Test
  void sentences_softHyphenInsideWord_yieldsOneTokenWithOriginalSpan() {
    String text = "Суве\u00ADренитет важен.";

    Token token = tokens(text).get(0);

    assertThat(token.form()).isEqualTo("суверенитет");
    assertThat(text.substring(token.start(), token.end())).isEqualTo("Суве\u00ADренитет");
  }

  @Test
  void sentences_everyToken_formIsItsOriginalSubstringNormalizedAndFolded() {
    String text = "Глава МИД заявил: «Давление Запада не сработает!» Эксперты\u00A0согласились… "
        + "Ё-моё, г. Орёл\u200B — город-герой.";

    for (Token token : tokens(text)) {
      String source = text.substring(token.start(), token.end());
      assertThat(TextPipeline.fold(Normalizer.normalize(source).text())).isEqualTo(token.form());
    }
  }

  @Test
  void tokenize_hyphenatedPattern_keepsOneToken() {
    assertThat(RU.tokenize("евро-атлантическ")).containsExactly("евро-атлантическ");
    assertThat(RU.tokenize("расширение нато")).containsExactly("расширение", "нато");
  }

  private static List<Sentence> sentences(String text) {
    return RU.sentences(Normalizer.normalize(text));
  }

  private static List<String> texts(String text) {
    return sentences(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  private static List<Token> tokens(String text) {
    return sentences(text).stream().flatMap(s -> s.tokens().stream()).toList();
  }
}

package org.framelens.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

  @Test
  void detect_englishProse_isEnglish() {
    String text = "The government said on Monday that it would raise spending on schools and roads "
        + "across the country, and that the plan was not a response to the protests.";

    assertThat(LanguageDetector.detect(text)).contains(Language.ENGLISH);
  }

  @Test
  void detect_shortEnglishPhrase_isEnglish() {
    assertThat(LanguageDetector.detect("Sanctions hit exports")).contains(Language.ENGLISH);
  }

  @Test
  void detect_russianProse_isRussian() {
    String text = "Правительство в понедельник решило увеличить расходы на школы и дороги по всей стране.";

    assertThat(LanguageDetector.detect(text)).contains(Language.RUSSIAN);
  }

  @Test
  void detect_ukrainianSpecificLetters_isEmpty() {
    String text = "Уряд у понеділок вирішив збільшити витрати на школи та дороги, її столиця Київ, є план.";

    assertThat(LanguageDetector.detect(text)).isEmpty();
  }

  @Test
  void detect_longRussianTextWithOneUkrainianPlaceName_isRussian() {
    String text = "Делегация прибыла в Київ поздно вечером. Переговоры о поставках зерна и удобрений "
        + "продлились несколько часов, после чего стороны договорились встретиться снова в конце месяца.";

    assertThat(LanguageDetector.detect(text)).contains(Language.RUSSIAN);
  }

  @Test
  void detect_germanProse_isEmpty() {
    String text = "Die Regierung hat am Montag beschlossen, die Ausgaben für Schulen und Straßen "
        + "im ganzen Land deutlich zu erhöhen.";

    assertThat(LanguageDetector.detect(text)).isEmpty();
  }

  @Test
  void detect_frenchProse_isEmpty() {
    String text = "Le gouvernement a décidé lundi d'augmenter nettement les dépenses pour les écoles "
        + "et les routes dans tout le pays.";

    assertThat(LanguageDetector.detect(text)).isEmpty();
  }

  @Test
  void detect_cjkText_isEmpty() {
    assertThat(LanguageDetector.detect("政府は月曜日、全国の学校と道路への支出を増やすと発表した。")).isEmpty();
  }

  @Test
  void detect_emptyOrLetterlessText_isEmpty() {
    assertThat(LanguageDetector.detect("")).isEmpty();
    assertThat(LanguageDetector.detect("2024 — 42 % ... !!!")).isEmpty();
  }
}

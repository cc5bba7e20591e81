package org.framelens.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HomoglyphTest {
  @Test
  void normalize_cyrillicLettersInEnglishWord_foldedToLatinAndReported() {
    String text = "The N\u0410\u0422\u041E summit.";
    NormalizedText n = Normalizer.normalize(text, Language.ENGLISH);
    assertThat(n.text()).isEqualTo("The NATO summit.");
    assertThat(n.scriptMixes()).singleElement().satisfies(m -> {
      assertThat(text.substring(m.start(), m.end())).isEqualTo("N\u0410\u0422\u041E");
      assertThat(m.readAs()).isEqualTo("NATO");
      assertThat(m.word()).isTrue();
    });
  }

  @Test
  void normalize_latinLetterInRussianWord_foldedToCyrillic() {
    NormalizedText n = Normalizer.normalize("Расширение Н\u0041ТО", Language.RUSSIAN);
    assertThat(n.text()).isEqualTo("Расширение НАТО");
  }

  @Test
  void normalize_cyrillicWordWithOneLatinLetterInEnglishText_foldedToCyrillic() {
    NormalizedText n = Normalizer.normalize("President П\u0079тин spoke.", Language.ENGLISH);
    assertThat(n.text()).isEqualTo("President Путин spoke.");
  }

  @Test
  void normalize_genuineRussianAndEnglishWords_untouched() {
    String text = "В Москве прошёл саммит; the BBC and CNN reported on it. Атом и ВВС.";
    assertThat(Normalizer.normalize(text, Language.RUSSIAN).text()).isEqualTo(text);
    assertThat(Normalizer.normalize(text, Language.ENGLISH).text()).isEqualTo(text);
    assertThat(Normalizer.normalize(text, Language.ENGLISH).scriptMixes()).isEmpty();
  }

  @Test
  void normalize_nameInTwoAlphabets_reportedNotFolded() {
    String text = "Officials such as Xiao Ган spoke.";
    NormalizedText n = Normalizer.normalize(text, Language.ENGLISH);
    assertThat(n.text()).isEqualTo(text);
    assertThat(n.scriptMixes()).singleElement().satisfies(m -> {
      assertThat(m.text()).isEqualTo("Xiao Ган");
      assertThat(m.word()).isFalse();
    });
  }

  @Test
  void normalize_homoglyphsAndInvisibles_offsetsStillMapToOriginal() {
    String text = "Western aggr\u0435ss\u200Bion";
    NormalizedText n = Normalizer.normalize(text, Language.ENGLISH);
    assertThat(n.text()).isEqualTo("Western aggression");
    int start = n.text().indexOf("aggression");
    assertThat(n.originalSubstring(start, n.text().length())).isEqualTo("aggr\u0435ss\u200Bion");
  }

  @Test
  void obfuscate_sameSeed_sameText_andFoldingUndoesIt() {
    String text = "Western hegemony and the expansion of NATO threaten our sovereignty.";
    String once = Obfuscation.obfuscate(text, 3);
    assertThat(Obfuscation.obfuscate(text, 3)).isEqualTo(once);
    assertThat(once).isNotEqualTo(text);
    assertThat(Normalizer.normalize(once, Language.ENGLISH).text()).isEqualTo(text);
  }
}

package org.framelens.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NormalizerTest {
  private static final long SEED = 0x5EED_F4A3L;
  private static final int RANDOM_CASES = 2_000;

  @Test
  void normalize_zeroWidthSpaceInsideWord_mapsBackToOriginal() {
    String original = "pro\u200Bpaganda";

    NormalizedText n = Normalizer.normalize(original);

    assertThat(n.text()).isEqualTo("propaganda");
    assertThat(n.removedInvisible()).isEqualTo(1);
    assertThat(n.originalSubstring(0, n.text().length())).isEqualTo(original);
    assertThat(n.toOriginalStart(3)).isEqualTo(4); // the second 'p' sits after the zero-width space
    assertThat(n.toOriginalEnd(3)).isEqualTo(3); // "pro" ends before it
  }

  @Test
  void normalize_zeroWidthJoinerAndBom_areRemovedAndCounted() {
    String original = "\uFEFFhar\u200Dbour";

    NormalizedText n = Normalizer.normalize(original);

    assertThat(n.text()).isEqualTo("harbour");
    assertThat(n.removedInvisible()).isEqualTo(2);
    assertThat(n.toOriginalStart(0)).isEqualTo(1);
    assertThat(n.originalSubstring(0, 7)).isEqualTo("har\u200Dbour");
  }

  @Test
  void normalize_softHyphenInsideWord_isRemovedAndWordSpanCoversIt() {
    String original = "the tar\u00ADiff rose";

    NormalizedText n = Normalizer.normalize(original);

    assertThat(n.text()).isEqualTo("the tariff rose");
    int start = n.text().indexOf("tariff");
    assertThat(n.originalSubstring(start, start + "tariff".length())).isEqualTo("tar\u00ADiff");
  }

  @Test
  void normalize_bidiControlsAndWordJoiner_areRemoved() {
    String original = "\u202Aleft\u202C \u2066mid\u2069\u2060dle";

    assertThat(Normalizer.normalize(original).text()).isEqualTo("left middle");
  }

  @Test
  void normalize_fiLigature_expandsToTwoCharsThatShareTheOriginalChar() {
    String original = "\uFB01scal";

    NormalizedText n = Normalizer.normalize(original);

    assertThat(n.text()).isEqualTo("fiscal");
    assertThat(n.originalSubstring(0, 1)).isEqualTo("\uFB01");
    assertThat(n.originalSubstring(1, 2)).isEqualTo("\uFB01");
    assertThat(n.originalSubstring(0, 6)).isEqualTo(original);
    assertThat(n.toOriginalStart(2)).isEqualTo(1);
  }

  @Test
  void normalize_fullWidthLetters_becomeAsciiOneToOne() {
    String original = "\uFF2E\uFF21\uFF34\uFF2F summit";

    NormalizedText n = Normalizer.normalize(original);

    assertThat(n.text()).isEqualTo("NATO summit");
    for (int i = 0; i < 4; i++) {
      assertThat(n.originalSubstring(i, i + 1)).isEqualTo(original.substring(i, i + 1));
    }
  }

  @Test
  void normalize_decomposedAccent_isComposedAndMapsToBaseAndMark() {
    String original = "cafe\u0301 talks";

    NormalizedText n = Normalizer.normalize(original);

    assertThat(n.text()).isEqualTo("caf\u00E9 talks");
    assertThat(n.originalSubstring(3, 4)).isEqualTo("e\u0301");
    assertThat(n.toOriginalStart(5)).isEqualTo(6);
  }

  @Test
  void normalize_combiningBreveAfterCyrillicI_staysWithItsBase() {
    String original = "\u0441\u0432\u043E\u0438\u0306";

    NormalizedText n = Normalizer.normalize(original);

    assertThat(n.text()).isEqualTo("свой");
    assertThat(n.originalSubstring(3, 4)).isEqualTo("\u0438\u0306");
  }

  @Test
  void normalize_combiningMarkThatDoesNotCompose_isKeptWithItsBase() {
    String original = "x\u0323\u0302y"; // no precomposed form for x with these marks

    NormalizedText n = Normalizer.normalize(original);

    assertThat(n.text()).hasSize(4);
    for (int i = 0; i < 3; i++) {
      assertThat(n.originalSubstring(i, i + 1)).isEqualTo("x\u0323\u0302");
    }
    assertThat(n.originalSubstring(3, 4)).isEqualTo("y");
  }

  @Test
  void normalize_typographicApostrophes_becomeAsciiApostrophe() {
    String original = "don\u2019t \u2018quote\u2019 it\u02BCs";

    NormalizedText n = Normalizer.normalize(original);

    assertThat(n.text()).isEqualTo("don't 'quote' it's");
    assertThat(n.text()).hasSameSizeAs(original);
  }

  @Test
  void normalize_withoutFoldCase_keepsCase() {
    assertThat(Normalizer.normalize("Western SANCTIONS").text()).isEqualTo("Western SANCTIONS");
  }

  @Test
  void normalize_foldCase_lowerCasesLatinAndCyrillic() {
    NormalizedText n = Normalizer.normalize("Western SANCTIONS и САНКЦИИ", true);

    assertThat(n.text()).isEqualTo("western sanctions и санкции");
  }

  @Test
  void normalize_foldCaseDottedCapitalI_expandsAndMapsBackToTheOneChar() {
    String original = "\u0130zmir";

    NormalizedText n = Normalizer.normalize(original, true);

    assertThat(n.text()).isEqualTo("i\u0307zmir"); // Locale.ROOT keeps the dot as a combining mark
    assertThat(n.originalSubstring(0, 2)).isEqualTo("\u0130");
    assertThat(n.originalSubstring(0, n.text().length())).isEqualTo(original);
  }

  @Test
  void normalize_foldCaseUnderTurkishDefaultLocale_stillMapsCapitalIToDottedI() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(new Locale("tr", "TR"));

      assertThat(Normalizer.normalize("IRAN INSISTS", true).text()).isEqualTo("iran insists");
      assertThat(TextPipeline.fold("ILLEGITIMATE")).isEqualTo("illegitimate");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void normalize_emptyString_givesEmptyTextWithEmptyMapping() {
    NormalizedText n = Normalizer.normalize("");

    assertThat(n.text()).isEmpty();
    assertThat(n.removedInvisible()).isZero();
    assertThat(n.toOriginalStart(0)).isZero();
    assertThat(n.toOriginalEnd(0)).isZero();
    assertThat(n.originalSubstring(0, 0)).isEmpty();
  }

  @Test
  void normalize_onlyInvisibleChars_givesEmptyTextAndMapsEndToOriginalLength() {
    NormalizedText n = Normalizer.normalize("\u200B\u00AD\uFEFF");

    assertThat(n.text()).isEmpty();
    assertThat(n.removedInvisible()).isEqualTo(3);
    assertThat(n.toOriginalStart(0)).isEqualTo(3);
  }

  @Test
  void normalize_emojiSurrogatePairs_keptWholeAndZwjBetweenThemRemoved() {
    String original = "ok \uD83D\uDE00 \uD83D\uDC69\u200D\uD83D\uDD2C";

    NormalizedText n = Normalizer.normalize(original);

    assertThat(n.text()).isEqualTo("ok \uD83D\uDE00 \uD83D\uDC69\uD83D\uDD2C");
    assertThat(n.originalSubstring(3, 5)).isEqualTo("\uD83D\uDE00");
    assertThat(n.originalSubstring(6, 10)).isEqualTo("\uD83D\uDC69\u200D\uD83D\uDD2C");
  }

  @Test
  void toOriginalStart_beyondTextLength_throwsIndexOutOfBounds() {
    NormalizedText n = Normalizer.normalize("abc");

    assertThatThrownBy(() -> n.toOriginalStart(4)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> n.toOriginalEnd(-1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void originalSubstring_startAfterEnd_throwsIllegalArgument() {
    NormalizedText n = Normalizer.normalize("abc");

    assertThatThrownBy(() -> n.originalSubstring(2, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void normalize_randomText_everySpanMapsToAnOrderedSpanInRange() {
    Random random = new Random(SEED);
    for (int c = 0; c < RANDOM_CASES; c++) {
      String original = RandomText.of(random, 1 + random.nextInt(24), true);
      for (boolean foldCase : new boolean[] {false, true}) {
        assertSpansMapBack(original, Normalizer.normalize(original, foldCase));
      }
    }
  }

  @Test
  void normalize_randomTextWithoutInvisibles_isIdempotent() {
    Random random = new Random(SEED);
    for (int c = 0; c < RANDOM_CASES; c++) {
      String original = RandomText.of(random, 1 + random.nextInt(24), false);
      String once = Normalizer.normalize(original).text();

      assertThat(Normalizer.normalize(once).text())
          .as("input %s", RandomText.escape(original))
          .isEqualTo(once);
    }
  }

  @Test
  void normalize_randomText_isIdempotent() {
    Random random = new Random(SEED);
    for (int c = 0; c < RANDOM_CASES; c++) {
      String original = RandomText.of(random, 1 + random.nextInt(24), true);
      String once = Normalizer.normalize(original).text();

      assertThat(Normalizer.normalize(once).text())
          .as("input %s", RandomText.escape(original))
          .isEqualTo(once);
    }
  }

  @Test
  void normalize_invisibleBetweenLetterAndCombiningMark_composesAsWithoutIt() {
    assertThat(Normalizer.normalize("a\u200B\u0301").text()).isEqualTo("\u00E1");
    assertThat(Normalizer.normalize("\u0441\u0432\u043E\u0438\u200B\u0306").text()).isEqualTo("свой");
  }

  private static void assertSpansMapBack(String original, NormalizedText n) {
    String text = n.text();
    assertThat(n.original()).isSameAs(original);
    for (int a = 0; a <= text.length(); a++) {
      for (int b = a + 1; b <= text.length(); b++) {
        int start = n.toOriginalStart(a);
        int end = n.toOriginalEnd(b);
        assertThat(start)
            .as("span [%s,%s) of %s", a, b, RandomText.escape(original))
            .isBetween(0, original.length())
            .isLessThanOrEqualTo(end);
        assertThat(end).as("span [%s,%s) of %s", a, b, RandomText.escape(original))
            .isLessThanOrEqualTo(original.length());
      }
    }
    assertThat(n.toOriginalEnd(text.length())).isLessThanOrEqualTo(original.length());
  }

  /** Seeded random strings over a small alphabet that exercises every branch of the normalizer. */
  private static final class RandomText {
    private static final String[] VISIBLE = {
      "a", "Z", "q", " ", ".", "-", "'", "\u2019", "\u0434", "\u0416", "\u0451", "\u0401", "\u0438",
      "\u0130", "\uFB01", "\uFF21", "\u00E9", "\u0301", "\u0306", "\u0308", "\uD83D\uDE00",
      "\uD83C\uDF0D", "\uD83D\uDC4D\uD83C\uDFFD", "\n"
    };
    private static final String[] INVISIBLE = {"\u200B", "\u200D", "\uFEFF", "\u00AD", "\u2060", "\u202E"};

    static String of(Random random, int pieces, boolean withInvisibles) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < pieces; i++) {
        boolean invisible = withInvisibles && random.nextInt(4) == 0;
        String[] from = invisible ? INVISIBLE : VISIBLE;
        b.append(from[random.nextInt(from.length)]);
      }
      return b.toString();
    }

    static String escape(String s) {
      StringBuilder b = new StringBuilder("\"");
      s.chars().forEach(ch -> b.append(ch < 0x7F && ch >= 0x20 ? String.valueOf((char) ch)
          : String.format("\\u%04X", ch)));
      return b.append('"').toString();
    }
  }
}

package org.framelens;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Seeded random texts: whatever the input, the analyzer returns a report that keeps every invariant. */
class RandomTextTest {
  private static final String[] PIECES = {
    "sovereignty", "NATO", "expansion", "of", "the", "West", "multipolar", "world", "order", "sanctions",
    "have", "failed", "self-reliance", "import", "substitution", "суверенитет", "расширение", "НАТО",
    "многополярный", "мир", "санкции", ".", ",", "!", "?", "...", "…", "«", "»", "“", "”", "’s", "'", "-",
    "—", "\n", "\n\n", "\r\n", "\t", " ", "  ", "\u200B", "\u00AD", "\uFEFF", "\u202E", "e\u0301", "ﬁ",
    "Ｗｅｓｔ", "😀", "\uD83D", "İ", "ё", "Dr.", "U.S.", "т.е.", "г.", "В.", "12,5", "2014", "#", "|", "*"
  };

  @Test
  void analyze_seededRandomTexts_keepInvariants() {
    Random random = new Random(20261126);
    FramingAnalyzer analyzer = Framelens.defaultAnalyzer();
    for (int doc = 0; doc < 400; doc++) {
      StringBuilder b = new StringBuilder();
      int pieces = random.nextInt(120);
      for (int i = 0; i < pieces; i++) {
        b.append(PIECES[random.nextInt(PIECES.length)]);
        if (random.nextInt(3) > 0) {
          b.append(' ');
        }
      }
      String text = b.toString();
      ReportInvariants.check(analyzer.analyze(text), text);
    }
  }
}

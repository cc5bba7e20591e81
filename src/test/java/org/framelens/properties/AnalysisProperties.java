package org.framelens.properties;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.framelens.Framelens;
import org.framelens.FramingAnalyzer;
import org.framelens.ReportInvariants;
import org.framelens.report.FramingReport;
import org.framelens.text.Language;
import org.framelens.text.NormalizedText;
import org.framelens.text.Normalizer;

/** Properties over generated text: offsets map back, normalization is idempotent, analysis is deterministic. */
class AnalysisProperties {
  private static final String[] WORDS = {
    "sovereignty", "NATO", "expansion", "Western", "aggression", "multipolar", "world", "order", "sanctions",
    "have", "failed", "self-reliance", "Russophobia", "not", "said", "so-called", "no evidence of",
    "суверенитет", "расширение", "НАТО", "многополярный", "мир", "санкции", "провалились", "якобы", "не",
    ".", ",", "!", "?", "…", "«", "»", "“", "”", "’s", "—", "\n", "\n\n", "\u200B", "\u00AD", "\u202E",
    "N\u0410\u0422\u041E", "e\u0301", "ﬁ", "Ｗｅｓｔ", "😀", "\uD83D", "İ", "ё", "Dr.", "т.е.", "12,5"
  };

  @Provide
  Arbitrary<String> newsLike() {
    return Arbitraries.of(WORDS).list().ofMaxSize(80)
        .map(words -> String.join(" ", words));
  }

  @Property(tries = 300)
  void normalize_anyText_spansMapIntoOriginalInOrder(@ForAll String text) {
    NormalizedText n = Normalizer.normalize(text, Language.ENGLISH);
    int previous = 0;
    for (int i = 0; i < n.text().length(); i++) {
      int start = n.toOriginalStart(i);
      int end = n.toOriginalEnd(i + 1);
      assertThat(start).isBetween(previous, text.length());
      assertThat(end).isBetween(start, text.length());
      previous = start;
    }
  }

  @Property(tries = 300)
  void normalize_twice_sameAsOnce(@ForAll String text) {
    String once = Normalizer.normalize(text).text();
    assertThat(Normalizer.normalize(once).text()).isEqualTo(once);
  }

  @Property(tries = 150)
  void analyze_newsLikeText_keepsReportInvariants(@ForAll("newsLike") String text) {
    FramingReport report = Framelens.analyze(text);
    ReportInvariants.check(report, text);
  }

  @Property(tries = 60)
  void analyze_sameTextTwice_sameJson(@ForAll("newsLike") String text) {
    FramingAnalyzer analyzer = Framelens.defaultAnalyzer();
    assertThat(analyzer.analyze(text).toJson()).isEqualTo(analyzer.analyze(text).toJson());
  }
}

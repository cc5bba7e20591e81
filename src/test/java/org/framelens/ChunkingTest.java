package org.framelens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.framelens.report.FramingReport;
import org.junit.jupiter.api.Test;

class ChunkingTest {
  @Test
  void split_longText_chunksBoundedContiguousAndAtBoundaries() {
    String text = ("First sentence here. Second one follows\nthen a line. " + "x".repeat(30) + " 😀 ").repeat(400);
    List<int[]> chunks = Chunks.split(text, 1_000);
    assertThat(chunks.get(0)[0]).isZero();
    assertThat(chunks.get(chunks.size() - 1)[1]).isEqualTo(text.length());
    for (int i = 0; i < chunks.size(); i++) {
      int[] c = chunks.get(i);
      assertThat(c[1] - c[0]).isBetween(1, 1_000);
      if (i > 0) {
        assertThat(c[0]).isEqualTo(chunks.get(i - 1)[1]);
        assertThat(Character.isLowSurrogate(text.charAt(c[0]))).isFalse();
      }
    }
  }

  @Test
  void split_noBoundaries_hardCutsWithoutSplittingSurrogates() {
    String text = "😀".repeat(3_000);
    for (int[] c : Chunks.split(text, 1_001)) {
      assertThat(Character.isLowSurrogate(text.charAt(c[0]))).isFalse();
    }
  }

  @Test
  void analyze_inSmallChunks_sameReportAsWhole() {
    String text = String.join("\n\n", java.util.Collections.nCopies(6, Framelens.demoArticle("en")));
    FramingReport whole = ReportInvariants.check(Framelens.defaultAnalyzer().analyze(text), text);
    FramingAnalyzer chunked = FramingAnalyzer.builder().chunkChars(1_500).build();
    FramingReport parts = ReportInvariants.check(chunked.analyze(text), text);
    assertThat(parts.toJson()).isEqualTo(whole.toJson());
    assertThat(parts.stats().sentences()).isEqualTo(whole.stats().sentences());
  }
}

package org.framelens.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class BootstrapTest {
  private static FrameRows rows(boolean... present) {
    FrameRows rows = new FrameRows(1);
    for (boolean p : present) {
      rows.add(new byte[] {(byte) (p ? FrameRows.PRESENT | FrameRows.PROMOTED : 0)},
          new float[] {p ? 1f : 0f});
    }
    return rows;
  }

  @Test
  void percentile_interpolatesLikeRType7() {
    double[] sorted = {1, 2, 3, 4};
    assertThat(Bootstrap.percentile(sorted, 0.5)).isEqualTo(2.5);
    assertThat(Bootstrap.percentile(sorted, 0.025)).isCloseTo(1.075, within(1e-12));
    assertThat(Bootstrap.percentile(sorted, 0.975)).isCloseTo(3.925, within(1e-12));
    assertThat(Bootstrap.percentile(new double[] {7}, 0.975)).isEqualTo(7);
  }

  @Test
  void interval_leavesOutUndefinedReplicates() {
    assertThat(Bootstrap.interval(new double[] {Double.NaN, 1, 1, Double.NaN})).containsExactly(1, 1);
    assertThat(Bootstrap.interval(new double[] {Double.NaN})).containsExactly(Double.NaN, Double.NaN);
  }

  @Test
  void estimate_everyDocumentPresent_degenerateIntervalAtOne() {
    Bootstrap.Estimates e = new Bootstrap(500, 1).estimate("g", List.of(rows(true, true, true)), 1, false);
    int p = Measure.PREVALENCE.ordinal();
    assertThat(e.value()[p][0]).isEqualTo(1);
    assertThat(e.low()[p][0]).isEqualTo(1);
    assertThat(e.high()[p][0]).isEqualTo(1);
  }

  @Test
  void estimate_oneDocumentPresentOneAbsent_intervalSpansZeroToOne() {
    // Resampling {0, 1} twice gives mean 0 (p = 1/4), 0.5 (1/2) or 1 (1/4): with 2,000 replicates the
    // 2.5th percentile is 0 and the 97.5th is 1.
    Bootstrap.Estimates e = new Bootstrap(2000, 7).estimate("g", List.of(rows(true, false)), 1, true);
    int p = Measure.PREVALENCE.ordinal();
    assertThat(e.value()[p][0]).isEqualTo(0.5);
    assertThat(e.low()[p][0]).isEqualTo(0);
    assertThat(e.high()[p][0]).isEqualTo(1);
    assertThat(e.replicates()[p][0]).hasSize(2000).containsOnly(0, 0.5, 1);
    long halves = java.util.Arrays.stream(e.replicates()[p][0]).filter(v -> v == 0.5).count();
    assertThat(halves).isBetween(900L, 1100L);
  }

  @Test
  void estimate_promotedAmongPresent_undefinedReplicatesLeftOut() {
    // {present+promoted, absent}: a replicate of two absent documents has no present one and is left out,
    // every other replicate gives 1.
    Bootstrap.Estimates e = new Bootstrap(300, 3).estimate("g", List.of(rows(true, false)), 1, false);
    int m = Measure.PROMOTED_AMONG_PRESENT.ordinal();
    assertThat(e.value()[m][0]).isEqualTo(1);
    assertThat(e.low()[m][0]).isEqualTo(1);
    assertThat(e.high()[m][0]).isEqualTo(1);
    assertThat(e.denominator()[m][0]).isEqualTo(1);
  }

  @Test
  void estimate_sameKeyAndSeed_sameReplicatesAcrossCellsSpreadOverRows() {
    FrameRows split1 = rows(true, false);
    FrameRows split2 = rows(true);
    Bootstrap b = new Bootstrap(200, 11);
    Bootstrap.Estimates spread = b.estimate("k", List.of(split1, split2), 1, true);
    Bootstrap.Estimates joined = b.estimate("k", List.of(rows(true, false, true)), 1, true);
    assertThat(spread.replicates()[0][0]).containsExactly(joined.replicates()[0][0]);
    Bootstrap.Estimates other = b.estimate("other", List.of(rows(true, false, true)), 1, true);
    assertThat(other.replicates()[0][0]).isNotEqualTo(joined.replicates()[0][0]);
  }

  @Test
  void estimate_noReplicates_noInterval() {
    Bootstrap.Estimates e = new Bootstrap(0, 1).estimate("g", List.of(rows(true, false)), 1, false);
    assertThat(e.value()[0][0]).isEqualTo(0.5);
    assertThat(e.low()[0][0]).isNaN();
  }

  @Test
  void frameRows_manyDocuments_spanChunksInOrder() {
    FrameRows rows = new FrameRows(2);
    int n = FrameRows.CHUNK * 2 + 5;
    for (int i = 0; i < n; i++) {
      rows.add(new byte[] {(byte) (i % 2), 0}, new float[] {i, 0});
    }
    assertThat(rows.size()).isEqualTo(n);
    assertThat(rows.chunks()).isEqualTo(3);
    assertThat(rows.chunkSize(2)).isEqualTo(5);
    assertThat(rows.scoreChunk(1)[3 * 2]).isEqualTo(FrameRows.CHUNK + 3);
    double[][] stats = Bootstrap.statistics(List.of(rows), 2, null, null);
    assertThat(stats[Measure.PREVALENCE.ordinal()][0]).isCloseTo((double) (n / 2) / n, within(1e-12));
  }
}

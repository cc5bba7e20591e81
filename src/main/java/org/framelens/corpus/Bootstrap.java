package org.framelens.corpus;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The per-frame {@link Measure}s of a cell of documents with 95% percentile bootstrap intervals.
 *
 * <p>Each replicate resamples the cell's documents with replacement (n draws from n), as multiplicities,
 * and recomputes every measure of every frame from them. An interval is the 2.5th and 97.5th percentile of
 * the replicate values (linear interpolation between order statistics, R's type 7); replicates where a
 * measure is undefined (no present document for {@link Measure#PROMOTED_AMONG_PRESENT}) are left out. The
 * random stream of a cell is seeded from the seed and the cell's key, so a cell's interval does not depend
 * on which other cells exist or in what order they are computed. Thread-safe.
 */
final class Bootstrap {
  static final Measure[] MEASURES = Measure.values();
  private static final double LOW = 0.025;
  private static final double HIGH = 0.975;

  private final int replicates;
  private final long seed;

  Bootstrap(int replicates, long seed) {
    this.replicates = replicates;
    this.seed = seed;
  }

  /**
   * Estimates of one cell, indexed {@code [measure ordinal][frame]}; intervals are NaN without replicates
   * or when no replicate defines the measure.
   *
   * @param denominator documents behind each value (the cell size, or the present documents)
   * @param replicates the replicate values {@code [measure][frame][replicate]}, or null when not kept
   */
  record Estimates(int n, double[][] value, double[][] low, double[][] high, long[][] denominator,
      double[][][] replicates) {}

  /** Estimates for the documents of {@code cell}; keeps the replicate values when {@code keep}. */
  Estimates estimate(String key, List<FrameRows> cell, int frames, boolean keep) {
    int n = cell.stream().mapToInt(FrameRows::size).sum();
    long[][] denominator = new long[MEASURES.length][frames];
    double[][] value = statistics(cell, frames, null, denominator);
    double[][][] reps = new double[MEASURES.length][frames][replicates];
    SplittableRandom random = new SplittableRandom(
        seed ^ Hashing.murmur3_128().hashString(key, StandardCharsets.UTF_8).asLong());
    int[] weights = new int[n];
    for (int r = 0; r < replicates; r++) {
      Arrays.fill(weights, 0);
      for (int i = 0; i < n; i++) {
        weights[random.nextInt(n)]++;
      }
      double[][] stats = statistics(cell, frames, weights, null);
      for (int m = 0; m < MEASURES.length; m++) {
        for (int f = 0; f < frames; f++) {
          reps[m][f][r] = stats[m][f];
        }
      }
    }
    double[][] low = new double[MEASURES.length][frames];
    double[][] high = new double[MEASURES.length][frames];
    for (int m = 0; m < MEASURES.length; m++) {
      for (int f = 0; f < frames; f++) {
        double[] interval = interval(reps[m][f]);
        low[m][f] = interval[0];
        high[m][f] = interval[1];
      }
    }
    return new Estimates(n, value, low, high, denominator, keep ? reps : null);
  }

  /**
   * The measures of the documents of {@code cell}, each counted {@code weights[i]} times (once each when
   * {@code weights} is null), indexed {@code [measure ordinal][frame]}; NaN where undefined.
   */
  static double[][] statistics(List<FrameRows> cell, int frames, int[] weights, long[][] denominator) {
    long n = 0;
    long[] histogram = new long[frames * 16]; // documents per frame and flag combination
    double[] scoreSum = new double[frames];
    int doc = 0;
    for (FrameRows rows : cell) {
      for (int c = 0; c < rows.chunks(); c++) {
        byte[] flags = rows.flagChunk(c);
        float[] scores = rows.scoreChunk(c);
        int size = rows.chunkSize(c);
        for (int d = 0; d < size; d++, doc++) {
          int w = weights == null ? 1 : weights[doc];
          if (w == 0) {
            continue;
          }
          n += w;
          int base = d * frames;
          for (int f = 0; f < frames; f++) {
            histogram[f * 16 + (flags[base + f] & 15)] += w;
            scoreSum[f] += w * (double) scores[base + f];
          }
        }
      }
    }
    double[][] out = new double[MEASURES.length][frames];
    for (int f = 0; f < frames; f++) {
      long[] counts = new long[4];
      for (int flag = 0; flag < 16; flag++) {
        for (int k = 0; k < 4; k++) {
          if ((flag & (1 << k)) != 0) {
            counts[k] += histogram[f * 16 + flag];
          }
        }
      }
      out[Measure.PREVALENCE.ordinal()][f] = ratio(counts[0], n);
      out[Measure.PROMOTED_SHARE.ordinal()][f] = ratio(counts[1], n);
      out[Measure.REPORTED_SHARE.ordinal()][f] = ratio(counts[2], n);
      out[Measure.REJECTED_SHARE.ordinal()][f] = ratio(counts[3], n);
      out[Measure.PROMOTED_AMONG_PRESENT.ordinal()][f] = ratio(counts[1], counts[0]);
      out[Measure.MEAN_SCORE.ordinal()][f] = n == 0 ? Double.NaN : scoreSum[f] / n;
      if (denominator != null) {
        for (Measure m : MEASURES) {
          denominator[m.ordinal()][f] = m == Measure.PROMOTED_AMONG_PRESENT ? counts[0] : n;
        }
      }
    }
    return out;
  }

  /** The 95% percentile interval of {@code values}, NaNs left out; {NaN, NaN} when none is left. */
  static double[] interval(double[] values) {
    double[] defined = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
    if (defined.length == 0) {
      return new double[] {Double.NaN, Double.NaN};
    }
    return new double[] {percentile(defined, LOW), percentile(defined, HIGH)};
  }

  /** The 95% interval of {@code a[r] - b[r]} over the replicates (NaN pairs left out). */
  static double[] differenceInterval(double[] a, double[] b) {
    double[] d = new double[Math.min(a.length, b.length)];
    for (int r = 0; r < d.length; r++) {
      d[r] = a[r] - b[r];
    }
    return interval(d);
  }

  /** The {@code q} quantile of {@code sorted} (non-empty, ascending), interpolating like R's type 7. */
  static double percentile(double[] sorted, double q) {
    double h = (sorted.length - 1) * q;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  private static double ratio(long part, long whole) {
    return whole == 0 ? Double.NaN : (double) part / whole;
  }
}

package org.framelens.corpus;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.framelens.corpus.CorpusSummary.Cooccurrence;
import org.framelens.corpus.CorpusSummary.CueFrequency;
import org.framelens.corpus.CorpusSummary.Difference;
import org.framelens.corpus.CorpusSummary.DistinctiveCue;
import org.framelens.corpus.CorpusSummary.Estimate;

/**
 * The tables of a {@link CorpusSummary} as tidy CSV (RFC 4180, one header row, one observation per row):
 * ready for R's {@code read.csv} or pandas. Group columns are named after the grouping fields. Figures are
 * rounded to six decimals; an undefined figure is an empty cell. The writer is not closed. Stateless.
 */
public final class CorpusCsv {
  private CorpusCsv() {}

  /** {@code <by fields>, period, frame, measure, value, ci_low, ci_high, n}. */
  public static void summary(CorpusSummary s, Writer out) throws IOException {
    CSVPrinter csv = printer(out, s, "period", "frame", "measure", "value", "ci_low", "ci_high", "n");
    for (Estimate e : s.estimates()) {
      csv.printRecord(row(e.group(), e.period(), e.frame(), e.measure().value(), number(e.value()),
          number(e.ciLow()), number(e.ciHigh()), e.n()));
    }
    csv.flush();
  }

  /** {@code <by fields>, frame_a, frame_b, n, n_a, n_b, n_both, jaccard, phi}. */
  public static void cooccurrence(CorpusSummary s, Writer out) throws IOException {
    CSVPrinter csv = printer(out, s, "frame_a", "frame_b", "n", "n_a", "n_b", "n_both", "jaccard", "phi");
    for (Cooccurrence c : s.cooccurrence()) {
      csv.printRecord(row(c.group(), c.frameA(), c.frameB(), c.n(), c.nA(), c.nB(), c.nBoth(),
          number(c.jaccard()), number(c.phi())));
    }
    csv.flush();
  }

  /**
   * {@code <by fields>, frame, rank, cue, documents, share, authorial, attributed, distanced, negated,
   * occurrences}: document frequencies of each frame's top cues, in all voices and per voice.
   */
  public static void cues(CorpusSummary s, Writer out) throws IOException {
    CSVPrinter csv = printer(out, s, "frame", "rank", "cue", "documents", "share", "authorial", "attributed",
        "distanced", "negated", "occurrences");
    for (CueFrequency c : s.cues()) {
      csv.printRecord(row(c.group(), c.frame(), c.rank(), c.cue(), c.documents(), number(c.share()),
          c.authorial(), c.attributed(), c.distanced(), c.negated(), c.occurrences()));
    }
    csv.flush();
  }

  /**
   * {@code frame, measure, group_a, group_b, value_a, value_b, difference, ci_low, ci_high, n_a, n_b}: the
   * comparison of two groups (difference is A minus B).
   */
  public static void compare(CorpusSummary s, Writer out) throws IOException {
    CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("frame", "measure", "group_a",
        "group_b", "value_a", "value_b", "difference", "ci_low", "ci_high", "n_a", "n_b").get());
    for (Difference d : s.differences()) {
      csv.printRecord(d.frame(), d.measure().value(), d.groupA(), d.groupB(), number(d.valueA()),
          number(d.valueB()), number(d.difference()), number(d.ciLow()), number(d.ciHigh()), d.nA(), d.nB());
    }
    csv.flush();
  }

  /**
   * {@code group_a, group_b, voice, cue, frames, count_a, count_b, prior, delta, z}: weighted log-odds of
   * each cue between the compared groups, per voice scope; {@code frames} is separated by {@code ;}.
   */
  public static void compareCues(CorpusSummary s, Writer out) throws IOException {
    CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("group_a", "group_b", "voice",
        "cue", "frames", "count_a", "count_b", "prior", "delta", "z").get());
    String a = s.options().compare().isEmpty() ? "" : s.options().compare().get(0);
    String b = s.options().compare().isEmpty() ? "" : s.options().compare().get(1);
    for (DistinctiveCue c : s.distinctiveCues()) {
      csv.printRecord(a, b, c.voice(), c.cue(), String.join(";", c.frames()), c.countA(), c.countB(),
          number(c.prior()), number(c.delta()), number(c.z()));
    }
    csv.flush();
  }

  /** {@code value} rounded to six decimals without trailing zeros; empty for null. */
  static String number(Double value) {
    if (value == null || value.isNaN() || value.isInfinite()) {
      return "";
    }
    return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
  }

  private static CSVPrinter printer(Writer out, CorpusSummary s, String... columns) throws IOException {
    List<String> header = new ArrayList<>(s.options().by());
    header.addAll(List.of(columns));
    return new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
  }

  private static List<Object> row(Map<String, String> group, Object... values) {
    List<Object> row = new ArrayList<>(group.values());
    row.addAll(java.util.Arrays.asList(values));
    return row;
  }
}

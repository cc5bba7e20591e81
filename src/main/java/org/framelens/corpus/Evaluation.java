package org.framelens.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.framelens.report.FrameScore;
import org.framelens.report.FramingReport;

/**
 * Agreement of predicted frames ({@code present}) with gold labels, per frame and overall.
 *
 * <p>Add one document at a time with {@link #add}; {@link #result()} gives precision, recall and F1 per
 * frame, micro-averaged (over all decisions) and macro-averaged (mean over frames with gold or predicted
 * positives). Not thread-safe.
 */
public final class Evaluation {
  /** Counts and figures of one frame, or of an average. */
  public record Row(String frame, int truePositives, int falsePositives, int falseNegatives, int support,
      double precision, double recall, double f1) {}

  /** Per-frame rows in taxonomy order, then the micro and macro averages. */
  public record Result(int documents, List<Row> frames, Row micro, Row macro) {
    /** A Markdown table of the figures. */
    public String toMarkdown() {
      StringBuilder b = new StringBuilder();
      b.append("| frame | support | TP | FP | FN | precision | recall | F1 |\n");
      b.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
      for (Row r : frames) {
        b.append(line(r));
      }
      b.append(line(micro)).append(line(macro));
      return b.toString();
    }

    static String line(Row r) {
      return String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %.3f | %.3f | %.3f |%n", r.frame(), r.support(),
          r.truePositives(), r.falsePositives(), r.falseNegatives(), r.precision(), r.recall(), r.f1());
    }
  }

  private final List<String> frameIds;
  private final Map<String, int[]> counts = new LinkedHashMap<>();
  private int documents;

  /** An evaluation over the given frames (in report order of the result). */
  public Evaluation(List<String> frameIds) {
    this.frameIds = List.copyOf(frameIds);
    frameIds.forEach(id -> counts.put(id, new int[3]));
  }

  /**
   * Adds one document: its report and its gold labels.
   *
   * @throws IllegalArgumentException if a gold label is not a frame of the evaluation
   */
  public void add(FramingReport report, Set<String> gold) {
    for (String label : gold) {
      if (!counts.containsKey(label)) {
        throw new IllegalArgumentException("unknown frame '" + label + "' in gold labels (known: "
            + String.join(", ", frameIds) + ")");
      }
    }
    Set<String> predicted = report.presentFrames().stream().map(FrameScore::id).collect(Collectors.toSet());
    for (String id : frameIds) {
      int[] c = counts.get(id);
      boolean p = predicted.contains(id);
      boolean g = gold.contains(id);
      if (p && g) {
        c[0]++;
      } else if (p) {
        c[1]++;
      } else if (g) {
        c[2]++;
      }
    }
    documents++;
  }

  /** The figures so far. */
  public Result result() {
    List<Row> rows = new ArrayList<>();
    int tp = 0;
    int fp = 0;
    int fn = 0;
    double sumP = 0;
    double sumR = 0;
    double sumF = 0;
    int active = 0;
    for (String id : frameIds) {
      int[] c = counts.get(id);
      Row row = row(id, c[0], c[1], c[2]);
      rows.add(row);
      tp += c[0];
      fp += c[1];
      fn += c[2];
      if (c[0] + c[1] + c[2] > 0) {
        active++;
        sumP += row.precision();
        sumR += row.recall();
        sumF += row.f1();
      }
    }
    Row micro = row("micro average", tp, fp, fn);
    Row macro = active == 0 ? new Row("macro average", tp, fp, fn, tp + fn, 0, 0, 0)
        : new Row("macro average", tp, fp, fn, tp + fn, sumP / active, sumR / active, sumF / active);
    return new Result(documents, rows, micro, macro);
  }

  static Row row(String id, int tp, int fp, int fn) {
    double p = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
    double r = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return new Row(id, tp, fp, fn, tp + fn, p, r, f);
  }
}

package org.framelens.report;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The frame scores as horizontal bars in inline SVG: one row per frame (present frames first), the bar in the
 * frame's colour, a black tick at the presence threshold, and presence, stance and endorsement in words.
 */
final class HtmlChart {
  private static final int WIDTH = 920;
  private static final int LABEL_RIGHT = 262;
  private static final int BAR_X = 272;
  private static final int BAR_WIDTH = 300;
  private static final int ROW = 24;
  private static final int TOP = 30;
  private static final int LABEL_CHARS = 40;
  /** Left edges of the columns after the bar: score, present, stance, endorsement, evidence count. */
  private static final int[] COLUMNS = {598, 642, 696, 772, 856};
  private static final String[] HEADINGS = {"score", "present", "stance", "endorsement", "evidence"};

  private HtmlChart() {}

  /**
   * Writes the chart.
   *
   * @param frames the frames in display order, each with its index in the report
   * @param colours the colour of each frame with evidence, by id
   * @param thresholds presence threshold by frame id (a frame without one gets no tick)
   */
  static void write(HtmlOut out, List<Map.Entry<Integer, FrameScore>> frames, Map<String, String> colours,
      Map<String, Double> thresholds) throws IOException {
    int height = TOP + ROW * frames.size() + 8;
    out.rawf("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"%d\" height=\"%d\" "
        + "viewBox=\"0 0 %d %d\" aria-label=\"Frame scores\">%n", WIDTH, height, WIDTH, height);
    axis(out, height);
    for (int row = 0; row < frames.size(); row++) {
      FrameScore f = frames.get(row).getValue();
      row(out, TOP + row * ROW, frames.get(row).getKey(), f, colours.getOrDefault(f.id(), HtmlMarks.NEUTRAL),
          thresholds.get(f.id()));
    }
    out.raw("</svg>\n");
  }

  private static void axis(HtmlOut out, int height) throws IOException {
    for (int i = 0; i <= 4; i++) {
      double x = BAR_X + BAR_WIDTH * i / 4.0;
      out.rawf("<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" stroke=\"#e6e6e6\"/>"
          + "<text class=\"axis\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%.2f</text>%n",
          x, x, TOP - 6, height - 6, x, TOP - 12, i / 4.0);
    }
    for (int c = 0; c < COLUMNS.length; c++) {
      out.rawf("<text class=\"axis\" x=\"%d\" y=\"%d\">%s</text>", COLUMNS[c], TOP - 12, HEADINGS[c]);
    }
    out.raw("\n");
  }

  private static void row(HtmlOut out, int y, int index, FrameScore f, String colour, Double threshold)
      throws IOException {
    boolean linked = !f.evidence().isEmpty();
    out.raw("<g>");
    out.raw("<title>").text(tooltip(f, threshold)).raw("</title>");
    if (linked) {
      out.rawf("<a href=\"#frame-%d\">", index);
    }
    out.rawf("<text x=\"%d\" y=\"%d\" text-anchor=\"end\"%s>", LABEL_RIGHT, y + 13,
        f.present() ? " class=\"present\"" : "").text(ReportText.abbreviated(f.label(), LABEL_CHARS)).raw("</text>");
    if (linked) {
      out.raw("</a>");
    }
    out.rawf("<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"14\" fill=\"#f0f0f0\"/>", BAR_X, y + 2, BAR_WIDTH);
    out.rawf("<rect class=\"bar\" x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"14\" fill=\"%s\"/>", BAR_X, y + 2,
        f.score() * BAR_WIDTH, colour);
    if (threshold != null) {
      double x = BAR_X + threshold * BAR_WIDTH;
      out.rawf("<line class=\"threshold\" x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" stroke=\"#000\" "
          + "stroke-width=\"2\"/>", x, x, y, y + 18);
    }
    String[] cells = {String.format(Locale.ROOT, "%.2f", f.score()), f.present() ? "yes" : "\u2013",
        f.stance().value(), linked ? String.format(Locale.ROOT, "%.2f", f.endorsement()) : "\u2013",
        Integer.toString(f.evidence().size())};
    for (int c = 0; c < cells.length; c++) {
      out.rawf("<text x=\"%d\" y=\"%d\"%s>", COLUMNS[c], y + 13, c == 0 && f.present() ? " class=\"present\"" : "")
          .text(cells[c]).raw("</text>");
    }
    out.raw("</g>\n");
  }

  /** Score, presence, stance and endorsement in a few words. */
  static String summary(FrameScore f) {
    String head = String.format(Locale.ROOT, "%.2f %s", f.score(), f.present() ? "present" : "absent");
    if (f.evidence().isEmpty()) {
      return head;
    }
    return String.format(Locale.ROOT, "%s \u00b7 %s \u00b7 endorsement %.2f \u00b7 %d evidence", head,
        f.stance().value(), f.endorsement(), f.evidence().size());
  }

  private static String tooltip(FrameScore f, Double threshold) {
    return f.label() + " (" + f.id() + ")\nscore " + String.format(Locale.ROOT, "%.3f", f.score())
        + (threshold == null ? "" : String.format(Locale.ROOT, ", threshold %.2f", threshold))
        + "\n" + summary(f);
  }
}

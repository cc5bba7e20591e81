package org.framelens.corpus;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import java.util.List;
import java.util.Locale;

/**
 * Inline SVG charts for the corpus report: dots with interval whiskers by row, lines over time, and
 * horizontal bars. Each mark has a {@code <title>} (a tooltip) and may link to an anchor of the page. No
 * script, no external resource. Stateless.
 */
final class SvgCharts {
  /** Okabe–Ito colours (distinguishable with colour-vision deficiencies), then greys. */
  static final String[] PALETTE = {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9",
      "#7F4F24", "#555555"};
  private static final Escaper ESCAPE = HtmlEscapers.htmlEscaper();
  private static final int WIDTH = 920;
  private static final int LABEL = 210;
  private static final int RIGHT = 30;
  private static final int LEGEND_ITEM = 222;

  private SvgCharts() {}

  /** A series: its name and colour. */
  record Series(String name, String color) {}

  /** A value with its interval (NaN when undefined), the mark's tooltip and link (or null). */
  record Point(double value, double low, double high, String tooltip, String href) {}

  /** One row per label; in each row one dot with whiskers per series ({@code points[row][series]}). */
  static String dotWhisker(String title, List<String> rows, List<Series> series, Point[][] points, String axis) {
    double[] domain = domain(points, 0);
    int rowHeight = Math.max(22, 12 * series.size() + 8);
    int top = 40 + legendHeight(series, WIDTH);
    int height = top + rows.size() * rowHeight + 40;
    StringBuilder b = open(title, WIDTH, height);
    legend(b, series, 30, WIDTH);
    Scale x = new Scale(domain[0], domain[1], LABEL, WIDTH - RIGHT);
    xAxis(b, x, top, top + rows.size() * rowHeight, axis);
    for (int r = 0; r < rows.size(); r++) {
      int y0 = top + r * rowHeight;
      if (r % 2 == 1) {
        b.append(rect(LABEL, y0, WIDTH - RIGHT - LABEL, rowHeight, "#f3f3f3"));
      }
      b.append(text(LABEL - 8, y0 + rowHeight / 2.0 + 4, "end", rows.get(r), 12));
      for (int s = 0; s < series.size(); s++) {
        Point p = points[r][s];
        if (p == null || Double.isNaN(p.value())) {
          continue;
        }
        double y = y0 + 8 + s * ((rowHeight - 16.0) / Math.max(1, series.size() - 1));
        if (series.size() == 1) {
          y = y0 + rowHeight / 2.0;
        }
        String color = series.get(s).color();
        StringBuilder mark = new StringBuilder();
        if (!Double.isNaN(p.low())) {
          mark.append(String.format(Locale.ROOT,
              "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"2\"/>",
              x.at(p.low()), y, x.at(p.high()), y, color));
        }
        mark.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4.5\" fill=\"%s\"/>",
            x.at(p.value()), y, color));
        b.append(link(p, mark.toString()));
      }
    }
    return b.append("</svg>\n").toString();
  }

  /**
   * One line per series over the x labels ({@code points[series][x]}), with a light interval band; no
   * legend (small multiples share one, see {@link #legendHtml}).
   */
  static String lines(String title, List<String> xs, List<Series> series, Point[][] points, String axis,
      int width) {
    double[] domain = domain(points, 0);
    int top = 48;
    int plotHeight = 170;
    int height = top + plotHeight + 30;
    StringBuilder b = open(title, width, height);
    int left = 60;
    Scale y = new Scale(domain[0], domain[1], top + plotHeight, top);
    for (double t : ticks(domain[0], domain[1])) {
      b.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>",
          left, y.at(t), width - 20, y.at(t)));
      b.append(text(left - 6, y.at(t) + 4, "end", format(t), 11));
    }
    b.append(text(10, top - 6, "start", axis, 11));
    double step = xs.size() > 1 ? (width - 20 - left - 20.0) / (xs.size() - 1) : 0;
    double x0 = xs.size() > 1 ? left + 10 : (left + width - 20) / 2.0;
    int every = Math.max(1, (int) Math.ceil(xs.size() * 70.0 / (width - left)));
    for (int i = 0; i < xs.size(); i += every) {
      b.append(text(x0 + i * step, top + plotHeight + 18, "middle", xs.get(i), 11));
    }
    for (int s = 0; s < series.size(); s++) {
      String color = series.get(s).color();
      b.append(band(points[s], x0, step, y, color));
      StringBuilder path = new StringBuilder();
      for (int i = 0; i < xs.size(); i++) {
        Point p = points[s][i];
        if (p == null || Double.isNaN(p.value())) {
          continue;
        }
        path.append(path.length() == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f",
            x0 + i * step, y.at(p.value())));
      }
      if (path.length() > 0) {
        b.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(color)
            .append("\" stroke-width=\"2\"/>");
      }
      for (int i = 0; i < xs.size(); i++) {
        Point p = points[s][i];
        if (p != null && !Double.isNaN(p.value())) {
          b.append(link(p, String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>",
              x0 + i * step, y.at(p.value()), color)));
        }
      }
    }
    return b.append("</svg>\n").toString();
  }

  /** Horizontal bars from zero, one per label, in the given colours. */
  static String bars(String title, List<String> labels, double[] values, String[] colors, String[] tooltips,
      String axis) {
    double lo = 0;
    double hi = 0;
    for (double v : values) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    double[] domain = nice(lo, hi);
    int rowHeight = 18;
    int top = 36;
    int height = top + labels.size() * rowHeight + 40;
    StringBuilder b = open(title, WIDTH, height);
    Scale x = new Scale(domain[0], domain[1], LABEL + 40, WIDTH - RIGHT);
    xAxis(b, x, top, top + labels.size() * rowHeight, axis);
    for (int i = 0; i < labels.size(); i++) {
      double y = top + i * rowHeight;
      double from = Math.min(x.at(0), x.at(values[i]));
      double width = Math.abs(x.at(values[i]) - x.at(0));
      b.append(text(LABEL + 32, y + 13, "end", labels.get(i), 12));
      b.append(String.format(Locale.ROOT,
          "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s</title></rect>",
          from, y + 3, Math.max(width, 1), rowHeight - 6, colors[i], ESCAPE.escape(tooltips[i])));
    }
    return b.append("</svg>\n").toString();
  }

  /** An HTML legend of the series, for charts that have none. */
  static String legendHtml(List<Series> series) {
    StringBuilder b = new StringBuilder("<div class=\"legend\">");
    for (Series s : series) {
      b.append("<span><i style=\"background:").append(ESCAPE.escape(s.color())).append("\"></i>")
          .append(ESCAPE.escape(s.name())).append("</span> ");
    }
    return b.append("</div>\n").toString();
  }

  private static StringBuilder open(String title, int width, int height) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"%d\""
        + " height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">", width, height, width, height,
        ESCAPE.escape(title)));
    b.append("<title>").append(ESCAPE.escape(title)).append("</title>");
    b.append(text(10, 20, "start", title, 14).replace("<text ", "<text font-weight=\"bold\" "));
    return b;
  }

  private static int legendHeight(List<Series> series, int width) {
    return 18 * (int) Math.ceil(series.size() / (double) perRow(width));
  }

  private static int perRow(int width) {
    return Math.max(1, (width - 20) / LEGEND_ITEM);
  }

  private static void legend(StringBuilder b, List<Series> series, int y, int width) {
    int perRow = perRow(width);
    for (int i = 0; i < series.size(); i++) {
      double x = 20 + (i % perRow) * LEGEND_ITEM;
      double yy = y + (i / perRow) * 18;
      b.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"12\" height=\"12\" fill=\"%s\"/>",
          x, yy, series.get(i).color()));
      String name = series.get(i).name();
      b.append(text(x + 17, yy + 10.5, "start", name.length() > 30 ? name.substring(0, 29) + "…" : name, 12));
    }
  }

  private static void xAxis(StringBuilder b, Scale x, int top, int bottom, String axis) {
    for (double t : ticks(x.lo, x.hi)) {
      String stroke = t == 0 ? "#888" : "#ddd";
      b.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\"/>",
          x.at(t), top, x.at(t), bottom, stroke));
      b.append(text(x.at(t), bottom + 16, "middle", format(t), 11));
    }
    b.append(text((x.from + x.to) / 2, bottom + 32, "middle", axis, 12));
  }

  private static String band(Point[] points, double x0, double step, Scale y, String color) {
    StringBuilder upper = new StringBuilder();
    StringBuilder lower = new StringBuilder();
    int count = 0;
    for (int i = 0; i < points.length; i++) {
      Point p = points[i];
      if (p == null || Double.isNaN(p.low())) {
        continue;
      }
      upper.append(count == 0 ? "M" : " L")
          .append(String.format(Locale.ROOT, "%.1f %.1f", x0 + i * step, y.at(p.high())));
      lower.insert(0, String.format(Locale.ROOT, " L%.1f %.1f", x0 + i * step, y.at(p.low())));
      count++;
    }
    return count < 2 ? "" : "<path d=\"" + upper + lower + " Z\" fill=\"" + color + "\" fill-opacity=\"0.12\"/>";
  }

  private static String link(Point p, String mark) {
    String titled = "<g>" + "<title>" + ESCAPE.escape(p.tooltip()) + "</title>" + mark + "</g>";
    return p.href() == null ? titled : "<a href=\"" + ESCAPE.escape(p.href()) + "\">" + titled + "</a>";
  }

  private static String rect(double x, double y, double w, double h, String fill) {
    return String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>",
        x, y, w, h, fill);
  }

  private static String text(double x, double y, String anchor, String content, int size) {
    return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\">%s</text>",
        x, y, anchor, size, ESCAPE.escape(content));
  }

  /** The range of all values and interval ends, widened to include {@code floor} and rounded to ticks. */
  private static double[] domain(Point[][] points, double floor) {
    double lo = floor;
    double hi = floor;
    for (Point[] row : points) {
      for (Point p : row) {
        if (p == null || Double.isNaN(p.value())) {
          continue;
        }
        for (double v : new double[] {p.value(), p.low(), p.high()}) {
          if (!Double.isNaN(v)) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
          }
        }
      }
    }
    return nice(lo, hi);
  }

  private static double[] nice(double lo, double hi) {
    if (hi - lo < 1e-9) {
      hi = lo + 0.1;
    }
    double step = step(lo, hi);
    return new double[] {Math.floor(lo / step + 1e-9) * step, Math.ceil(hi / step - 1e-9) * step};
  }

  private static double step(double lo, double hi) {
    double raw = (hi - lo) / 6;
    double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      if (m * magnitude >= raw) {
        return m * magnitude;
      }
    }
    return 10 * magnitude;
  }

  private static double[] ticks(double lo, double hi) {
    double step = step(lo, hi);
    int count = (int) Math.floor((hi - lo) / step + 1e-6) + 1;
    double[] out = new double[count];
    for (int i = 0; i < count; i++) {
      out[i] = lo + i * step;
      if (Math.abs(out[i]) < step * 1e-6) {
        out[i] = 0;
      }
    }
    return out;
  }

  private static String format(double v) {
    return new java.math.BigDecimal(v).setScale(3, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros()
        .toPlainString();
  }

  /** A linear map from a data range to a pixel range. */
  private record Scale(double lo, double hi, double from, double to) {
    double at(double v) {
      return from + (v - lo) / (hi - lo) * (to - from);
    }
  }
}

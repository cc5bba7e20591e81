package org.framelens.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How evidence looks in the document view. Lexicon evidence: a fill in the frame's colour, strong for the
 * author's voice, faint and underlined dashed (attributed) or dotted (distanced), fainter still and struck
 * through when negated. Classifier evidence (whole sentences): a thin band above the text. A segment of
 * several frames stacks their fills and bands.
 */
final class HtmlMarks {
  /** Paul Tol's "muted" scheme, distinguishable under the common colour-vision deficiencies. */
  static final List<String> PALETTE = List.of(
      "#CC6677", "#332288", "#DDCC77", "#44AA99", "#88CCEE", "#117733", "#882255", "#999933", "#AA4499");
  /** The colour of a frame without evidence, and of the voice samples in the legend. */
  static final String NEUTRAL = "#777777";

  private static final double AUTHORIAL_FILL = 0.45;
  private static final double REPORTED_FILL = 0.16;
  private static final double NEGATED_FILL = 0.08;
  private static final int BAND_PX = 2;

  private HtmlMarks() {}

  /** One piece of evidence covering a segment, reduced to what its look depends on. */
  record Mark(String colour, Voice voice, EvidenceSource source) {}

  /** The inline style of a segment covered by {@code marks} (in frame order). */
  static String style(List<Mark> marks) {
    Map<String, Double> fills = new LinkedHashMap<>();
    Map<String, Double> bands = new LinkedHashMap<>();
    String dotted = null;
    String dashed = null;
    String struck = null;
    for (Mark m : marks) {
      if (m.source() == EvidenceSource.CLASSIFIER) {
        bands.merge(m.colour(), m.voice() == Voice.AUTHORIAL ? 0.8 : 0.35, Math::max);
        continue;
      }
      switch (m.voice()) {
        case AUTHORIAL -> fills.merge(m.colour(), AUTHORIAL_FILL, Math::max);
        case ATTRIBUTED -> {
          fills.merge(m.colour(), REPORTED_FILL, Math::max);
          dashed = dashed == null ? m.colour() : dashed;
        }
        case DISTANCED -> {
          fills.merge(m.colour(), REPORTED_FILL, Math::max);
          dotted = dotted == null ? m.colour() : dotted;
        }
        case NEGATED -> {
          fills.merge(m.colour(), NEGATED_FILL, Math::max);
          struck = struck == null ? m.colour() : struck;
        }
      }
    }
    StringBuilder s = new StringBuilder();
    fill(s, fills);
    if (dotted != null || dashed != null) {
      s.append("border-bottom:2px ").append(dotted != null ? "dotted " + dotted : "dashed " + dashed).append(';');
    }
    if (struck != null) {
      s.append("text-decoration:line-through 2px ").append(struck).append(';');
    }
    bands(s, bands);
    return s.toString();
  }

  /** One colour fills the segment; several are stacked as horizontal stripes. */
  private static void fill(StringBuilder s, Map<String, Double> fills) {
    if (fills.size() == 1) {
      Map.Entry<String, Double> e = fills.entrySet().iterator().next();
      s.append("background-color:").append(rgba(e.getKey(), e.getValue())).append(';');
    } else if (fills.size() > 1) {
      List<String> stops = new ArrayList<>();
      int i = 0;
      for (Map.Entry<String, Double> e : fills.entrySet()) {
        String c = rgba(e.getKey(), e.getValue());
        stops.add(String.format(Locale.ROOT, "%s %.1f%% %.1f%%", c, 100.0 * i / fills.size(),
            100.0 * (i + 1) / fills.size()));
        i++;
      }
      s.append("background-image:linear-gradient(").append(String.join(",", stops)).append(");");
    }
  }

  /** Classifier bands: inset shadows stacked from the top, in padding that reaches into the line gap. */
  private static void bands(StringBuilder s, Map<String, Double> bands) {
    if (bands.isEmpty()) {
      return;
    }
    List<String> shadows = new ArrayList<>();
    int depth = 0;
    for (Map.Entry<String, Double> e : bands.entrySet()) {
      depth += BAND_PX;
      shadows.add("inset 0 " + depth + "px 0 " + rgba(e.getKey(), e.getValue()));
    }
    s.append("box-shadow:").append(String.join(",", shadows)).append(";padding-top:").append(depth).append("px;");
  }

  /** {@code #RRGGBB} with an alpha, as CSS {@code rgba()}. */
  static String rgba(String hex, double alpha) {
    int rgb = Integer.parseInt(hex.substring(1), 16);
    return String.format(Locale.ROOT, "rgba(%d,%d,%d,%.2f)", rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF, alpha);
  }
}

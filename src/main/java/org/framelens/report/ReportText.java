package org.framelens.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Plain-text renderings of a report: a compact table, and a long form with every piece of evidence. */
public final class ReportText {
  private static final int TOP_CUES = 3;

  private ReportText() {}

  /** Header, one row per frame, warnings. */
  public static String table(FramingReport r) {
    StringBuilder b = new StringBuilder();
    b.append(header(r)).append('\n');
    b.append(String.format(Locale.ROOT, "  %-24s %5s  %-7s %-8s %6s  %4s  %s%n",
        "frame", "score", "present", "stance", "endors", "evid", "top cues"));
    for (FrameScore f : r.frames()) {
      b.append(String.format(Locale.ROOT, "  %-24s %5.2f  %-7s %-8s %6.2f  %4d  %s%n",
          f.id(), f.score(), f.present() ? "yes" : "-", f.stance().value(), f.endorsement(),
          f.evidence().size(), topCues(f)));
    }
    for (Warning w : r.warnings()) {
      b.append(String.format(Locale.ROOT, "  warning %s [%d,%d): %s%n", w.code(), w.start(), w.end(), w.message()));
    }
    return b.toString();
  }

  /** The table followed by every piece of evidence of every frame that has some. */
  public static String detailed(FramingReport r) {
    StringBuilder b = new StringBuilder(table(r));
    for (FrameScore f : r.frames()) {
      if (f.evidence().isEmpty()) {
        continue;
      }
      b.append('\n').append(f.label()).append(" (").append(f.id()).append(")\n");
      for (Evidence e : f.evidence()) {
        b.append(String.format(Locale.ROOT, "  [%d,%d) s%d %-10s %.2f \"%s\"  <- %s%s%n",
            e.start(), e.end(), e.sentence(), e.voice().value(), e.weight(), abbreviated(e.text(), 80), e.cue(),
            e.marker() == null ? "" : "  (" + e.voice().value() + " by \"" + shortened(e.marker().text()) + "\")"));
      }
    }
    return b.toString();
  }

  private static String header(FramingReport r) {
    long present = r.frames().stream().filter(FrameScore::present).count();
    return String.format(Locale.ROOT, "FramingReport %s[%s] %s %s: %d of %d frames present (%d sentences, %d tokens)",
        r.id() == null ? "" : r.id() + " ", r.language(), r.taxonomy().id(), r.taxonomy().version(), present,
        r.frames().size(), r.stats().sentences(), r.stats().tokens());
  }

  private static String topCues(FrameScore f) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Evidence e : f.evidence()) {
      counts.merge(e.cue(), 1, Integer::sum);
    }
    List<String> top = counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(TOP_CUES)
        .map(e -> e.getValue() > 1 ? e.getKey() + " (" + e.getValue() + ")" : e.getKey())
        .toList();
    return String.join(", ", top);
  }

  /** A long marker (a whole quotation) shown by its beginning and end. */
  private static String shortened(String s) {
    return abbreviated(s, 40);
  }

  /** One line of at most about {@code max} characters: the beginning and the end of a longer text. */
  static String abbreviated(String s, int max) {
    String line = oneLine(s);
    int tail = max / 3;
    return line.length() <= max ? line : line.substring(0, max - tail - 1) + "…" + line.substring(line.length() - tail);
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ");
  }
}

package org.framelens.corpus;

import static org.framelens.corpus.CorpusHtml.esc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.framelens.corpus.CorpusSummary.Cooccurrence;
import org.framelens.corpus.CorpusSummary.CueFrequency;
import org.framelens.corpus.CorpusSummary.Difference;
import org.framelens.corpus.CorpusSummary.DistinctiveCue;
import org.framelens.corpus.CorpusSummary.FrameInfo;
import org.framelens.corpus.CorpusSummary.Group;
import org.framelens.corpus.SvgCharts.Point;
import org.framelens.corpus.SvgCharts.Series;

/** The comparison, co-occurrence, cue and definition sections of {@link CorpusHtml}. */
final class CorpusHtmlSections {
  private static final int CUES_SHOWN = 10;
  private static final int DISTINCTIVE_SHOWN = 12;

  private CorpusHtmlSections() {}

  static void compare(StringBuilder out, CorpusSummary s) {
    String a = s.options().compare().get(0);
    String b = s.options().compare().get(1);
    out.append("<section id=\"compare\">\n<h2>Comparison: ").append(esc(a)).append(" − ").append(esc(b))
        .append("</h2>\n<p class=\"note\">Differences are ").append(esc(a)).append(" minus ").append(esc(b))
        .append("; intervals are the 2.5th and 97.5th percentiles of the differences between the two groups'"
            + " independent bootstrap replicates. An interval that excludes 0 marks a difference unlikely to"
            + " be resampling noise alone.</p>\n");
    List<Measure> shown = List.of(Measure.PREVALENCE, Measure.PROMOTED_SHARE);
    Map<String, Difference> byKey = new HashMap<>();
    s.differences().forEach(d -> byKey.put(d.frame() + "\u0000" + d.measure().value(), d));
    Point[][] points = new Point[s.frames().size()][shown.size()];
    for (int f = 0; f < s.frames().size(); f++) {
      for (int m = 0; m < shown.size(); m++) {
        Difference d = byKey.get(s.frames().get(f).id() + "\u0000" + shown.get(m).value());
        if (d != null && d.difference() != null) {
          points[f][m] = new Point(d.difference(), nan(d.ciLow()), nan(d.ciHigh()), s.frames().get(f).label()
              + ", " + CorpusHtml.title(shown.get(m)).toLowerCase(Locale.ROOT) + ": " + signed(d.difference())
              + interval(d), null);
        }
      }
    }
    List<Series> series = List.of(new Series("prevalence difference", SvgCharts.PALETTE[0]),
        new Series("promoted share difference", SvgCharts.PALETTE[1]));
    out.append("<figure>").append(SvgCharts.dotWhisker(a + " − " + b + " by frame",
        s.frames().stream().map(FrameInfo::label).toList(), series, points, "difference in share of documents"))
        .append("</figure>\n");
    differenceTable(out, s, byKey);
    distinctive(out, s, a, b);
    out.append("</section>\n");
  }

  private static void differenceTable(StringBuilder out, CorpusSummary s, Map<String, Difference> byKey) {
    String a = esc(s.options().compare().get(0));
    String b = esc(s.options().compare().get(1));
    List<Measure> main = List.of(Measure.PREVALENCE, Measure.PROMOTED_SHARE);
    out.append("<div class=\"scroll\"><table><tr><th rowspan=\"2\">frame</th>");
    main.forEach(m -> out.append("<th colspan=\"4\">").append(CorpusHtml.title(m)).append("</th>"));
    out.append("</tr>\n<tr>");
    main.forEach(m -> out.append("<th>").append(a).append("</th><th>").append(b)
        .append("</th><th>difference</th><th>95% interval</th>"));
    out.append("</tr>\n");
    for (FrameInfo f : s.frames()) {
      out.append("<tr><th scope=\"row\">").append(esc(f.label())).append("</th>");
      main.forEach(m -> differenceCells(out, byKey.get(f.id() + "\u0000" + m.value()), m));
      out.append("</tr>\n");
    }
    out.append("</table></div>\n<details><summary>Every measure</summary>\n<div class=\"scroll\"><table><tr>"
        + "<th>frame</th><th>measure</th><th>").append(a).append("</th><th>").append(b)
        .append("</th><th>difference</th><th>95% interval</th></tr>\n");
    for (FrameInfo f : s.frames()) {
      for (Measure m : Bootstrap.MEASURES) {
        out.append("<tr><td>").append(esc(f.label())).append("</td><td>").append(m.value()).append("</td>");
        differenceCells(out, byKey.get(f.id() + "\u0000" + m.value()), m);
        out.append("</tr>\n");
      }
    }
    out.append("</table></div></details>\n");
  }

  private static void differenceCells(StringBuilder out, Difference d, Measure m) {
    String sign = d.difference() == null || d.difference() == 0 ? "" : d.difference() > 0 ? "pos" : "neg";
    out.append(num(d.valueA(), m)).append(num(d.valueB(), m)).append("<td class=\"num ").append(sign)
        .append("\">").append(d.difference() == null ? "–" : signed(d.difference())).append("</td><td class=\"num\">")
        .append(d.ciLow() == null ? "–" : interval(d).strip()).append("</td>");
  }

  private static void distinctive(StringBuilder out, CorpusSummary s, String a, String b) {
    out.append("<h3>Distinctive cues</h3>\n<p class=\"note\">Weighted log-odds ratio with an informative"
        + " Dirichlet prior (Monroe, Colaresi and Quinn 2008): the prior of each cue is its count in the whole"
        + " corpus. z &gt; 1.96 marks a cue typical of ").append(esc(a)).append(", z &lt; −1.96 one typical of ")
        .append(esc(b)).append(". Counts are occurrences of the cue as evidence.</p>\n");
    for (String voice : List.of("all", "authorial", "non_authorial")) {
      List<DistinctiveCue> scores = s.distinctiveCues().stream()
          .filter(c -> c.voice().equals(voice) && c.z() != null).toList();
      List<DistinctiveCue> chosen = new ArrayList<>(scores.stream().filter(c -> c.z() > 0)
          .limit(DISTINCTIVE_SHOWN).toList());
      List<DistinctiveCue> forB = new ArrayList<>(scores.stream().filter(c -> c.z() < 0).toList());
      chosen.addAll(forB.subList(Math.max(0, forB.size() - DISTINCTIVE_SHOWN), forB.size()));
      boolean main = voice.equals("all");
      out.append(main ? "" : "<details><summary>" + voice.replace('_', '-') + " evidence only</summary>\n");
      if (chosen.isEmpty()) {
        out.append("<p>No cue in this voice.</p>\n");
      } else {
        out.append("<figure>").append(SvgCharts.bars("z-scores, " + voice.replace('_', '-') + " evidence ("
            + a + " right, " + b + " left)", chosen.stream().map(DistinctiveCue::cue).toList(),
            chosen.stream().mapToDouble(DistinctiveCue::z).toArray(),
            chosen.stream().map(c -> c.z() > 0 ? SvgCharts.PALETTE[0] : SvgCharts.PALETTE[1])
                .toArray(String[]::new),
            chosen.stream().map(c -> c.cue() + ": " + a + " " + c.countA() + ", " + b + " " + c.countB()
                + ", z " + String.format(Locale.ROOT, "%.2f", c.z())).toArray(String[]::new), "z"))
            .append("</figure>\n");
        cueScoreTable(out, chosen, a, b);
      }
      out.append(main ? "" : "</details>\n");
    }
  }

  private static void cueScoreTable(StringBuilder out, List<DistinctiveCue> cues, String a, String b) {
    out.append("<table><tr><th>cue</th><th>frames</th><th>").append(esc(a)).append("</th><th>").append(esc(b))
        .append("</th><th>prior</th><th>δ</th><th>z</th></tr>\n");
    for (DistinctiveCue c : cues) {
      out.append("<tr><td><code>").append(esc(c.cue())).append("</code></td><td>")
          .append(esc(String.join(", ", c.frames()))).append("</td><td class=\"num\">").append(c.countA())
          .append("</td><td class=\"num\">").append(c.countB()).append("</td><td class=\"num\">")
          .append(String.format(Locale.ROOT, "%.0f", c.prior())).append("</td><td class=\"num\">")
          .append(String.format(Locale.ROOT, "%.3f", c.delta())).append("</td><td class=\"num ")
          .append(c.z() > 0 ? "pos" : "neg").append("\">").append(String.format(Locale.ROOT, "%.2f", c.z()))
          .append("</td></tr>\n");
    }
    out.append("</table>\n");
  }

  static void cooccurrence(StringBuilder out, CorpusSummary s) {
    out.append("<section id=\"cooccurrence\">\n<h2>Frame co-occurrence</h2>\n<p class=\"note\">Documents where"
        + " both frames are present; the diagonal counts documents where the frame is present. Colour: phi"
        + " correlation of the two presence indicators (blue positive, orange negative); hover for Jaccard"
        + " and phi.</p>\n");
    List<Group> groups = s.groups();
    matrix(out, s, groups.get(groups.size() - 1));
    if (groups.size() > 2) {
      for (Group g : groups.subList(0, groups.size() - 1)) {
        out.append("<details><summary>").append(esc(g.label())).append("</summary>\n");
        matrix(out, s, g);
        out.append("</details>\n");
      }
    }
    out.append("</section>\n");
  }

  private static void matrix(StringBuilder out, CorpusSummary s, Group g) {
    Map<String, Cooccurrence> pairs = new HashMap<>();
    Map<String, Long> present = new HashMap<>();
    s.cooccurrence().stream().filter(c -> c.group().equals(g.values())).forEach(c -> {
      pairs.put(c.frameA() + "\u0000" + c.frameB(), c);
      present.put(c.frameA(), c.nA());
      present.put(c.frameB(), c.nB());
    });
    out.append("<div class=\"scroll\"><table><tr><th>").append(esc(g.label())).append("</th>");
    s.frames().forEach(f -> out.append("<th>").append(esc(f.label())).append("</th>"));
    out.append("</tr>\n");
    for (FrameInfo row : s.frames()) {
      out.append("<tr><th scope=\"row\">").append(esc(row.label())).append("</th>");
      for (FrameInfo col : s.frames()) {
        Cooccurrence c = pairs.getOrDefault(row.id() + "\u0000" + col.id(),
            pairs.get(col.id() + "\u0000" + row.id()));
        if (c == null) {
          out.append("<td class=\"num\" style=\"background:#eee\">").append(present.getOrDefault(row.id(), 0L))
              .append("</td>");
          continue;
        }
        out.append("<td class=\"num\" style=\"background:").append(colour(c.phi())).append("\" title=\"")
            .append(esc(row.label() + " & " + col.label() + ": Jaccard " + fixed(c.jaccard()) + ", phi "
                + fixed(c.phi()))).append("\">").append(c.nBoth()).append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</table></div>\n");
  }

  static void cues(StringBuilder out, CorpusSummary s, Map<String, Integer> groupIndex) {
    out.append("<section id=\"cues\">\n<h2>Top cues</h2>\n<p class=\"note\">Per frame, the cues that are"
        + " evidence in most documents, and in how many documents each appears in each voice (a document"
        + " can count under several voices). The CSV has the top ").append(s.options().topCues())
        .append(" per frame and group.</p>\n");
    List<Group> groups = s.groups();
    cueGrid(out, s, groups.get(groups.size() - 1));
    if (groups.size() > 2) {
      for (Group g : groups.subList(0, groups.size() - 1)) {
        out.append("<details id=\"cues-g").append(groupIndex.get(g.label())).append("\"><summary>")
            .append(esc(g.label())).append("</summary>\n");
        cueGrid(out, s, g);
        out.append("</details>\n");
      }
    }
    out.append("</section>\n");
  }

  private static void cueGrid(StringBuilder out, CorpusSummary s, Group g) {
    out.append("<div class=\"cols\">\n");
    for (FrameInfo f : s.frames()) {
      List<CueFrequency> rows = s.cues().stream()
          .filter(c -> c.frame().equals(f.id()) && c.group().equals(g.values()) && c.rank() <= CUES_SHOWN)
          .toList();
      out.append("<div><h4>").append(esc(f.label())).append("</h4>");
      if (rows.isEmpty()) {
        out.append("<p class=\"na\">no evidence</p></div>\n");
        continue;
      }
      out.append("<table><tr><th>cue</th><th>docs</th><th>share</th><th title=\"authorial\">auth.</th>"
          + "<th title=\"attributed\">attr.</th><th title=\"distanced\">dist.</th><th title=\"negated\">neg.</th>"
          + "</tr>\n");
      for (CueFrequency c : rows) {
        out.append("<tr><td><code>").append(esc(c.cue())).append("</code></td><td class=\"num\">")
            .append(c.documents()).append("</td><td class=\"num\">")
            .append(String.format(Locale.ROOT, "%.1f%%", 100 * c.share())).append("</td><td class=\"num\">")
            .append(c.authorial()).append("</td><td class=\"num\">").append(c.attributed())
            .append("</td><td class=\"num\">").append(c.distanced()).append("</td><td class=\"num\">")
            .append(c.negated()).append("</td></tr>\n");
      }
      out.append("</table></div>\n");
    }
    out.append("</div>\n");
  }

  static void definitions(StringBuilder out, CorpusSummary s) {
    out.append("<section id=\"definitions\">\n<h2>Definitions</h2>\n<dl>\n");
    for (Measure m : Bootstrap.MEASURES) {
      out.append("<dt>").append(m.value()).append("</dt><dd>").append(esc(m.description())).append("</dd>\n");
    }
    out.append("<dt>n</dt><dd>documents behind a figure: the group's documents, or those where the frame is"
        + " present for promoted_among_present.</dd>\n<dt>Interval</dt><dd>95% percentile bootstrap: ")
        .append(s.options().replicates()).append(" resamples of the group's documents with replacement;"
        + " resamples where a figure is undefined are left out.</dd>\n<dt>Groups</dt><dd>")
        .append(esc(CorpusSummary.MISSING)).append(" collects documents without the field; ")
        .append(esc(CorpusSummary.ALL)).append(" is the whole corpus.</dd>\n</dl>\n<p class=\"note\">Tables:"
        + " summary.csv, cooccurrence.csv, cues.csv")
        .append(s.differences().isEmpty() ? "" : ", compare.csv, compare-cues.csv")
        .append(" and summary.json next to this page.</p>\n</section>\n");
  }

  private static String num(Double v, Measure m) {
    return "<td class=\"num\">" + (v == null ? "–" : CorpusHtml.number(v, m)) + "</td>";
  }

  private static String signed(double v) {
    return String.format(Locale.ROOT, "%+.3f", v);
  }

  private static String interval(Difference d) {
    return d.ciLow() == null ? "" : String.format(Locale.ROOT, " [%+.3f, %+.3f]", d.ciLow(), d.ciHigh());
  }

  private static String fixed(Double v) {
    return v == null ? "–" : String.format(Locale.ROOT, "%.3f", v);
  }

  private static double nan(Double v) {
    return v == null ? Double.NaN : v;
  }

  private static String colour(Double phi) {
    if (phi == null) {
      return "#fff";
    }
    double a = Math.min(1, Math.abs(phi)) * 0.8;
    return String.format(Locale.ROOT, phi >= 0 ? "rgba(0,114,178,%.2f)" : "rgba(213,94,0,%.2f)", a);
  }
}

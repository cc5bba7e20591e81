package org.framelens.corpus;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.framelens.corpus.CorpusSummary.Estimate;
import org.framelens.corpus.CorpusSummary.Example;
import org.framelens.corpus.CorpusSummary.FrameInfo;
import org.framelens.corpus.CorpusSummary.Group;
import org.framelens.corpus.SvgCharts.Point;
import org.framelens.corpus.SvgCharts.Series;

/**
 * The corpus report as one self-contained HTML page: no script, font, style sheet or image from elsewhere,
 * so it opens offline and can be mailed. Prevalence by group and over time as inline SVG, tables of every
 * measure with their intervals, co-occurrence, top cues, the comparison, and example evidence: every
 * figure of a group and frame links to that group's examples for the frame. All text is HTML-escaped.
 * Stateless.
 */
public final class CorpusHtml {
  static final int CHART_GROUPS = 8;
  private static final Escaper ESCAPE = HtmlEscapers.htmlEscaper();

  private final CorpusSummary s;
  private final Map<String, Estimate> estimates = new HashMap<>();
  private final Map<String, List<Example>> examples = new HashMap<>();
  private final Map<String, Integer> groupIndex = new HashMap<>();
  private final Map<String, Integer> frameIndex = new HashMap<>();
  private final List<Group> charted;
  private final StringBuilder out = new StringBuilder();

  private CorpusHtml(CorpusSummary s) {
    this.s = s;
    s.estimates().forEach(e -> estimates.put(key(e.groupLabel(), e.period(), e.frame(), e.measure()), e));
    for (int i = 0; i < s.groups().size(); i++) {
      groupIndex.put(s.groups().get(i).label(), i);
    }
    for (int i = 0; i < s.frames().size(); i++) {
      frameIndex.put(s.frames().get(i).id(), i);
    }
    s.examples().forEach(e -> examples.computeIfAbsent(anchor(CorpusSummary.label(e.group()), e.frame()),
        k -> new ArrayList<>()).add(e));
    this.charted = charted(s);
  }

  /** Writes the page for {@code summary} to {@code out} (not closed). */
  public static void write(CorpusSummary summary, Writer out) throws IOException {
    out.write(new CorpusHtml(summary).page());
    out.flush();
  }

  private String page() {
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Framing in ").append(esc(s.input().source())).append("</title>\n<style>")
        .append(CorpusHtmlStyle.CSS).append("</style>\n</head>\n<body>\n");
    header();
    groups();
    prevalence();
    if (s.options().timeField() != null) {
      time();
    }
    if (!s.differences().isEmpty()) {
      CorpusHtmlSections.compare(out, s);
    }
    CorpusHtmlSections.cooccurrence(out, s);
    CorpusHtmlSections.cues(out, s, groupIndex);
    examplesSection();
    CorpusHtmlSections.definitions(out, s);
    return out.append("</body>\n</html>\n").toString();
  }

  private void header() {
    CorpusSummary.Input in = s.input();
    out.append("<h1>Framing in <code>").append(esc(in.source())).append("</code></h1>\n<p class=\"meta\">")
        .append(String.format(Locale.ROOT, "%,d documents", in.documents()))
        .append(" in ").append(s.groups().size() - 1).append(" groups by <b>")
        .append(esc(String.join(", ", s.options().by()))).append("</b>");
    if (in.taxonomy() != null) {
      out.append(" · taxonomy <code>").append(esc(in.taxonomy())).append("</code>");
    }
    out.append(" · ").append(in.skippedLines()).append(" malformed lines skipped");
    if (s.options().timeField() != null) {
      out.append(" · by ").append(s.options().period().value()).append(" of <b>")
          .append(esc(s.options().timeField())).append("</b>: ").append(in.undated()).append(" undated, ")
          .append(in.badDates()).append(" bad dates");
      if (in.firstBadDate() != null) {
        out.append(" (first: <code>").append(esc(in.firstBadDate())).append("</code>)");
      }
    }
    out.append("<br>Intervals: 95% percentile bootstrap, ").append(s.options().replicates())
        .append(" replicates resampling documents within each group and period (seed ")
        .append(s.options().seed()).append(").</p>\n<nav>");
    nav("groups", "Groups");
    nav("prevalence", "Prevalence");
    if (s.options().timeField() != null) {
      nav("time", "Over time");
    }
    if (!s.differences().isEmpty()) {
      nav("compare", "Comparison");
    }
    nav("cooccurrence", "Co-occurrence");
    nav("cues", "Top cues");
    nav("examples", "Examples");
    nav("definitions", "Definitions");
    out.append("</nav>\n");
  }

  private void nav(String id, String title) {
    out.append("<a href=\"#").append(id).append("\">").append(title).append("</a> ");
  }

  private void groups() {
    out.append("<section id=\"groups\">\n<h2>Groups</h2>\n<table class=\"narrow\"><tr>");
    s.options().by().forEach(f -> out.append("<th>").append(esc(f)).append("</th>"));
    out.append("<th class=\"num\">documents</th></tr>\n");
    for (Group g : s.groups()) {
      out.append("<tr>");
      g.values().values().forEach(v -> out.append("<td>").append(esc(v)).append("</td>"));
      out.append("<td class=\"num\">").append(String.format(Locale.ROOT, "%,d", g.documents()))
          .append("</td></tr>\n");
    }
    out.append("</table>\n</section>\n");
  }

  private void prevalence() {
    out.append("<section id=\"prevalence\">\n<h2>Prevalence by group</h2>\n");
    int shown = charted.size() - (s.groups().size() > 2 ? 1 : 0);
    if (s.groups().size() - 1 > shown) {
      out.append("<p class=\"note\">The charts show ").append(shown).append(" of the ")
          .append(s.groups().size() - 1).append(" groups (the largest, leaving out groups with a missing value)"
          + " and the whole corpus; the tables and CSV files have every group.</p>\n");
    }
    List<String> labels = s.frames().stream().map(FrameInfo::label).toList();
    for (Measure m : List.of(Measure.PREVALENCE, Measure.PROMOTED_SHARE)) {
      Point[][] points = new Point[s.frames().size()][charted.size()];
      for (int f = 0; f < s.frames().size(); f++) {
        for (int g = 0; g < charted.size(); g++) {
          points[f][g] = point(charted.get(g).label(), CorpusSummary.ALL, s.frames().get(f), m);
        }
      }
      out.append("<figure>").append(SvgCharts.dotWhisker(title(m) + " by frame and group", labels, series(),
          points, m.description())).append("</figure>\n");
    }
    for (Measure m : Bootstrap.MEASURES) {
      boolean open = m == Measure.PREVALENCE || m == Measure.PROMOTED_SHARE;
      out.append(open ? "<h3>" : "<details><summary>").append(title(m))
          .append(open ? "</h3>\n" : "</summary>\n");
      measureTable(m);
      out.append(open ? "" : "</details>\n");
    }
    out.append("</section>\n");
  }

  private void measureTable(Measure m) {
    out.append("<div class=\"scroll\"><table><tr><th>frame</th>");
    s.groups().forEach(g -> out.append("<th>").append(esc(g.label())).append("</th>"));
    out.append("</tr>\n");
    for (FrameInfo f : s.frames()) {
      out.append("<tr><th scope=\"row\">").append(esc(f.label())).append("</th>");
      for (Group g : s.groups()) {
        Estimate e = estimates.get(key(g.label(), CorpusSummary.ALL, f.id(), m));
        out.append("<td class=\"num\">").append(cell(e, m, anchor(g.label(), f.id()))).append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</table></div>\n");
  }

  private String cell(Estimate e, Measure m, String anchor) {
    if (e == null || e.value() == null) {
      return "<span class=\"na\">–</span>";
    }
    String value = number(e.value(), m);
    String linked = examples.containsKey(anchor)
        ? "<a href=\"#" + anchor + "\" title=\"examples\">" + value + "</a>" : value;
    String ci = e.ciLow() == null ? "" : "<br><span class=\"ci\">[" + number(e.ciLow(), m) + ", "
        + number(e.ciHigh(), m) + "]</span>";
    return linked + ci + "<br><span class=\"n\">n=" + e.n() + "</span>";
  }

  private void time() {
    TreeSet<String> periods = new TreeSet<>();
    s.estimates().forEach(e -> {
      if (!e.period().equals(CorpusSummary.ALL)) {
        periods.add(e.period());
      }
    });
    List<String> xs = List.copyOf(periods);
    out.append("<section id=\"time\">\n<h2>Over time</h2>\n<p class=\"note\">By ")
        .append(s.options().period().value()).append(" of <b>").append(esc(s.options().timeField()))
        .append("</b>; bands are 95% intervals; hover a point for its value and n. Undated documents and bad"
            + " dates are left out here.</p>\n");
    if (xs.isEmpty()) {
      out.append("<p>No document has a valid date.</p>\n</section>\n");
      return;
    }
    for (Measure m : List.of(Measure.PREVALENCE, Measure.PROMOTED_SHARE)) {
      out.append("<h3>").append(title(m)).append("</h3>\n").append(SvgCharts.legendHtml(series()))
          .append("<div class=\"grid\">\n");
      for (FrameInfo f : s.frames()) {
        Point[][] points = new Point[charted.size()][xs.size()];
        for (int g = 0; g < charted.size(); g++) {
          for (int i = 0; i < xs.size(); i++) {
            points[g][i] = point(charted.get(g).label(), xs.get(i), f, m);
          }
        }
        out.append("<figure>").append(SvgCharts.lines(f.label(), xs, series(), points,
            m.value().replace('_', ' '), 460)).append("</figure>\n");
      }
      out.append("</div>\n");
    }
    out.append("</section>\n");
  }

  private void examplesSection() {
    out.append("<section id=\"examples\">\n<h2>Examples</h2>\n<p class=\"note\">Up to ")
        .append(s.options().examples()).append(" documents per group and frame, sampled uniformly (seeded) from"
        + " those where the frame is present; up to three pieces of evidence each.</p>\n")
        .append(CorpusHtmlStyle.VOICE_LEGEND);
    for (FrameInfo f : s.frames()) {
      out.append("<h3 id=\"frame-").append(frameIndex.get(f.id())).append("\">").append(esc(f.label()))
          .append("</h3>\n");
      for (Group g : s.groups()) {
        List<Example> list = examples.get(anchor(g.label(), f.id()));
        if (list == null) {
          continue;
        }
        out.append("<div class=\"examples\" id=\"").append(anchor(g.label(), f.id())).append("\"><h4>")
            .append(esc(g.label())).append(" · ").append(esc(f.label())).append("</h4><ul>\n");
        list.forEach(this::example);
        out.append("</ul></div>\n");
      }
    }
    out.append("</section>\n");
  }

  private void example(Example e) {
    out.append("<li><b>").append(esc(e.documentId())).append("</b> <span class=\"n\">line ").append(e.line())
        .append(" · ").append(esc(e.stance())).append(String.format(Locale.ROOT, " · score %.2f", e.score()))
        .append("</span><br>");
    for (CorpusSummary.ExampleEvidence ev : e.evidence()) {
      out.append("<span class=\"ev\"><mark class=\"v-").append(esc(ev.voice())).append("\">")
          .append(esc(ev.text())).append("</mark> <small>").append(esc(ev.voice()));
      if (ev.marker() != null) {
        out.append(" via “").append(esc(ev.marker())).append("”");
      }
      out.append(ev.source().equals("lexicon") ? " · cue <code>" + esc(ev.cue()) + "</code>"
          : " · " + esc(ev.source()) + " (" + esc(ev.cue()) + ")").append("</small></span> ");
    }
    out.append("</li>\n");
  }

  private Point point(String group, String period, FrameInfo f, Measure m) {
    Estimate e = estimates.get(key(group, period, f.id(), m));
    if (e == null || e.value() == null) {
      return null;
    }
    String tooltip = group + (period.equals(CorpusSummary.ALL) ? "" : " " + period) + " · " + f.label() + ": "
        + number(e.value(), m) + (e.ciLow() == null ? "" : " [" + number(e.ciLow(), m) + ", "
        + number(e.ciHigh(), m) + "]") + ", n=" + e.n();
    String anchor = anchor(group, f.id());
    return new Point(e.value(), e.ciLow() == null ? Double.NaN : e.ciLow(),
        e.ciHigh() == null ? Double.NaN : e.ciHigh(), tooltip, examples.containsKey(anchor) ? "#" + anchor : null);
  }

  private List<Series> series() {
    List<Series> out = new ArrayList<>();
    for (int i = 0; i < charted.size(); i++) {
      boolean all = charted.get(i).label().equals(CorpusSummary.ALL);
      out.add(new Series(all ? "(all documents)" : charted.get(i).label(),
          all ? "#000000" : SvgCharts.PALETTE[i % SvgCharts.PALETTE.length]));
    }
    return out;
  }

  /**
   * The largest groups (at most {@value #CHART_GROUPS}) by label, then the whole corpus if there are
   * several. Groups with a missing value are left out of the charts (not the tables) when others exist.
   */
  private static List<Group> charted(CorpusSummary s) {
    List<Group> groups = s.groups().subList(0, s.groups().size() - 1);
    List<Group> known = groups.stream().filter(g -> !g.values().containsValue(CorpusSummary.MISSING)).toList();
    List<Group> out = new ArrayList<>((known.isEmpty() ? groups : known).stream()
        .sorted(Comparator.comparingLong(Group::documents).reversed().thenComparing(Group::label))
        .limit(CHART_GROUPS).sorted(Comparator.comparing(Group::label)).toList());
    if (groups.size() > 1) {
      out.add(s.groups().get(s.groups().size() - 1));
    }
    return out;
  }

  static String title(Measure m) {
    String name = m.value().replace('_', ' ');
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  static String number(double v, Measure m) {
    return m == Measure.MEAN_SCORE ? String.format(Locale.ROOT, "%.3f", v)
        : String.format(Locale.ROOT, "%.1f%%", 100 * v);
  }

  private String anchor(String group, String frame) {
    return "ex-g" + groupIndex.get(group) + "-f" + frameIndex.get(frame);
  }

  private static String key(String group, String period, String frame, Measure m) {
    return group + "\u0000" + period + "\u0000" + frame + "\u0000" + m.value();
  }

  static String esc(String text) {
    return ESCAPE.escape(text);
  }
}

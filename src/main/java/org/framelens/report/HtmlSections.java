package org.framelens.report;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The tables of the document view: warnings, evidence per frame, provenance and metadata. */
final class HtmlSections {
  private static final int CONTEXT = 24;
  private static final int LONG_SPAN = 64;

  private HtmlSections() {}

  /** A word in the style of a voice (legend and tables). */
  static String voiceSample(Voice voice, EvidenceSource source) {
    String label = source == EvidenceSource.CLASSIFIER ? "classifier sentence" : voice.value();
    return "<span class=\"sample\" style=\"" + HtmlMarks.style(List.of(new HtmlMarks.Mark(HtmlMarks.NEUTRAL, voice,
        source))) + "\">" + label + "</span>";
  }

  static void warnings(HtmlOut html, List<Warning> warnings, String text) throws IOException {
    html.raw("<h2>Warnings</h2>\n");
    if (warnings.isEmpty()) {
      html.raw("<p class=\"warn-none\">None.</p>\n");
      return;
    }
    html.raw("<table id=\"warnings\"><thead><tr><th>code</th><th>span</th><th>where</th><th>message</th></tr>"
        + "</thead><tbody>\n");
    for (Warning w : warnings) {
      html.raw("<tr><td><code>").text(w.code()).rawf("</code></td><td class=\"num mono\">[%d,%d)</td><td>",
          w.start(), w.end());
      excerpt(html, text, w.start(), w.end());
      html.raw("</td><td>").text(w.message()).raw("</td></tr>\n");
    }
    html.raw("</tbody></table>\n");
  }

  /** The span with a little context, invisible characters shown as code points; a long span abbreviated. */
  private static void excerpt(HtmlOut html, String text, int start, int end) throws IOException {
    int from = pairSafe(text, Math.max(0, start - CONTEXT));
    int to = pairSafe(text, Math.min(text.length(), end + CONTEXT));
    html.raw("<span class=\"muted\">").text(visible(text.substring(from, start))).raw("</span><mark>");
    if (end - start <= LONG_SPAN) {
      html.text(visible(text.substring(start, end)));
    } else {
      int head = pairSafe(text, start + LONG_SPAN / 2);
      int tail = pairSafe(text, end - LONG_SPAN / 4);
      html.text(visible(text.substring(start, head))).raw("\u2026").text(visible(text.substring(tail, end)));
    }
    html.raw("</mark><span class=\"muted\">").text(visible(text.substring(end, to))).raw("</span>");
  }

  /** {@code i}, moved back one if it would split a surrogate pair. */
  private static int pairSafe(String text, int i) {
    return i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i))
        && Character.isHighSurrogate(text.charAt(i - 1)) ? i - 1 : i;
  }

  /** Format, control (other than line breaks and tabs) and lone surrogate characters as ⟨U+XXXX⟩. */
  static String visible(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> {
      int type = Character.getType(cp);
      boolean hidden = type == Character.FORMAT || type == Character.SURROGATE || type == Character.PRIVATE_USE
          || (type == Character.CONTROL && cp != '\n' && cp != '\t' && cp != '\r');
      if (hidden) {
        b.append(String.format(Locale.ROOT, "\u27e8U+%04X\u27e9", cp));
      } else {
        b.appendCodePoint(cp);
      }
    });
    return b.toString();
  }

  /** One table per frame with evidence, in display order; rows link to the text and back. */
  static void evidence(HtmlOut html, List<Map.Entry<Integer, FrameScore>> shown, Map<String, String> colours)
      throws IOException {
    html.raw("<h2>Evidence</h2>\n");
    if (colours.isEmpty()) {
      html.raw("<p class=\"muted\">No evidence for any frame.</p>\n");
    }
    for (Map.Entry<Integer, FrameScore> entry : shown) {
      FrameScore f = entry.getValue();
      if (!f.evidence().isEmpty()) {
        frameTable(html, entry.getKey(), f, colours.get(f.id()));
      }
    }
  }

  private static void frameTable(HtmlOut html, int index, FrameScore f, String colour) throws IOException {
    html.rawf("<h3 id=\"frame-%d\"><span class=\"swatch\" style=\"background:%s\"></span>", index, colour)
        .text(f.label()).raw(" <code>").text(f.id()).raw("</code> <span class=\"muted\">")
        .text(HtmlChart.summary(f)).raw("</span></h3>\n")
        .raw("<table class=\"evidence\"><thead><tr><th>#</th><th>span</th><th>sentence</th><th>evidence</th>"
            + "<th>cue</th><th>source</th><th>weight</th><th>voice</th><th>marker</th></tr></thead><tbody>\n");
    for (int i = 0; i < f.evidence().size(); i++) {
      Evidence e = f.evidence().get(i);
      String style = HtmlMarks.style(List.of(new HtmlMarks.Mark(colour, e.voice(), e.source())));
      html.rawf("<tr id=\"row-%d-%d\"><td class=\"num\"><a href=\"#ev-%d-%d\">%d</a></td>", index, i, index, i,
              i + 1)
          .rawf("<td class=\"num mono\">[%d,%d)</td><td class=\"num\">%d</td>", e.start(), e.end(), e.sentence())
          .rawf("<td><span style=\"%s\">", style).text(ReportText.abbreviated(e.text(), 90)).raw("</span></td>")
          .raw("<td>").text(e.cue()).raw("</td><td>").text(e.source().value())
          .rawf("</td><td class=\"num\">%.2f</td><td>%s</td><td>", e.weight(), e.voice().value());
      if (e.marker() != null) {
        html.raw("\u201c").text(ReportText.abbreviated(e.marker().text(), 40)).raw("\u201d ")
            .rawf("<span class=\"mono muted\">[%d,%d)</span>", e.marker().start(), e.marker().end());
      }
      html.raw("</td></tr>\n");
    }
    html.raw("</tbody></table>\n");
  }

  static void provenance(HtmlOut html, FramingReport r) throws IOException {
    Provenance p = r.provenance();
    html.raw("<h2>Provenance</h2>\n<dl class=\"prov\" id=\"provenance\">");
    item(html, "framelens", p.framelens());
    item(html, "mode", p.mode());
    item(html, "taxonomy", r.taxonomy().id() + " " + r.taxonomy().version());
    item(html, "lexicon sha256", p.lexiconSha256());
    item(html, "voice lexicon sha256", p.voiceLexiconSha256().isEmpty() ? "none" : p.voiceLexiconSha256());
    for (Map.Entry<String, String> m : p.models().entrySet()) {
      item(html, "model " + m.getKey(), m.getValue());
    }
    for (Map.Entry<String, Object> m : r.metadata().entrySet()) {
      item(html, "metadata " + m.getKey(), String.valueOf(m.getValue()));
    }
    html.raw("</dl>\n");
  }

  private static void item(HtmlOut html, String name, String value) throws IOException {
    html.raw("<dt>").text(name).raw("</dt><dd>").text(value).raw("</dd>");
  }
}

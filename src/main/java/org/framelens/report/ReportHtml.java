package org.framelens.report;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A self-contained HTML page of one report and the text it was made from: frame score bars, a legend, the
 * text with every piece of evidence highlighted (colour by frame, style by voice), an evidence table per frame
 * linked to the text, warnings and provenance. The page loads nothing from elsewhere (no scripts, fonts or
 * style sheets; a Content-Security-Policy forbids it) and works offline.
 *
 * <pre>{@code
 * try (Writer out = Files.newBufferedWriter(Path.of("report.html"))) {
 *   ReportHtml.write(report, text, analyzer.thresholds(), out);
 * }
 * }</pre>
 *
 * Thread-safe (stateless). The page is streamed: a long text is never copied into one string.
 */
public final class ReportHtml {
  private static final String CSS = resource("report.css");
  private static final String SCRIPT = resource("report.js");
  private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'";

  private ReportHtml() {}

  /**
   * Writes the page of {@code report} to {@code out} (which is flushed, not closed).
   *
   * @param report the report
   * @param text the text the report was made from (the report holds offsets into it, not the text)
   * @param thresholds presence threshold by frame id, drawn on the score bars (for example
   *     {@code FramingAnalyzer.thresholds()}); frames without one, or all with an empty map, get no mark
   * @param out where the page goes, as characters (encode it as UTF-8: the page declares that charset)
   * @throws IllegalArgumentException if the report was not made from {@code text} (its length or an evidence
   *     span does not match)
   * @throws IOException if {@code out} fails
   */
  public static void write(FramingReport report, String text, Map<String, Double> thresholds, Writer out)
      throws IOException {
    requireNonNull(report, "report");
    requireNonNull(text, "text");
    requireNonNull(thresholds, "thresholds");
    requireNonNull(out, "out");
    checkMadeFrom(report, text);
    HtmlOut html = new HtmlOut(out);
    List<Map.Entry<Integer, FrameScore>> shown = displayOrder(report.frames());
    Map<String, String> colours = colours(shown);
    head(html, report);
    html.raw("<h2>Frames</h2>\n");
    HtmlChart.write(html, shown, colours, thresholds);
    legend(html, shown, colours);
    HtmlSections.warnings(html, report.warnings(), text);
    html.raw("<h2>Text</h2>\n<div class=\"doc\" id=\"text\">");
    HtmlText.write(html, text, report.frames(), colours);
    html.raw("</div>\n");
    HtmlSections.evidence(html, shown, colours);
    HtmlSections.provenance(html, report);
    html.raw("</main>\n<script>\n").raw(SCRIPT).raw("</script>\n</body>\n</html>\n");
    out.flush();
  }

  private static void checkMadeFrom(FramingReport report, String text) {
    checkArgument(report.stats().characters() == text.length(),
        "the report was made from a text of %s characters, this one has %s", report.stats().characters(),
        text.length());
    for (FrameScore f : report.frames()) {
      for (Evidence e : f.evidence()) {
        checkArgument(e.end() <= text.length() && text.regionMatches(e.start(), e.text(), 0, e.text().length()),
            "evidence [%s,%s) of frame %s is not in this text: the report was made from another one", e.start(),
            e.end(), f.id());
      }
    }
  }

  /** Present frames first, then the others, each in report order; with their index in the report. */
  private static List<Map.Entry<Integer, FrameScore>> displayOrder(List<FrameScore> frames) {
    List<Map.Entry<Integer, FrameScore>> present = new ArrayList<>();
    List<Map.Entry<Integer, FrameScore>> absent = new ArrayList<>();
    for (int i = 0; i < frames.size(); i++) {
      (frames.get(i).present() ? present : absent).add(new AbstractMap.SimpleImmutableEntry<>(i, frames.get(i)));
    }
    present.addAll(absent);
    return present;
  }

  /** A palette colour for each frame with evidence, in display order (so the strongest frames differ most). */
  private static Map<String, String> colours(List<Map.Entry<Integer, FrameScore>> shown) {
    Map<String, String> colours = new HashMap<>();
    for (Map.Entry<Integer, FrameScore> e : shown) {
      if (!e.getValue().evidence().isEmpty()) {
        colours.put(e.getValue().id(), HtmlMarks.PALETTE.get(colours.size() % HtmlMarks.PALETTE.size()));
      }
    }
    return colours;
  }

  private static void head(HtmlOut html, FramingReport r) throws IOException {
    String name = r.id() == null ? "document" : r.id();
    long present = r.frames().stream().filter(FrameScore::present).count();
    html.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .raw("<meta http-equiv=\"Content-Security-Policy\" content=\"").text(CSP).raw("\">\n")
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .raw("<meta name=\"generator\" content=\"framelens ").text(r.provenance().framelens()).raw("\">\n")
        .raw("<title>framelens: ").text(name).raw("</title>\n<style>\n").raw(CSS).raw("</style>\n</head>\n")
        .raw("<body>\n<main>\n<h1>Framing report: ").text(name).raw("</h1>\n<p class=\"meta\">")
        .rawf("%d of %d frames present \u00b7 language ", present, r.frames().size()).text(r.language())
        .raw(" \u00b7 taxonomy ").text(r.taxonomy().id() + " " + r.taxonomy().version())
        .raw(" \u00b7 mode ").text(r.provenance().mode())
        .rawf(" \u00b7 %,d characters, %,d sentences, %,d tokens</p>%n", r.stats().characters(),
            r.stats().sentences(), r.stats().tokens());
  }

  private static void legend(HtmlOut html, List<Map.Entry<Integer, FrameScore>> shown, Map<String, String> colours)
      throws IOException {
    html.raw("<div class=\"legend\" id=\"legend\">\n<strong>Frame colours</strong><ul>");
    for (Map.Entry<Integer, FrameScore> e : shown) {
      String colour = colours.get(e.getValue().id());
      if (colour != null) {
        html.rawf("<li><span class=\"swatch\" style=\"background:%s\"></span><a href=\"#frame-%d\">", colour,
            e.getKey()).text(e.getValue().label()).raw("</a></li>");
      }
    }
    if (colours.isEmpty()) {
      html.raw("<li class=\"muted\">no evidence for any frame</li>");
    }
    html.raw("</ul>\n<strong>Voice</strong><ul>");
    for (Voice v : Voice.values()) {
      html.raw("<li>").raw(HtmlSections.voiceSample(v, EvidenceSource.LEXICON)).raw("</li>");
    }
    html.raw("<li>").raw(HtmlSections.voiceSample(Voice.AUTHORIAL, EvidenceSource.CLASSIFIER)).raw("</li>")
        .raw("<li><svg width=\"10\" height=\"16\" aria-hidden=\"true\"><line x1=\"5\" x2=\"5\" y1=\"0\" y2=\"16\" "
            + "stroke=\"#000\" stroke-width=\"2\"/></svg> presence threshold</li></ul>\n</div>\n");
  }

  private static String resource(String name) {
    try (InputStream in = ReportHtml.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " missing from the framelens jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

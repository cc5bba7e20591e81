package org.framelens.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.framelens.Document;
import org.framelens.Framelens;
import org.framelens.FramingAnalyzer;
import org.framelens.Mode;
import org.framelens.ReportInvariants;
import org.framelens.lexicon.Frame;
import org.framelens.lexicon.Taxonomy;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

class ReportHtmlTest {
  private static final FramingAnalyzer LEXICON = FramingAnalyzer.builder().mode(Mode.LEXICON).build();
  private static final Taxonomy TAXONOMY = Taxonomy.defaultTaxonomy();

  private static String html(FramingReport report, String text, Map<String, Double> thresholds) {
    StringWriter out = new StringWriter();
    try {
      ReportHtml.write(report, text, thresholds, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static org.jsoup.nodes.Document page(FramingReport report, String text) {
    return Jsoup.parse(html(report, text, LEXICON.thresholds()));
  }

  @Test
  void write_demo_everyEvidenceIsOneRunOfSegmentsWithItsAnchor() {
    String text = Framelens.demoArticle("en");
    FramingReport report = ReportInvariants.check(Framelens.analyze(text), text);
    assertThat(report.frames().stream().mapToInt(f -> f.evidence().size()).sum()).isGreaterThan(50);
    assertSegmentsCoverEvidence(page(report, text), report, text);
  }

  @Test
  void write_overlappingSpans_segmentsCarryEveryFrameCoveringThem() {
    String text = "Alphabeta gamma delta epsilon, officials said.";
    Marker said = marker(text, "said");
    FramingReport report = handMade(text, Map.of(
        "sovereignty", List.of(ev(text, "Alphabeta gamma", Voice.AUTHORIAL, null)),
        "western_aggression", List.of(ev(text, "beta gamma delta", Voice.ATTRIBUTED, said)),
        "multipolarity", List.of(ev(text, "gamma", Voice.AUTHORIAL, null), ev(text, "gamma", Voice.NEGATED,
            marker(text, "epsilon"))),
        "resilience", List.of(new Evidence(0, text.length(), text, 0, "opennlp-doccat", EvidenceSource.CLASSIFIER,
            0.8)),
        "victimhood", List.of(ev(text, "delta epsilon", Voice.DISTANCED, marker(text, "officials"))),
        "strategic_partnership", List.of(ev(text, "Alpha", Voice.AUTHORIAL, null), ev(text, "beta", Voice.AUTHORIAL,
            null))));
    org.jsoup.nodes.Document page = page(report, text);
    assertSegmentsCoverEvidence(page, report, text);
    Element gamma = page.select("#text .seg").stream().filter(e -> e.wholeText().equals("gamma")).findFirst()
        .orElseThrow();
    assertThat(gamma.attr("data-ev").split(" ")).hasSize(5);
    assertThat(gamma.attr("title")).contains("Sovereignty").contains("Western aggression").contains("Multipolarity")
        .contains("attributed by \u201csaid\u201d").contains("negated").contains("classifier sentence");
    assertThat(gamma.attr("style")).contains("linear-gradient").contains("line-through").contains("border-bottom")
        .contains("box-shadow");
  }

  @Test
  void write_voices_lookDifferent() {
    Set<String> styles = new HashSet<>();
    for (Voice v : Voice.values()) {
      styles.add(HtmlMarks.style(List.of(new HtmlMarks.Mark("#332288", v, EvidenceSource.LEXICON))));
    }
    styles.add(HtmlMarks.style(List.of(new HtmlMarks.Mark("#332288", Voice.AUTHORIAL, EvidenceSource.CLASSIFIER))));
    assertThat(styles).hasSize(5);
  }

  @Test
  void write_hostileText_isEscapedEverywhere() {
    String text = "Sanctions have failed. <script>alert(\"x\")</script> & 'quoted' </div><img src=x onerror=alert(1)>";
    String id = "\"><script>alert(2)</script>";
    FramingReport analyzed = ReportInvariants.check(LEXICON.analyze(new Document(id, text, "en",
        Map.of("outlet", "<b>bold</b>"))), text);
    assertThat(analyzed.frame("resilience").orElseThrow().evidence()).isNotEmpty();
    String raw = html(analyzed, text, Map.of());
    assertThat(raw.split("<script", -1)).as("only the page's own script").hasSize(2);
    org.jsoup.nodes.Document page = Jsoup.parse(raw);
    assertThat(page.select("img")).isEmpty();
    assertThat(page.select("b")).isEmpty();
    assertThat(page.selectFirst("h1").text()).contains(id);
    assertThat(page.getElementById("provenance").text()).contains("<b>bold</b>");
    assertSegmentsCoverEvidence(page, analyzed, text);

    int start = text.indexOf("<script>");
    int end = text.indexOf("</script>") + "</script>".length();
    FramingReport hostileCue = handMade(text, Map.of("victimhood",
        List.of(new Evidence(start, end, text.substring(start, end), 0, "<b>cue</b>\"'", EvidenceSource.LEXICON,
            0.5))));
    org.jsoup.nodes.Document page2 = Jsoup.parse(html(hostileCue, text, Map.of()));
    assertThat(page2.select("#text .seg").first().wholeText()).isEqualTo("<script>alert(\"x\")</script>");
    assertThat(page2.select("#text .seg").first().attr("title")).contains("<b>cue</b>\"'");
    assertThat(page2.select("script")).hasSize(1);
  }

  @Test
  void write_surrogatePairs_segmentsKeepWholeCharacters() {
    String text = "\uD835\uDD4F says \uD83D\uDE42 sanctions have failed \uD83D\uDE42, and our self-reliance "
        + "\uD83C\uDDF7\uD83C\uDDFA grows. \uD83D\uDE00 NATO encirclement \uD83D\uDE00.";
    FramingReport analyzed = ReportInvariants.check(LEXICON.analyze(text), text);
    assertThat(analyzed.frame("resilience").orElseThrow().evidence()).hasSizeGreaterThanOrEqualTo(2);
    assertSegmentsCoverEvidence(page(analyzed, text), analyzed, text);

    int smile = text.indexOf("\uD83D\uDE42");
    FramingReport around = handMade(text, Map.of("resilience",
        List.of(new Evidence(smile, smile + 12, text.substring(smile, smile + 12), 0, "x", EvidenceSource.LEXICON,
            0.5))));
    org.jsoup.nodes.Document page = page(around, text);
    assertSegmentsCoverEvidence(page, around, text);
    assertThat(page.select("#text .seg").first().wholeText()).isEqualTo("\uD83D\uDE42 sanctions");
  }

  @Test
  void write_emptyText_pageWithChartAndNoSegments() {
    FramingReport empty = ReportInvariants.check(LEXICON.analyze(""), "");
    org.jsoup.nodes.Document page = page(empty, "");
    assertThat(page.getElementById("text").childNodeSize()).isZero();
    assertThat(page.select(".seg")).isEmpty();
    assertThat(page.select("svg.chart rect.bar")).hasSize(TAXONOMY.frames().size());
    assertThat(page.body().text()).contains("No evidence for any frame").contains("0 of 10 frames present");
  }

  @Test
  void write_chart_presentFramesFirstAndThresholdsMarked() {
    String text = "sovereignty then expansion";
    Evidence sovereignty = ev(text, "sovereignty", Voice.AUTHORIAL, null);
    Evidence expansion = ev(text, "expansion", Voice.AUTHORIAL, null);
    List<FrameScore> frames = new ArrayList<>();
    for (Frame f : TAXONOMY.frames()) {
      frames.add(switch (f.id()) {
        case "sovereignty" -> new FrameScore(f.id(), f.label(), null, 0.6, false, Stance.NONE, 1, 1, null,
            List.of(sovereignty));
        case "western_aggression" -> new FrameScore(f.id(), f.label(), null, 0.5, true, Stance.PROMOTED, 1, 1, 0,
            List.of(expansion));
        default -> new FrameScore(f.id(), f.label(), null, 0, false, Stance.NONE, 0, 0, null, List.of());
      });
    }
    FramingReport report = ReportInvariants.check(report(text, frames), text, TAXONOMY);
    Map<String, Double> thresholds = new HashMap<>(LEXICON.thresholds());
    thresholds.put("sovereignty", 0.7);
    thresholds.put("western_aggression", 0.5);
    org.jsoup.nodes.Document page = Jsoup.parse(html(report, text, thresholds));
    List<String> rows = page.select("svg.chart > g > title").eachText();
    assertThat(rows.get(0)).startsWith("Western aggression").contains("threshold 0.50");
    assertThat(rows.get(1)).startsWith("Sovereignty").contains("threshold 0.70");
    assertThat(page.select("svg.chart line.threshold")).hasSize(TAXONOMY.frames().size());
    assertThat(Jsoup.parse(html(report, text, Map.of())).select("svg.chart line.threshold")).isEmpty();
    assertThat(page.select("svg.chart text.present").eachText()).containsExactly("Western aggression", "0.50");
  }

  @Test
  void write_framesWithEvidence_getDistinctColours() {
    String text = Framelens.demoArticle("en");
    FramingReport report = ReportInvariants.check(Framelens.analyze(text), text);
    List<String> swatches = page(report, text).select("#legend .swatch").eachAttr("style");
    long withEvidence = report.frames().stream().filter(f -> !f.evidence().isEmpty()).count();
    assertThat(swatches).hasSize((int) withEvidence).doesNotHaveDuplicates();
  }

  @Test
  void write_warnings_showInvisibleCharactersAsCodePoints() {
    String text = "Our self\u200B-reliance grows as the sanctions have failed.";
    FramingReport report = ReportInvariants.check(LEXICON.analyze(text), text);
    assertThat(report.warnings()).extracting(Warning::code).contains(Warning.INVISIBLE_CHARACTERS);
    assertThat(page(report, text).getElementById("warnings").text()).contains("INVISIBLE_CHARACTERS")
        .contains("\u27e8U+200B\u27e9");
  }

  @Test
  void write_otherText_failsNamingTheMismatch() {
    String text = "The sanctions have failed.";
    FramingReport report = ReportInvariants.check(LEXICON.analyze(text), text);
    assertThatThrownBy(() -> html(report, text + " More.", Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("26 characters");
    assertThatThrownBy(() -> html(report, "The sanctions have worked.", Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("resilience");
  }

  @Test
  void write_page_isSelfContained() {
    String text = Framelens.demoArticle("ru");
    FramingReport report = ReportInvariants.check(Framelens.analyze(text), text);
    org.jsoup.nodes.Document page = page(report, text);
    assertThat(page.select("[src], link[href]")).isEmpty();
    assertThat(page.select("style").html()).doesNotContain("url(").doesNotContain("@import");
    assertThat(page.select("meta[http-equiv=Content-Security-Policy]").attr("content")).contains("default-src 'none'");
    assertThat(page.select("table.evidence tr[id] a[href]").eachAttr("href"))
        .allSatisfy(href -> assertThat(page.getElementById(href.substring(1))).isNotNull());
  }

  /**
   * Walks the highlighted text: it must read as the original, and the segments naming each piece of evidence
   * must cover exactly its span, behind one anchor at its start.
   */
  private static void assertSegmentsCoverEvidence(org.jsoup.nodes.Document page, FramingReport report, String text) {
    StringBuilder seen = new StringBuilder();
    Map<String, BitSet> covered = new HashMap<>();
    Map<String, Integer> anchors = new HashMap<>();
    for (Node n : page.getElementById("text").childNodes()) {
      if (n instanceof TextNode t) {
        seen.append(t.getWholeText());
      } else if (n instanceof Element e && e.hasClass("anchor")) {
        assertThat(anchors.put(e.id(), seen.length())).as("one anchor %s", e.id()).isNull();
      } else if (n instanceof Element e && e.hasClass("seg")) {
        assertThat(e.children()).isEmpty();
        int from = seen.length();
        seen.append(e.wholeText());
        for (String ref : e.attr("data-ev").split(" ")) {
          covered.computeIfAbsent(ref, k -> new BitSet()).set(from, seen.length());
        }
      } else {
        throw new AssertionError("unexpected node in the text: " + n.outerHtml());
      }
    }
    assertThat(seen.toString()).isEqualTo(text);
    Set<String> refs = new HashSet<>();
    for (int f = 0; f < report.frames().size(); f++) {
      List<Evidence> evidence = report.frames().get(f).evidence();
      for (int i = 0; i < evidence.size(); i++) {
        Evidence e = evidence.get(i);
        String ref = f + "-" + i;
        refs.add(ref);
        BitSet expected = new BitSet();
        expected.set(e.start(), e.end());
        assertThat(covered.get(ref)).as("segments of %s %s", report.frames().get(f).id(), e).isEqualTo(expected);
        assertThat(anchors.get("ev-" + ref)).as("anchor of %s", ref).isEqualTo(e.start());
      }
    }
    assertThat(covered.keySet()).isEqualTo(refs);
    assertThat(anchors).hasSize(refs.size());
  }

  private static Evidence ev(String text, String words, Voice voice, Marker marker) {
    int start = text.indexOf(words);
    return new Evidence(start, start + words.length(), words, 0, words.toLowerCase(java.util.Locale.ROOT),
        EvidenceSource.LEXICON, 0.7, voice, marker);
  }

  private static Marker marker(String text, String words) {
    int start = text.indexOf(words);
    return new Marker(start, start + words.length(), words, words);
  }

  /** A report over every frame of the default taxonomy, with the given evidence; passes the invariants. */
  private static FramingReport handMade(String text, Map<String, List<Evidence>> evidence) {
    List<FrameScore> frames = new ArrayList<>();
    for (Frame f : TAXONOMY.frames()) {
      List<Evidence> ev = evidence.getOrDefault(f.id(), List.of());
      boolean present = ev.stream().anyMatch(e -> e.voice() != Voice.NEGATED);
      frames.add(new FrameScore(f.id(), f.label(), f.parent(), present ? 0.9 : ev.isEmpty() ? 0 : 0.3, present,
          present ? Stance.PROMOTED : ev.isEmpty() ? Stance.NONE : Stance.REJECTED, present ? 1 : 0, ev.size(),
          present ? 0 : null, ev));
    }
    return ReportInvariants.check(report(text, frames), text, TAXONOMY);
  }

  private static FramingReport report(String text, List<FrameScore> frames) {
    List<FrameScore> sorted = frames.stream().sorted(Comparator.comparingDouble(FrameScore::score).reversed()
        .thenComparing(FrameScore::id)).toList();
    return new FramingReport(FramingReport.SCHEMA_VERSION, "hand-made", "en",
        new TaxonomyRef(TAXONOMY.id(), TAXONOMY.version()), sorted, List.of(),
        new Provenance("test", "sha", "", "lexicon", Map.of()), new DocumentStats(text.length(), 1, 10), Map.of());
  }
}

package org.framelens.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.framelens.corpus.ReportLines.absent;
import static org.framelens.corpus.ReportLines.ev;
import static org.framelens.corpus.ReportLines.line;
import static org.framelens.corpus.ReportLines.present;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.framelens.CorpusFormatException;
import org.framelens.corpus.CorpusSummary.Cooccurrence;
import org.framelens.corpus.CorpusSummary.CueFrequency;
import org.framelens.corpus.CorpusSummary.Difference;
import org.framelens.corpus.CorpusSummary.Estimate;
import org.junit.jupiter.api.Test;

class CorpusAggregatorTest {
  private static final String ALL = CorpusSummary.ALL;

  static CorpusSummary aggregate(CorpusOptions options, String... lines) throws Exception {
    CorpusAggregator agg = new CorpusAggregator(options);
    agg.read("in.jsonl", input(lines), null);
    return agg.finish();
  }

  static ByteArrayInputStream input(String... lines) {
    return new ByteArrayInputStream((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  private static Estimate estimate(CorpusSummary s, String group, String period, String frame, Measure m) {
    return s.estimate(group, period, frame, m).orElseThrow();
  }

  /** Frame a in outlet x: promoted 0.8, reported 0.6, absent 0.1, rejected 0.2. */
  private static String[] fourDocuments() {
    return new String[] {
        line("1", Map.of("outlet", "x"), present("a", "promoted", 0.8)),
        line("2", Map.of("outlet", "x"), present("a", "reported", 0.6)),
        line("3", Map.of("outlet", "x"), absent("a", "none", 0.1)),
        line("4", Map.of("outlet", "x"), absent("a", "rejected", 0.2))};
  }

  @Test
  void aggregate_fourDocuments_handComputedShares() throws Exception {
    CorpusSummary s = aggregate(CorpusOptions.of(List.of("outlet")), fourDocuments());
    assertThat(estimate(s, "x", ALL, "a", Measure.PREVALENCE).value()).isEqualTo(0.5);
    assertThat(estimate(s, "x", ALL, "a", Measure.PROMOTED_SHARE).value()).isEqualTo(0.25);
    assertThat(estimate(s, "x", ALL, "a", Measure.REPORTED_SHARE).value()).isEqualTo(0.25);
    assertThat(estimate(s, "x", ALL, "a", Measure.REJECTED_SHARE).value()).isEqualTo(0.25);
    Estimate amongPresent = estimate(s, "x", ALL, "a", Measure.PROMOTED_AMONG_PRESENT);
    assertThat(amongPresent.value()).isEqualTo(0.5);
    assertThat(amongPresent.n()).isEqualTo(2);
    Estimate mean = estimate(s, "x", ALL, "a", Measure.MEAN_SCORE);
    assertThat(mean.value()).isCloseTo((0.8 + 0.6 + 0.1 + 0.2) / 4, within(1e-6));
    assertThat(mean.n()).isEqualTo(4);
    assertThat(mean.ciLow()).isBetween(0.1, mean.value());
    assertThat(mean.ciHigh()).isBetween(mean.value(), 0.8);
    assertThat(s.groups()).extracting(CorpusSummary.Group::label).containsExactly("x", ALL);
  }

  @Test
  void aggregate_frameNeverPresent_promotedAmongPresentUndefined() throws Exception {
    CorpusSummary s = aggregate(CorpusOptions.of(List.of("outlet")), fourDocuments());
    Estimate b = estimate(s, "x", ALL, "b", Measure.PROMOTED_AMONG_PRESENT);
    assertThat(b.value()).isNull();
    assertThat(b.ciLow()).isNull();
    assertThat(b.n()).isZero();
    Estimate prevalence = estimate(s, "x", ALL, "b", Measure.PREVALENCE);
    assertThat(prevalence.value()).isZero();
    assertThat(prevalence.ciLow()).isZero();
    assertThat(prevalence.ciHigh()).isZero();
  }

  @Test
  void aggregate_sameSeed_sameSummary_otherSeedOtherIntervals() throws Exception {
    CorpusOptions options = CorpusOptions.of(List.of("outlet"));
    CorpusSummary one = aggregate(options, fourDocuments());
    CorpusSummary two = aggregate(options, fourDocuments());
    assertThat(two.estimates()).isEqualTo(one.estimates());
    CorpusSummary other = aggregate(options.withBootstrap(1000, 99), fourDocuments());
    assertThat(other.estimates()).extracting(Estimate::value)
        .containsExactlyElementsOf(one.estimates().stream().map(Estimate::value).toList());
    assertThat(other.estimates()).isNotEqualTo(one.estimates());
  }

  @Test
  void aggregate_twoThreads_sameAsOne() throws Exception {
    CorpusOptions one = CorpusOptions.of(List.of("outlet"));
    CorpusOptions two = new CorpusOptions(one.by(), null, Period.MONTH, 200, 5, List.of(), 20, 3, 2);
    List<String> lines = new ArrayList<>(List.of(fourDocuments()));
    lines.add(line("5", Map.of("outlet", "y"), present("b", "promoted", 0.9)));
    assertThat(aggregate(two, lines.toArray(String[]::new)).estimates())
        .isEqualTo(aggregate(one.withBootstrap(200, 5), lines.toArray(String[]::new)).estimates());
  }

  @Test
  void aggregate_missingOrOddGroupValues_groupedByText() throws Exception {
    CorpusSummary s = aggregate(CorpusOptions.of(List.of("outlet", "year")),
        line("1", Map.of("outlet", "x", "year", 2024)),
        line("2", Map.of("outlet", " ", "year", 2024)),
        line("3", Map.of("year", 2025)));
    assertThat(s.groups()).extracting(CorpusSummary.Group::label)
        .containsExactly("(missing)/2024", "(missing)/2025", "x/2024", ALL);
    assertThat(s.groups().get(0).values()).containsExactly(Map.entry("outlet", "(missing)"),
        Map.entry("year", "2024"));
  }

  @Test
  void aggregate_languageNotInMetadata_readFromReport() throws Exception {
    CorpusSummary s = aggregate(CorpusOptions.of(List.of("language")), line("1", Map.of()));
    assertThat(s.groups().get(0).label()).isEqualTo("en");
  }

  @Test
  void aggregate_byMonth_periodsInOrder_badAndMissingDatesCounted() throws Exception {
    CorpusOptions options = CorpusOptions.of(List.of("outlet")).withTime("date", Period.MONTH);
    CorpusSummary s = aggregate(options,
        line("1", Map.of("outlet", "x", "date", "2024-02-10"), present("a", "promoted", 1)),
        line("2", Map.of("outlet", "x", "date", "2024-01-31T22:00:00Z")),
        line("3", Map.of("outlet", "x", "date", "2024-02-29"), present("a", "promoted", 1)),
        line("4", Map.of("outlet", "x", "date", "31/01/2024")),
        line("5", Map.of("outlet", "x")));
    assertThat(s.input().undated()).isEqualTo(1);
    assertThat(s.input().badDates()).isEqualTo(1);
    assertThat(s.input().firstBadDate()).isEqualTo("in.jsonl:4: 31/01/2024");
    assertThat(s.estimates().stream().filter(e -> e.groupLabel().equals("x")).map(Estimate::period).distinct())
        .containsExactly(ALL, "2024-01", "2024-02");
    assertThat(estimate(s, "x", "2024-02", "a", Measure.PREVALENCE).value()).isEqualTo(1);
    assertThat(estimate(s, "x", "2024-01", "a", Measure.PREVALENCE).value()).isEqualTo(0);
    Estimate overall = estimate(s, "x", ALL, "a", Measure.PREVALENCE);
    assertThat(overall.n()).isEqualTo(5);
    assertThat(overall.value()).isEqualTo(0.4);
    assertThat(estimate(s, ALL, "2024-02", "a", Measure.PREVALENCE).n()).isEqualTo(2);
  }

  @Test
  void aggregate_cooccurrence_handComputedJaccardAndPhi() throws Exception {
    // {a,b}, {a}, {b}, {}: n=4, nA=nB=2, both=1, Jaccard 1/3, phi (4·1 - 2·2)/√(2·2·2·2) = 0.
    // {a,b}, {a,b}, {}, {}: both=2, Jaccard 1, phi 1.
    CorpusSummary s = aggregate(CorpusOptions.of(List.of("outlet")),
        line("1", Map.of("outlet", "x"), present("a", "promoted", 1), present("b", "promoted", 1)),
        line("2", Map.of("outlet", "x"), present("a", "promoted", 1)),
        line("3", Map.of("outlet", "x"), present("b", "promoted", 1)),
        line("4", Map.of("outlet", "x")),
        line("5", Map.of("outlet", "y"), present("a", "promoted", 1), present("b", "promoted", 1)),
        line("6", Map.of("outlet", "y"), present("a", "promoted", 1), present("b", "promoted", 1)),
        line("7", Map.of("outlet", "y")),
        line("8", Map.of("outlet", "y")));
    Cooccurrence x = cooccurrence(s, "x");
    assertThat(List.of(x.n(), x.nA(), x.nB(), x.nBoth())).containsExactly(4L, 2L, 2L, 1L);
    assertThat(x.jaccard()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(x.phi()).isCloseTo(0, within(1e-12));
    Cooccurrence y = cooccurrence(s, "y");
    assertThat(y.jaccard()).isEqualTo(1);
    assertThat(y.phi()).isCloseTo(1, within(1e-12));
    Cooccurrence all = cooccurrence(s, ALL);
    assertThat(all.nBoth()).isEqualTo(3);
    // n=8, nA=nB=4, both=3: phi = (8·3 - 16) / √(4·4·4·4) = 0.5
    assertThat(all.phi()).isCloseTo(0.5, within(1e-12));
  }

  private static Cooccurrence cooccurrence(CorpusSummary s, String group) {
    return s.cooccurrence().stream().filter(c -> CorpusSummary.label(c.group()).equals(group)).findFirst()
        .orElseThrow();
  }

  @Test
  void aggregate_cues_documentFrequencyByVoice() throws Exception {
    CorpusSummary s = aggregate(CorpusOptions.of(List.of("outlet")),
        line("1", Map.of("outlet", "x"), present("a", "promoted", 0.9, ev("nato expansion", "authorial"),
            ev("nato expansion", "authorial"), ev("nato expansion", "attributed"), ev("encirclement", "authorial"))),
        line("2", Map.of("outlet", "x"), absent("a", "rejected", 0.2, ev("nato expansion", "negated"))),
        line("3", Map.of("outlet", "x"), present("a", "reported", 0.7, ev("encirclement", "distanced"))),
        line("4", Map.of("outlet", "x"), present("a", "promoted", 0.5, ev("proxy war", "authorial"))));
    List<CueFrequency> a = s.cues().stream()
        .filter(c -> c.frame().equals("a") && CorpusSummary.label(c.group()).equals("x")).toList();
    assertThat(a).extracting(CueFrequency::cue).containsExactly("nato expansion", "encirclement", "proxy war");
    CueFrequency nato = a.get(0);
    assertThat(List.of(nato.rank(), (int) nato.documents(), (int) nato.authorial(), (int) nato.attributed(),
        (int) nato.distanced(), (int) nato.negated(), (int) nato.occurrences()))
        .containsExactly(1, 2, 1, 1, 0, 1, 4);
    assertThat(nato.share()).isEqualTo(0.5);
    CueFrequency encirclement = a.get(1);
    assertThat(List.of(encirclement.documents(), encirclement.authorial(), encirclement.distanced()))
        .containsExactly(2L, 1L, 1L);
  }

  @Test
  void aggregate_classifierEvidence_notACueButShownAsExample() throws Exception {
    String classified = line("1", Map.of("outlet", "x"), present("a", "promoted", 0.9,
        ev("opennlp-doccat", "authorial"), ev("proxy war", "authorial")))
        .replaceFirst("\"source\":\"lexicon\"", "\"source\":\"classifier\"");
    CorpusSummary s = aggregate(CorpusOptions.of(List.of("outlet")).withCompare("x", "y"), classified,
        line("2", Map.of("outlet", "y"), present("a", "promoted", 0.9, ev("proxy war", "attributed"))));
    assertThat(s.cues()).extracting(CueFrequency::cue).containsOnly("proxy war");
    assertThat(s.distinctiveCues()).extracting(CorpusSummary.DistinctiveCue::cue).containsOnly("proxy war");
    assertThat(s.examples().get(0).evidence()).extracting(CorpusSummary.ExampleEvidence::source)
        .containsExactly("classifier", "lexicon");
  }

  @Test
  void aggregate_topCues_limitedPerFrameAndGroup() throws Exception {
    CorpusOptions options = new CorpusOptions(List.of("outlet"), null, Period.MONTH, 10, 1, List.of(), 1, 3, 1);
    CorpusSummary s = aggregate(options,
        line("1", Map.of("outlet", "x"), present("a", "promoted", 0.9, ev("p", "authorial"), ev("q", "authorial"))),
        line("2", Map.of("outlet", "x"), present("a", "promoted", 0.9, ev("q", "authorial"))));
    assertThat(s.cues()).extracting(c -> CorpusSummary.label(c.group()) + ":" + c.cue())
        .containsExactly("x:q", ALL + ":q");
  }

  @Test
  void aggregate_compare_degenerateGroupsGiveExactDifference() throws Exception {
    CorpusOptions options = CorpusOptions.of(List.of("outlet")).withCompare("x", "y");
    CorpusSummary s = aggregate(options,
        line("1", Map.of("outlet", "x"), present("a", "promoted", 1, ev("multipolar", "authorial"))),
        line("2", Map.of("outlet", "x"), present("a", "promoted", 1, ev("multipolar", "authorial"))),
        line("3", Map.of("outlet", "y"), absent("a", "none", 0)),
        line("4", Map.of("outlet", "y"), present("b", "reported", 0.6, ev("sanctions", "attributed"))));
    Difference prevalence = s.differences().stream()
        .filter(d -> d.frame().equals("a") && d.measure() == Measure.PREVALENCE).findFirst().orElseThrow();
    assertThat(List.of(prevalence.valueA(), prevalence.valueB(), prevalence.difference(), prevalence.ciLow(),
        prevalence.ciHigh())).containsExactly(1.0, 0.0, 1.0, 1.0, 1.0);
    assertThat(List.of(prevalence.nA(), prevalence.nB())).containsExactly(2L, 2L);
    Difference b = s.differences().stream()
        .filter(d -> d.frame().equals("b") && d.measure() == Measure.PREVALENCE).findFirst().orElseThrow();
    assertThat(b.difference()).isEqualTo(-0.5);
    assertThat(b.ciLow()).isEqualTo(-1);
    assertThat(b.ciHigh()).isEqualTo(0);
    assertThat(s.distinctiveCues()).filteredOn(c -> c.voice().equals("all"))
        .extracting(CorpusSummary.DistinctiveCue::cue).containsExactly("multipolar", "sanctions");
    assertThat(s.distinctiveCues()).filteredOn(c -> c.voice().equals("authorial"))
        .extracting(CorpusSummary.DistinctiveCue::cue).containsExactly("multipolar");
    assertThat(s.distinctiveCues()).filteredOn(c -> c.voice().equals("non_authorial"))
        .singleElement().satisfies(c -> {
          assertThat(c.cue()).isEqualTo("sanctions");
          assertThat(c.frames()).containsExactly("b");
          assertThat(c.countB()).isEqualTo(1);
        });
  }

  @Test
  void aggregate_compareUnknownGroup_namesGroups() {
    CorpusOptions options = CorpusOptions.of(List.of("outlet")).withCompare("x", "nope");
    assertThatThrownBy(() -> aggregate(options, fourDocuments()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'nope'").hasMessageContaining("x");
  }

  @Test
  void aggregate_examples_uniformSampleInLineOrderWithoutNegatedEvidence() throws Exception {
    List<String> lines = new ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      lines.add(line("d" + i, Map.of("outlet", "x"), present("a", "promoted", 0.9, ev("no " + i, "negated"),
          ev("cue " + i, "authorial"))));
    }
    CorpusSummary s = aggregate(CorpusOptions.of(List.of("outlet")), lines.toArray(String[]::new));
    List<CorpusSummary.Example> x = s.examples().stream()
        .filter(e -> CorpusSummary.label(e.group()).equals("x")).toList();
    assertThat(x).hasSize(3).isSortedAccordingTo(java.util.Comparator.comparingLong(CorpusSummary.Example::line));
    assertThat(x).allSatisfy(e -> assertThat(e.evidence()).singleElement()
        .satisfies(ev -> assertThat(ev.voice()).isEqualTo("authorial")));
    assertThat(x).allSatisfy(e -> assertThat(e.evidence().get(0).cue()).isEqualTo("cue " + e.line()));
  }

  @Test
  void read_malformedLine_namesFileAndLine() {
    assertThatThrownBy(() -> aggregate(CorpusOptions.of(List.of("outlet")), fourDocuments()[0], "{oops"))
        .isInstanceOf(CorpusFormatException.class).hasMessageStartingWith("in.jsonl:2:2: malformed JSON");
  }

  @Test
  void read_notAReport_explains() {
    assertThatThrownBy(() -> aggregate(CorpusOptions.of(List.of("outlet")), "{\"id\": \"1\", \"text\": \"x\"}"))
        .isInstanceOf(CorpusFormatException.class).hasMessageContaining("in.jsonl:1")
        .hasMessageContaining("\"frames\"");
    String badStance = fourDocuments()[0].replace("\"promoted\"", "\"loud\"");
    assertThatThrownBy(() -> aggregate(CorpusOptions.of(List.of("outlet")), badStance))
        .hasMessageContaining("in.jsonl:1").hasMessageContaining("stance").hasMessageContaining("'loud'");
  }

  @Test
  void read_framesDifferFromFirstReport_rejected() {
    String other = fourDocuments()[1].replace("\"id\":\"b\"", "\"id\":\"c\"");
    assertThatThrownBy(() -> aggregate(CorpusOptions.of(List.of("outlet")), fourDocuments()[0], other))
        .isInstanceOf(CorpusFormatException.class).hasMessageContaining("in.jsonl:2")
        .hasMessageContaining("unknown frame 'c'");
    String otherTaxonomy = fourDocuments()[1].replace("{\"id\":\"t\"", "{\"id\":\"u\"");
    assertThatThrownBy(() -> aggregate(CorpusOptions.of(List.of("outlet")), fourDocuments()[0], otherTaxonomy))
        .hasMessageContaining("in.jsonl:2").hasMessageContaining("taxonomy 'u'");
  }

  @Test
  void read_skipBad_countsAndReportsEachSkippedLine() throws IOException, CorpusFormatException {
    CorpusAggregator agg = new CorpusAggregator(CorpusOptions.of(List.of("outlet")));
    List<String> problems = new ArrayList<>();
    byte[] badUtf8 = {'{', (byte) 0xC3, '(', '}'};
    byte[] good = fourDocuments()[0].getBytes(StandardCharsets.UTF_8);
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    bytes.writeBytes(good);
    bytes.writeBytes("\r\n[1]\n\n".getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes(badUtf8);
    bytes.write('\n');
    bytes.writeBytes(good);
    agg.read("in.jsonl", new ByteArrayInputStream(bytes.toByteArray()), e -> problems.add(e.getMessage()));
    CorpusSummary s = agg.finish();
    assertThat(s.input().documents()).isEqualTo(2);
    assertThat(s.input().skippedLines()).isEqualTo(2);
    assertThat(problems).hasSize(2);
    assertThat(problems.get(0)).startsWith("in.jsonl:2");
    assertThat(problems.get(1)).startsWith("in.jsonl:4").contains("invalid UTF-8");
  }

  @Test
  void finish_noReports_refused() throws Exception {
    CorpusAggregator agg = new CorpusAggregator(CorpusOptions.of(List.of("outlet")));
    agg.read("empty.jsonl", input(""), null);
    assertThat(agg.documents()).isZero();
    assertThatThrownBy(agg::finish).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void options_groupFieldNamedLikeAColumn_rejected() {
    assertThatThrownBy(() -> CorpusOptions.of(List.of("frame"))).hasMessageContaining("'frame'");
    assertThatThrownBy(() -> CorpusOptions.of(List.of("outlet", "outlet"))).hasMessageContaining("twice");
    assertThatThrownBy(() -> CorpusOptions.of(List.of("outlet")).withCompare("x", "x"))
        .hasMessageContaining("two different groups");
  }
}

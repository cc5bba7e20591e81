package org.framelens.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.framelens.corpus.ReportLines.absent;
import static org.framelens.corpus.ReportLines.ev;
import static org.framelens.corpus.ReportLines.line;
import static org.framelens.corpus.ReportLines.present;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusOutputTest {
  private static final String ODD = "<b>Odd & \"Co\"</b>";

  @TempDir
  Path dir;

  private List<Path> files;

  @BeforeEach
  void write() throws Exception {
    CorpusOptions options = CorpusOptions.of(List.of("outlet")).withTime("date", Period.MONTH)
        .withCompare("x", ODD).withBootstrap(200, 3);
    CorpusSummary s = CorpusAggregatorTest.aggregate(options,
        line("1", Map.of("outlet", "x", "date", "2024-01-05"),
            present("a", "promoted", 0.8, ev("multipolar world", "authorial"))),
        line("2", Map.of("outlet", "x", "date", "2024-02-05"),
            present("a", "promoted", 0.7, ev("multipolar world", "authorial")),
            present("b", "reported", 0.6, ev("sanctions", "attributed"))),
        line("3", Map.of("outlet", ODD, "date", "2024-02-07"),
            present("b", "reported", 0.6, ev("<script>alert(1)</script>", "distanced"))),
        line("4", Map.of("outlet", ODD, "date", "not a date"), absent("a", "rejected", 0.1,
            ev("multipolar world", "negated"))));
    files = CorpusOutput.writeAll(s, dir.resolve("out"));
  }

  private List<CSVRecord> csv(String name) throws IOException {
    try (Reader in = Files.newBufferedReader(dir.resolve("out").resolve(name), StandardCharsets.UTF_8)) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
    }
  }

  private String header(String name) throws IOException {
    return Files.readAllLines(dir.resolve("out").resolve(name), StandardCharsets.UTF_8).get(0);
  }

  @Test
  void writeAll_withComparison_writesEveryFile() {
    assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("summary.csv",
        "cooccurrence.csv", "cues.csv", "compare.csv", "compare-cues.csv", "summary.json", "report.html");
  }

  @Test
  void summaryCsv_tidyLongRows() throws IOException {
    assertThat(header("summary.csv")).isEqualTo("outlet,period,frame,measure,value,ci_low,ci_high,n");
    List<CSVRecord> rows = csv("summary.csv");
    // groups x, ODD, (all); periods (all), 2024-01, 2024-02 where present; 2 frames; 6 measures
    assertThat(rows).hasSize((3 + 2 + 1 + 2) * 2 * 6);
    CSVRecord xa = rows.stream().filter(r -> r.get("outlet").equals("x") && r.get("period").equals("(all)")
        && r.get("frame").equals("a") && r.get("measure").equals("prevalence")).findFirst().orElseThrow();
    assertThat(List.of(xa.get("value"), xa.get("ci_low"), xa.get("ci_high"), xa.get("n")))
        .containsExactly("1", "1", "1", "2");
    CSVRecord undefined = rows.stream().filter(r -> r.get("outlet").equals(ODD) && r.get("frame").equals("a")
        && r.get("measure").equals("promoted_among_present")).findFirst().orElseThrow();
    assertThat(undefined.get("value")).isEmpty();
    CSVRecord mean = rows.stream().filter(r -> r.get("outlet").equals("x") && r.get("period").equals("(all)")
        && r.get("frame").equals("a") && r.get("measure").equals("mean_score")).findFirst().orElseThrow();
    assertThat(mean.get("value")).isEqualTo("0.75");
  }

  @Test
  void otherCsvs_headersAndRows() throws IOException {
    assertThat(header("cooccurrence.csv")).isEqualTo("outlet,frame_a,frame_b,n,n_a,n_b,n_both,jaccard,phi");
    assertThat(csv("cooccurrence.csv")).hasSize(3);
    assertThat(header("cues.csv"))
        .isEqualTo("outlet,frame,rank,cue,documents,share,authorial,attributed,distanced,negated,occurrences");
    CSVRecord allA = csv("cues.csv").stream().filter(r -> r.get("outlet").equals("(all)")
        && r.get("frame").equals("a")).findFirst().orElseThrow();
    assertThat(List.of(allA.get("cue"), allA.get("documents"), allA.get("share"), allA.get("authorial"),
        allA.get("negated"))).containsExactly("multipolar world", "3", "0.75", "2", "1");
    assertThat(header("compare.csv"))
        .isEqualTo("frame,measure,group_a,group_b,value_a,value_b,difference,ci_low,ci_high,n_a,n_b");
    CSVRecord prevalenceA = csv("compare.csv").get(0);
    assertThat(List.of(prevalenceA.get("frame"), prevalenceA.get("measure"), prevalenceA.get("difference")))
        .containsExactly("a", "prevalence", "1");
    assertThat(header("compare-cues.csv")).isEqualTo("group_a,group_b,voice,cue,frames,count_a,count_b,prior,delta,z");
    // all voices, prior = pooled {multipolar world: 3, sanctions: 1, script: 1}: z = 0.566, 0.333, -0.841
    assertThat(csv("compare-cues.csv")).filteredOn(r -> r.get("voice").equals("all"))
        .extracting(r -> r.get("cue") + " " + r.get("z"))
        .containsExactly("sanctions 0.565952", "multipolar world 0.332643", "<script>alert(1)</script> -0.840681");
  }

  @Test
  void summaryJson_everyTableUndefinedAsNull() throws IOException {
    JsonNode json = new ObjectMapper().readTree(dir.resolve("out/summary.json").toFile());
    assertThat(json.get("input").get("documents").asInt()).isEqualTo(4);
    assertThat(json.get("input").get("badDates").asInt()).isEqualTo(1);
    assertThat(json.get("options").get("period").asText()).isEqualTo("month");
    JsonNode first = json.get("estimates").get(0);
    assertThat(first.get("group").get("outlet").asText()).isEqualTo(ODD);
    assertThat(first.get("measure").asText()).isEqualTo("prevalence");
    assertThat(first.has("groupLabel")).isFalse();
    boolean hasNull = false;
    for (JsonNode e : json.get("estimates")) {
      hasNull |= e.get("value").isNull();
    }
    assertThat(hasNull).isTrue();
    for (String table : List.of("cooccurrence", "cues", "differences", "distinctiveCues", "examples", "groups")) {
      assertThat(json.get(table).size()).as(table).isPositive();
    }
  }

  @Test
  void reportHtml_selfContainedEscapedAndLinked() throws IOException {
    String html = Files.readString(dir.resolve("out/report.html"));
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg").contains("<circle")
        .doesNotContainIgnoringCase("<script").doesNotContain("<link").doesNotContain("src=")
        .doesNotContain("@import").doesNotContain("url(");
    assertThat(html.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http://").doesNotContain("https://");
    assertThat(html).contains("&lt;b&gt;Odd &amp; &quot;Co&quot;&lt;/b&gt;")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain(ODD);
    Set<String> ids = new HashSet<>();
    Matcher id = Pattern.compile(" id=\"([^\"]+)\"").matcher(html);
    while (id.find()) {
      assertThat(ids.add(id.group(1))).as("unique id %s", id.group(1)).isTrue();
    }
    Matcher href = Pattern.compile("href=\"#([^\"]+)\"").matcher(html);
    int links = 0;
    while (href.find()) {
      assertThat(ids).as("anchor of link #%s", href.group(1)).contains(href.group(1));
      links++;
    }
    assertThat(links).isGreaterThan(10);
    assertThat(html).contains("id=\"time\"").contains("id=\"compare\"").contains("class=\"v-distanced\"")
        .contains("2024-02");
  }
}

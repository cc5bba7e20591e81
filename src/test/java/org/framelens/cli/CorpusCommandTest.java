package org.framelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String REPORT = "{\"id\":\"%s\",\"taxonomy\":{\"id\":\"t\"},\"frames\":[{\"id\":\"a\","
      + "\"score\":%s,\"present\":%s,\"stance\":\"%s\",\"evidence\":[]}],\"metadata\":{\"outlet\":\"%s\"}}";

  @TempDir
  Path dir;

  private static MainTest.Run run(String... args) {
    return MainTest.run(args);
  }

  private Path reports(String... lines) throws IOException {
    Path file = dir.resolve("reports.jsonl");
    Files.write(file, List.of(lines), StandardCharsets.UTF_8);
    return file;
  }

  private static String report(String id, String outlet, boolean present) {
    return String.format(REPORT, id, present ? "0.9" : "0.1", present, present ? "promoted" : "none", outlet);
  }

  @Test
  void corpus_batchOutput_writesTablesThatAgreeWithTheReports() throws IOException {
    Path in = dir.resolve("corpus.jsonl");
    try (var stream = CorpusCommandTest.class.getResourceAsStream("/corpus/news-sample.jsonl")) {
      Files.copy(stream, in);
    }
    Path reports = dir.resolve("reports.jsonl");
    MainTest.Run batch = run("batch", "--mode", "lexicon", "--in", in.toString(), "--out", reports.toString());
    assertThat(batch.code()).as(batch.err()).isZero();
    Path out = dir.resolve("out");
    MainTest.Run r = run("corpus", "--in", reports.toString(), "--by", "outlet", "--out", out.toString(), "--time", "date",
        "--period", "year", "--bootstrap", "200", "--compare", "Eastern Horizon News,Northern Dispatch");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("16 documents in 13 groups").contains("0 bad dates").contains("report.html");
    for (String name : List.of("summary.csv", "cooccurrence.csv", "cues.csv", "compare.csv", "compare-cues.csv",
        "summary.json", "report.html")) {
      assertThat(out.resolve(name)).isNotEmptyFile();
    }
    int present = 0;
    int total = 0;
    for (String line : Files.readAllLines(reports, StandardCharsets.UTF_8)) {
      JsonNode report = JSON.readTree(line);
      if (report.get("metadata").get("outlet").asText().equals("Eastern Horizon News")) {
        total++;
        for (JsonNode f : report.get("frames")) {
          if (f.get("id").asText().equals("western_aggression") && f.get("present").asBoolean()) {
            present++;
          }
        }
      }
    }
    CSVRecord row = summaryRows(out.resolve("summary.csv")).stream()
        .filter(x -> x.get("outlet").equals("Eastern Horizon News") && x.get("period").equals("(all)")
            && x.get("frame").equals("western_aggression") && x.get("measure").equals("prevalence"))
        .findFirst().orElseThrow();
    assertThat(Double.parseDouble(row.get("value"))).isEqualTo((double) present / total);
    assertThat(row.get("n")).isEqualTo(String.valueOf(total));
  }

  private static List<CSVRecord> summaryRows(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
    }
  }

  @Test
  void corpus_sameSeedTwice_identicalFiles() throws IOException {
    Path in = reports(report("1", "x", true), report("2", "x", false), report("3", "y", true));
    assertThat(run("corpus", "--in", in.toString(), "--by", "outlet", "--out", dir.resolve("one").toString())
        .code()).isZero();
    assertThat(run("corpus", "--in", in.toString(), "--by", "outlet", "--out", dir.resolve("two").toString())
        .code()).isZero();
    for (String name : List.of("summary.csv", "summary.json", "report.html")) {
      assertThat(Files.readString(dir.resolve("two").resolve(name)))
          .isEqualTo(Files.readString(dir.resolve("one").resolve(name)));
    }
  }

  @Test
  void corpus_usageErrors_exitTwo() throws IOException {
    Path in = reports(report("1", "x", true), report("2", "y", false));
    String out = dir.resolve("out").toString();
    assertThat(run("corpus", "--in", in.toString(), "--out", out).code()).isEqualTo(2);
    assertThat(run("corpus", "--in", in.toString(), "--by", "outlet", "--out", out, "--period", "decade").code())
        .isEqualTo(2);
    assertThat(run("corpus", "--in", in.toString(), "--by", "outlet", "--out", out, "--compare", "x").code())
        .isEqualTo(2);
    assertThat(run("corpus", "--in", in.toString(), "--by", "frame", "--out", out).code()).isEqualTo(2);
    assertThat(run("corpus", "--in", in.toString(), "--by", "outlet", "--out", out, "--bootstrap", "-1").code())
        .isEqualTo(2);
    MainTest.Run unknown = run("corpus", "--in", in.toString(), "--by", "outlet", "--out", out, "--compare", "x,z");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("'z'").contains("groups: x, y").doesNotContain("\tat ");
  }

  @Test
  void corpus_malformedLine_exitsOneNamingFileAndLine() throws IOException {
    Path in = reports(report("1", "x", true), "{\"frames\": 3}");
    MainTest.Run r = run("corpus", "--in", in.toString(), "--by", "outlet", "--out", dir.resolve("out").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("reports.jsonl:2").contains("frames").doesNotContain("\tat ");
  }

  @Test
  void corpus_skipBad_countsSkippedLines() throws IOException {
    Path in = reports(report("1", "x", true), "not json", report("2", "x", false));
    MainTest.Run r = run("corpus", "--in", in.toString(), "--by", "outlet", "--out", dir.resolve("out").toString(),
        "--skip-bad", "--bootstrap", "0");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("skipped").contains("reports.jsonl:2").contains("2 documents in 1 groups")
        .contains("1 malformed lines skipped");
  }

  @Test
  void corpus_noReports_exitsOne() throws IOException {
    Path in = reports("");
    MainTest.Run r = run("corpus", "--in", in.toString(), "--by", "outlet", "--out", dir.resolve("out").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("no reports");
  }

  @Test
  void corpus_missingInput_exitsOne() {
    MainTest.Run r = run("corpus", "--in", dir.resolve("nowhere.jsonl").toString(), "--by", "outlet", "--out",
        dir.resolve("out").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("nowhere.jsonl");
  }
}

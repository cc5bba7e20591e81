package org.framelens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.framelens.cli.MainTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.framelens.cli.MainTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code framelens batch} on CSV and text-directory inputs, with --resume, the summary and progress. */
class BatchCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CSV = "id,outlet,text,lang\n"
      + "n1,Daily Beacon,\"Officials said, again, that the sanctions have failed.\n"
      + "Our self-reliance grows, \"\"whatever they say\"\".\",en\n"
      + "n2,Evening Post,NATO expansion threatens the region.,en\n";

  @TempDir
  Path dir;

  @Test
  void batch_csvWithMetadataAndMultiLineText_writesReportsWithMetadataAndValidOffsets() throws IOException {
    Path in = write("news.csv", CSV);
    Path out = dir.resolve("out.jsonl");
    Run r = run("batch", "--in", in.toString(), "--out", out.toString(), "--mode", "lexicon");
    assertThat(r.code()).as(r.err()).isZero();
    List<JsonNode> reports = readReports(out);
    assertThat(reports).extracting(n -> n.get("id").asText()).containsExactly("n1", "n2");
    assertThat(reports.get(0).get("metadata").get("outlet").asText()).isEqualTo("Daily Beacon");
    assertThat(reports.get(0).get("metadata").has("text")).isFalse();
    String text = "Officials said, again, that the sanctions have failed.\nOur self-reliance grows, "
        + "\"whatever they say\".";
    assertEvidenceInText(reports.get(0), text);
    assertThat(reports.get(0).get("stats").get("characters").asInt()).isEqualTo(text.length());
  }

  @Test
  void batch_csvNamedColumns_usesThem() throws IOException {
    Path in = write("other.csv", "doc,body\nx7,Sanctions have failed.\n");
    Path out = dir.resolve("out.jsonl");
    Run r = run("batch", "--in", in.toString(), "--out", out.toString(), "--text-column", "body",
        "--id-column", "doc", "--mode", "lexicon");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(readReports(out)).singleElement().satisfies(n -> assertThat(n.get("id").asText()).isEqualTo("x7"));
    Run missing = run("batch", "--in", in.toString(), "--out", out.toString());
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err()).contains("other.csv:1: the header has no text column \"text\" (columns: doc, body)");
  }

  @Test
  void batch_csvBadRow_strictExitsOneNamingFileAndPhysicalLine() throws IOException {
    Path in = write("bad.csv", CSV + "n3,Wire\n");
    Run r = run("batch", "--in", in.toString(), "--out", dir.resolve("o.jsonl").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("bad.csv:5: expected 4 fields as in the header, found 2").doesNotContain("\tat ");
  }

  @Test
  void batch_csvBadRows_skipBadCountsThemAndWritesRejectsAsCsv() throws IOException {
    Path in = write("bad.csv", CSV + "n3,Wire\nn4,Wire,,en\n");
    Path out = dir.resolve("out.jsonl");
    Run r = run("batch", "--in", in.toString(), "--out", out.toString(), "--skip-bad", "--mode", "lexicon");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("skipped " + in + ":5: expected 4 fields")
        .contains("skipped " + in + ":6: missing text")
        .contains("2 documents analysed, 0 skipped as already done, 2 rejected (copied to " + out + ".rejects)");
    assertThat(readReports(out)).hasSize(2);
    assertThat(Files.readString(Path.of(out + ".rejects"))).isEqualTo("id,outlet,text,lang\nn3,Wire\nn4,Wire,,en\n");
  }

  @Test
  void batch_txtDirectory_idsFromRelativePathsInSortedOrder() throws IOException {
    write("corpus/b.txt", "Our self-reliance grows.");
    write("corpus/a/2024/x.txt", "Sanctions have failed.");
    write("corpus/a/readme.md", "not read");
    Path out = dir.resolve("out.jsonl");
    Run r = run("batch", "--in", dir.resolve("corpus").toString(), "--out", out.toString(), "--mode", "lexicon");
    assertThat(r.code()).as(r.err()).isZero();
    List<JsonNode> reports = readReports(out);
    assertThat(reports).extracting(n -> n.get("id").asText()).containsExactly("a/2024/x", "b");
    assertThat(reports.get(0).get("metadata").get("file").asText()).isEqualTo("a/2024/x.txt");
    assertEvidenceInText(reports.get(0), "Sanctions have failed.");
  }

  @Test
  void batch_txtInvalidUtf8_strictStopsSkipBadListsTheFile() throws IOException {
    write("corpus/a.txt", "Sanctions have failed.");
    Files.write(dir.resolve("corpus/b.txt"), new byte[] {'o', 'k', (byte) 0xFF});
    Path out = dir.resolve("out.jsonl");
    Run strict = run("batch", "--in", dir.resolve("corpus").toString(), "--out", out.toString());
    assertThat(strict.code()).isEqualTo(1);
    assertThat(strict.err()).contains("b.txt:1:3: invalid UTF-8 at byte 2");
    Run skip = run("batch", "--in", dir.resolve("corpus").toString(), "--out", out.toString(), "--skip-bad");
    assertThat(skip.code()).as(skip.err()).isZero();
    assertThat(skip.err()).contains("1 documents analysed, 0 skipped as already done, 1 rejected");
    assertThat(Files.readString(Path.of(out + ".rejects"))).isEqualTo("b.txt\n");
  }

  @Test
  void batch_resume_skipsDoneIdsAndEqualsAnUninterruptedRun() throws IOException {
    Path in = corpus();
    Path full = dir.resolve("full.jsonl");
    assertThat(run("batch", "--in", in.toString(), "--out", full.toString(), "--threads", "2").code()).isZero();
    List<String> lines = Files.readAllLines(full);
    Path out = dir.resolve("out.jsonl");
    Files.writeString(out, String.join("\n", lines.subList(0, 5)) + "\n" + lines.get(5).substring(0, 40));
    Run r = run("batch", "--in", in.toString(), "--out", out.toString(), "--resume", "--threads", "2");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("resuming " + out + ": 5 documents already done; removed a truncated last line (40 bytes)")
        .contains("11 documents analysed, 5 skipped as already done, 0 rejected");
    assertThat(Files.readString(out)).isEqualTo(Files.readString(full));
  }

  @Test
  void batch_resumeCompleteOutput_analysesNothing() throws IOException {
    Path in = corpus();
    Path out = dir.resolve("out.jsonl");
    assertThat(run("batch", "--in", in.toString(), "--out", out.toString()).code()).isZero();
    String before = Files.readString(out);
    Run r = run("batch", "--in", in.toString(), "--out", out.toString(), "--resume");
    assertThat(r.err()).contains("16 documents already done\n").contains("0 documents analysed, 16 skipped");
    assertThat(Files.readString(out)).isEqualTo(before);
  }

  @Test
  void batch_resumeCsvOutput_rewritesAnIncompleteLastDocument() throws IOException {
    Path in = corpus();
    Path full = dir.resolve("full.csv");
    assertThat(run("batch", "--in", in.toString(), "--out", full.toString(), "--format", "csv").code()).isZero();
    String rows = Files.readString(full);
    int cut = 0;
    for (int row = 0; row < 1 + 3 * 10 + 4; row++) {
      cut = rows.indexOf("\r\n", cut) + 2;
    }
    Path out = write("out.csv", rows.substring(0, cut + 5));
    Run r = run("batch", "--in", in.toString(), "--out", out.toString(), "--format", "csv", "--resume");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("3 documents already done; removed the incomplete last document (4 of 10 rows) "
        + "and a truncated last line (5 bytes)");
    assertThat(Files.readString(out)).isEqualTo(Files.readString(full));
  }

  @Test
  void batch_resumeOtherFormatsOutput_exitsOneNamingTheOutput() throws IOException {
    Path in = corpus();
    Path out = write("out.jsonl", "id,language\n");
    Run r = run("batch", "--in", in.toString(), "--out", out.toString(), "--resume");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("out.jsonl:1: cannot resume");
  }

  @Test
  void batch_resumeToStandardOutput_isUsageError() throws IOException {
    Run r = run("batch", "--in", corpus().toString(), "--out", "-", "--resume");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--resume needs an output file");
  }

  @Test
  void batch_summary_reportsCountsSecondsAndRate() throws IOException {
    Run r = run("batch", "--in", corpus().toString(), "--out", dir.resolve("o.jsonl").toString());
    assertThat(r.err()).containsPattern("framelens: 16 documents analysed, 0 skipped as already done, 0 rejected, "
        + "\\d+ frames present, \\d+\\.\\d s, \\d+\\.\\d documents/s\n");
  }

  @Test
  void batch_progressNotATerminal_printsNothingUnlessAlways() throws IOException {
    Path in = corpus();
    Run auto = run("batch", "--in", in.toString(), "--out", dir.resolve("a.jsonl").toString());
    assertThat(System.console()).as("tests run without a terminal").isNull();
    assertThat(auto.err().lines()).singleElement().asString().startsWith("framelens: 16 documents analysed");
    Run always = run("batch", "--in", in.toString(), "--out", dir.resolve("b.jsonl").toString(),
        "--progress", "always");
    assertThat(always.err()).contains("batch 100%").contains("16 documents\n").doesNotContain("\u001b[");
  }

  @Test
  void batch_badInputOptions_areUsageErrors() throws IOException {
    Path in = corpus();
    String out = dir.resolve("o.jsonl").toString();
    assertThat(run("batch", "--in", in.toString(), "--out", out, "--input-format", "xml").code()).isEqualTo(2);
    assertThat(run("batch", "--in", in.toString(), "--out", out, "--text-column", "body").code()).isEqualTo(2);
    assertThat(run("batch", "--in", "-", "--out", out, "--input-format", "txt").code()).isEqualTo(2);
    assertThat(run("batch", "--in", in.toString(), "--out", out, "--progress", "sometimes").code()).isEqualTo(2);
  }

  private static List<JsonNode> readReports(Path out) throws IOException {
    List<JsonNode> reports = new ArrayList<>();
    for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
      reports.add(JSON.readTree(line));
    }
    return reports;
  }

  /** The report's evidence offsets point into {@code text} at the quoted words. */
  private static void assertEvidenceInText(JsonNode report, String text) {
    int evidence = 0;
    for (JsonNode frame : report.get("frames")) {
      for (JsonNode ev : frame.get("evidence")) {
        assertThat(text.substring(ev.get("start").asInt(), ev.get("end").asInt())).isEqualTo(ev.get("text").asText());
        evidence++;
      }
    }
    assertThat(evidence).isPositive();
  }

  private Path write(String relative, String text) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  private Path corpus() throws IOException {
    Path in = dir.resolve("corpus.jsonl");
    try (var stream = BatchCommandTest.class.getResourceAsStream("/corpus/news-sample.jsonl")) {
      Files.copy(stream, in);
    }
    return in;
  }
}

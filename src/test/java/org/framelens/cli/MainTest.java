package org.framelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MainTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  /** Exit code and captured streams of one CLI run. */
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void analyze_demo_printsTableAndEvidence() {
    Run r = run("analyze", "--demo");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("FramingReport demo-en [en]").contains("western_aggression").contains("<- ");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void analyze_fileAsJson_writesContractFields() throws IOException {
    Path file = dir.resolve("article.txt");
    String text = "Our self-reliance grew as the sanctions have failed.";
    Files.writeString(file, text);
    Run r = run("analyze", "--format", "json", "--mode", "lexicon", file.toString());
    assertThat(r.code()).isZero();
    JsonNode report = JSON.readTree(r.out());
    assertThat(report.get("schemaVersion").asText()).isEqualTo("1");
    assertThat(report.get("id").asText()).isEqualTo("article.txt");
    assertThat(report.get("frames")).hasSize(10);
    JsonNode first = report.get("frames").get(0);
    assertThat(first.get("id").asText()).isEqualTo("resilience");
    for (String field : List.of("label", "parent", "score", "present", "stance", "endorsement", "evidence")) {
      assertThat(first.has(field)).as(field).isTrue();
    }
    JsonNode ev = first.get("evidence").get(0);
    assertThat(text.substring(ev.get("start").asInt(), ev.get("end").asInt())).isEqualTo(ev.get("text").asText());
    assertThat(ev.get("voice").asText()).isEqualTo("authorial");
    assertThat(ev.get("source").asText()).isEqualTo("lexicon");
  }

  @Test
  void analyze_fileAsHtml_writesThePageOfThatText() throws IOException {
    Path file = dir.resolve("article.txt");
    String text = "Our self-reliance grew as the sanctions have failed. <script>alert(1)</script>";
    Files.writeString(file, text);
    Run r = run("analyze", "--format", "html", "--mode", "lexicon", file.toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).startsWith("<!DOCTYPE html>");
    org.jsoup.nodes.Document page = Jsoup.parse(r.out());
    assertThat(page.selectFirst("h1").text()).isEqualTo("Framing report: article.txt");
    assertThat(page.getElementById("text").wholeText()).isEqualTo(text);
    assertThat(page.select("#text .seg").eachText()).contains("self-reliance", "sanctions have failed");
    assertThat(page.select("script")).hasSize(1);
    assertThat(page.select("svg.chart line.threshold")).hasSize(10);
  }

  @Test
  void analyze_russianDemoAsHtml_highlightsRussianText() {
    Run r = run("analyze", "--demo=ru", "--format", "html");
    assertThat(r.code()).isZero();
    org.jsoup.nodes.Document page = Jsoup.parse(r.out());
    assertThat(page.selectFirst("h1").text()).isEqualTo("Framing report: demo-ru");
    assertThat(page.select("#text .seg").eachText()).contains("Многополярный мир");
  }

  @Test
  void analyze_unknownOption_exitsWithUsageError() {
    Run r = run("analyze", "--no-such-option");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--no-such-option");
  }

  @Test
  void analyze_badFormatOrMode_exitsWithUsageError() {
    assertThat(run("analyze", "--demo", "--format", "pdf").code()).isEqualTo(2);
    assertThat(run("analyze", "--demo", "--mode", "magic").code()).isEqualTo(2);
    assertThat(run("analyze", "--demo", "--lang", "de").code()).isEqualTo(2);
    Run models = run("analyze", "--demo", "--models", dir.resolve("no-models").toString(), "--mode", "classifier");
    assertThat(models.code()).isEqualTo(2);
    assertThat(models.err()).contains("classifier").doesNotContain("Exception");
  }

  @Test
  void analyze_missingFile_exitsOneNamingFile() {
    Run r = run("analyze", dir.resolve("missing.txt").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("missing.txt").doesNotContain("\tat ");
  }

  @Test
  void analyze_invalidUtf8_exitsOneWithPosition() throws IOException {
    Path file = dir.resolve("bad.txt");
    Files.write(file, new byte[] {'o', 'k', '\n', 'a', (byte) 0xC3, (byte) 0x28, 'b'});
    Run r = run("analyze", file.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("bad.txt:2:2").contains("byte 4");
  }

  @Test
  void analyze_invalidUtf8Replaced_warnsInReport() throws IOException {
    Path file = dir.resolve("bad.txt");
    Files.write(file, new byte[] {'S', 'a', 'n', 'c', 't', 'i', 'o', 'n', 's', ' ', (byte) 0xC3, (byte) 0x28, '.'});
    Run r = run("analyze", "--invalid-utf8", "replace", "--format", "json", file.toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode warning = JSON.readTree(r.out()).get("warnings").get(0);
    assertThat(warning.get("code").asText()).isEqualTo("REPLACEMENT_CHARACTERS");
    assertThat(warning.get("start").asInt()).isEqualTo(10);
    assertThat(run("analyze", "--invalid-utf8", "ignore", file.toString()).code()).isEqualTo(2);
  }

  @Test
  void batch_invalidUtf8Replaced_keepsTheLine() throws IOException {
    Path in = dir.resolve("bytes.jsonl");
    Files.write(in, new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', 'a', (byte) 0xFF, '"', '}', '\n'});
    Path out = dir.resolve("o.jsonl");
    Run r = run("batch", "--invalid-utf8", "replace", "--in", in.toString(), "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readString(out)).contains("REPLACEMENT_CHARACTERS");
  }

  @Test
  void analyze_binaryGarbage_clearErrorOrReplacedReport() throws IOException {
    byte[] garbage = new byte[4096];
    new java.util.Random(5).nextBytes(garbage);
    Path file = dir.resolve("garbage.bin");
    Files.write(file, garbage);
    Run strict = run("analyze", file.toString());
    assertThat(strict.code()).isEqualTo(1);
    assertThat(strict.err()).contains("garbage.bin:").contains("invalid UTF-8").doesNotContain("\tat ");
    Run replaced = run("analyze", "--invalid-utf8", "replace", "--format", "json", file.toString());
    assertThat(replaced.code()).as(replaced.err()).isZero();
    assertThat(replaced.out()).contains("REPLACEMENT_CHARACTERS");
  }

  @Test
  void analyze_missingTaxonomyDirectory_exitsOne() {
    Run r = run("analyze", "--demo", "--taxonomy", dir.resolve("nowhere").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("nowhere");
  }

  @Test
  void batch_corpus_writesOneReportPerLineInOrder() throws IOException {
    Path in = copyCorpus();
    Path out = dir.resolve("out.jsonl");
    Run r = run("batch", "--in", in.toString(), "--out", out.toString(), "--threads", "2");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("16 documents");
    List<String> inputs = Files.readAllLines(in, StandardCharsets.UTF_8);
    List<String> outputs = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(outputs).hasSize(inputs.size());
    for (int i = 0; i < inputs.size(); i++) {
      JsonNode doc = JSON.readTree(inputs.get(i));
      JsonNode report = JSON.readTree(outputs.get(i));
      assertThat(report.get("id").asText()).isEqualTo(doc.get("id").asText());
      assertThat(report.get("metadata").get("outlet").asText()).isEqualTo(doc.get("outlet").asText());
      assertThat(report.get("frames")).hasSize(10);
      String text = doc.get("text").asText();
      for (JsonNode frame : report.get("frames")) {
        for (JsonNode ev : frame.get("evidence")) {
          assertThat(text.substring(ev.get("start").asInt(), ev.get("end").asInt()))
              .isEqualTo(ev.get("text").asText());
        }
      }
    }
  }

  @Test
  void batch_oneAndTwoThreads_identicalOutput() throws IOException {
    Path in = copyCorpus();
    Path one = dir.resolve("one.jsonl");
    Path two = dir.resolve("two.jsonl");
    assertThat(run("batch", "--in", in.toString(), "--out", one.toString()).code()).isZero();
    assertThat(run("batch", "--in", in.toString(), "--out", two.toString(), "--threads", "2").code()).isZero();
    assertThat(Files.readString(two)).isEqualTo(Files.readString(one));
  }

  @Test
  void batch_csv_writesRowPerDocumentAndFrame() throws IOException {
    Path in = copyCorpus();
    Path out = dir.resolve("out.csv");
    assertThat(run("batch", "--in", in.toString(), "--out", out.toString(), "--format", "csv").code()).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines.get(0)).startsWith("id,language,frame,score,present,stance");
    assertThat(lines).hasSize(1 + 16 * 10);
  }

  @Test
  void batch_malformedLine_exitsOneNamingFileAndLine() throws IOException {
    Path in = dir.resolve("broken.jsonl");
    Files.writeString(in, "{\"id\":\"a\",\"text\":\"fine\"}\n\n{\"id\":\"b\",\"text\":\"oops\"\n");
    Run r = run("batch", "--in", in.toString(), "--out", dir.resolve("o.jsonl").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("broken.jsonl:3:").doesNotContain("\tat ");
  }

  @Test
  void batch_skipBad_continuesCountsAndCopiesBadLinesByteForByte() throws IOException {
    Path in = dir.resolve("mixed.jsonl");
    byte[] badUtf8 = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    bytes.write("{\"id\":\"a\",\"text\":\"Sanctions have failed.\"}\n{\"id\":\"b\",\"text\":\"oops\"\n"
        .getBytes(StandardCharsets.UTF_8));
    bytes.write(badUtf8);
    bytes.write("\n{\"id\":\"c\",\"text\":42}\n{\"id\":\"d\",\"text\":\"Fine.\"}\n".getBytes(StandardCharsets.UTF_8));
    Files.write(in, bytes.toByteArray());
    Path out = dir.resolve("out.jsonl");
    Run r = run("batch", "--in", in.toString(), "--out", out.toString(), "--skip-bad");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("mixed.jsonl:2:").contains("mixed.jsonl:3:").contains("mixed.jsonl:4:")
        .contains("2 documents analysed, 0 skipped as already done, 3 rejected");
    assertThat(Files.readAllLines(out)).hasSize(2);
    byte[] rejects = Files.readAllBytes(Path.of(out + ".rejects"));
    assertThat(new String(rejects, StandardCharsets.ISO_8859_1)).startsWith("{\"id\":\"b\",\"text\":\"oops\"\n")
        .contains(new String(badUtf8, StandardCharsets.ISO_8859_1)).endsWith("{\"id\":\"c\",\"text\":42}\n");
  }

  @Test
  void batch_mistypedField_exitsOneWithReason() throws IOException {
    Path in = dir.resolve("typed.jsonl");
    Files.writeString(in, "{\"id\":\"a\",\"text\":42}\n");
    Run r = run("batch", "--in", in.toString(), "--out", dir.resolve("o.jsonl").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("typed.jsonl:1").contains("\"text\" must be a string");
  }

  @Test
  void batch_badThreads_exitsWithUsageError() throws IOException {
    Path in = copyCorpus();
    Run r = run("batch", "--in", in.toString(), "--out", dir.resolve("o").toString(), "--threads", "0");
    assertThat(r.code()).isEqualTo(2);
  }

  @Test
  void batch_missingRequiredOption_exitsWithUsageError() {
    assertThat(run("batch", "--in", "x.jsonl").code()).isEqualTo(2);
  }

  @Test
  void evaluate_goldCorpus_printsPerFrameTable() throws IOException {
    Run r = run("evaluate", "--gold", copyCorpus().toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("16 documents").contains("| sovereignty |").contains("| micro average |");
  }

  @Test
  void evaluate_badLabels_exitsOneNamingLine() throws IOException {
    Path gold = dir.resolve("gold.jsonl");
    Files.writeString(gold, "{\"text\":\"a\",\"labels\":[]}\n{\"text\":\"b\",\"labels\":[\"nonsense\"]}\n"
        + "{\"text\":\"c\",\"labels\":\"sovereignty\"}\n");
    Run r = run("evaluate", "--gold", gold.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("gold.jsonl:2").contains("nonsense");
  }

  @Test
  void evaluate_voiceGold_printsAccuracyAndConfusion() throws IOException {
    Path gold = dir.resolve("voice.jsonl");
    Files.writeString(gold, "{\"text\":\"NATO expansion threatens us, the minister said.\",\"lang\":\"en\","
        + "\"frame\":\"western_aggression\",\"cue\":\"NATO expansion\",\"voice\":\"attributed\"}\n");
    Run r = run("evaluate", "--voice-gold", gold.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("items 1, covered by evidence 1 (100.0%), voice accuracy 1.000");
  }

  @Test
  void evaluate_bothOrNeitherGold_usageError() {
    assertThat(run("evaluate").code()).isEqualTo(2);
    assertThat(run("evaluate", "--gold", "a", "--voice-gold", "b").code()).isEqualTo(2);
  }

  @Test
  void lexiconLint_builtIn_hasNoErrors() {
    Run r = run("lexicon", "lint");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("0 errors");
  }

  @Test
  void lexiconLint_brokenDirectory_exitsOneWithLocation() throws IOException {
    Files.writeString(dir.resolve("taxonomy.ini"),
        "[taxonomy]\nid = t\nversion = 1\nlabel = T\nlanguages = en\n\n[frame f]\nlabel = F\n");
    Files.createDirectories(dir.resolve("cues/en"));
    Files.writeString(dir.resolve("cues/en/f.txt"), "good cue | 0.5\nbad cue | 2\n");
    Run r = run("lexicon", "lint", dir.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("f.txt:2:11: error: weight must be in (0, 1]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"analyze", "batch", "evaluate", "lexicon", "lexicon lint"})
  void help_everyCommand_printsUsage(String command) {
    List<String> args = new ArrayList<>(List.of(command.split(" ")));
    args.add("--help");
    Run r = run(args.toArray(String[]::new));
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Usage:");
  }

  private Path copyCorpus() throws IOException {
    Path in = dir.resolve("corpus.jsonl");
    try (var stream = MainTest.class.getResourceAsStream("/corpus/news-sample.jsonl")) {
      Files.copy(stream, in);
    }
    return in;
  }
}

package org.framelens.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.framelens.lexicon.Taxonomy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FramelensJobTest {
  private static final int FRAMES = Taxonomy.defaultTaxonomy().frames().size();
  private static SparkSession spark;
  private static String docs;

  @TempDir
  Path dir;

  /** Exit code and captured streams of one job run. */
  record Run(int code, String out, String err) {}

  @BeforeAll
  static void start() throws URISyntaxException {
    spark = LocalSpark.session();
    docs = Path.of(FramelensJobTest.class.getResource("docs.jsonl").toURI()).toString();
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = FramelensJob.run(spark, args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void job_jsonlInWithBy_writesFramesAndAggregatesAsParquet() {
    String out = dir.resolve("out").toString();
    Run r = run("--in", docs, "--out", out, "--by", "outlet,date-month", "--mode", "lexicon");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("12 documents (0 not analysable)").contains(out + "/aggregates");
    List<Row> frames = spark.read().parquet(out + "/frames").collectAsList();
    assertThat(frames).hasSize(12 * FRAMES);
    List<Row> aggregates = spark.read().parquet(out + "/aggregates").collectAsList();
    assertThat(spark.read().parquet(out + "/aggregates").columns()).containsExactly("outlet", "date-month",
        "frame", "label", "parent", "n", "prevalence", "promoted_share", "mean_score");
    // the docs fall into 4 groups (north/south × 2024-01/2024-02), each with every frame
    assertThat(aggregates).hasSize(4 * FRAMES);

    // recomputed here from the frame rows, per group and frame
    Map<String, double[]> expected = new HashMap<>();
    for (Row f : frames) {
      String key = f.getAs("outlet") + "|" + f.<String>getAs("date").substring(0, 7) + "|" + f.getAs("frame");
      double[] sums = expected.computeIfAbsent(key, k -> new double[4]);
      sums[0]++;
      sums[1] += f.<Boolean>getAs("present") ? 1 : 0;
      sums[2] += f.getAs("stance").equals("promoted") ? 1 : 0;
      sums[3] += f.<Double>getAs("score");
    }
    for (Row a : aggregates) {
      double[] sums = expected.get(a.getAs("outlet") + "|" + a.getAs("date-month") + "|" + a.getAs("frame"));
      assertThat(a.<Long>getAs("n")).isEqualTo((long) sums[0]);
      assertThat(a.<Double>getAs("prevalence")).isEqualTo(sums[1] / sums[0]);
      assertThat(a.<Double>getAs("promoted_share")).isEqualTo(sums[2] / sums[0]);
      assertThat(a.<Double>getAs("mean_score")).isCloseTo(sums[3] / sums[0], within(1e-12));
    }
    assertThat(aggregates).anyMatch(a -> a.<Double>getAs("prevalence") > 0);
  }

  @Test
  void job_parquetInJsonlOut_keepsErrorRowsAndNullFields() throws IOException {
    Path input = dir.resolve("in.jsonl");
    Files.write(input, List.of("{\"id\": \"ok\", \"text\": \"Sanctions have failed.\", \"outlet\": \"x\"}",
        "{\"id\": \"bad\", \"text\": null, \"outlet\": \"x\"}"));
    String parquet = dir.resolve("docs.parquet").toString();
    spark.read().json(input.toString()).write().parquet(parquet);
    String out = dir.resolve("out").toString();

    Run r = run("--in", parquet, "--in-format", "parquet", "--out", out, "--out-format", "jsonl", "--reports");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("2 documents (1 not analysable)")
        .contains("document bad: text column 'text' is null");
    List<String> lines;
    try (Stream<Path> files = Files.list(Path.of(out, "frames"))) {
      lines = files.filter(p -> p.getFileName().toString().endsWith(".json")).flatMap(p -> {
        try {
          return Files.readAllLines(p).stream();
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).toList();
    }
    assertThat(lines).hasSize(FRAMES + 1).allMatch(l -> l.contains("\"parent\":") && l.contains("\"report\":"));
    assertThat(lines).filteredOn(l -> l.contains("\"id\":\"bad\"")).singleElement()
        .satisfies(l -> assertThat(l).contains("\"frame\":null").contains("\"error\":\"text column 'text' is null\""));
  }

  @Test
  void job_existingOutput_exitsOneAndSaysSo() throws IOException {
    Path out = dir.resolve("out");
    Files.createDirectories(out.resolve("frames"));
    Files.writeString(out.resolve("frames/keep.txt"), "x");

    Run r = run("--in", docs, "--out", out.toString(), "--mode", "lexicon");

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).startsWith("framelens-spark: ").contains("already exists").doesNotContain("\tat ");
    assertThat(out.resolve("frames/keep.txt")).exists();
  }

  @Test
  void job_missingInputOrColumn_exitsOneNamingIt() {
    Run missing = run("--in", dir.resolve("nope.jsonl").toString(), "--out", dir.resolve("o1").toString());
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err()).contains("nope.jsonl").doesNotContain("\tat ");

    Run column = run("--in", docs, "--out", dir.resolve("o2").toString(), "--text-column", "body");
    assertThat(column.code()).isEqualTo(1);
    assertThat(column.err()).contains("no text column 'body'");

    Run by = run("--in", docs, "--out", dir.resolve("o3").toString(), "--mode", "lexicon", "--by", "channel");
    assertThat(by.code()).isEqualTo(1);
    assertThat(by.err()).contains("cannot group by 'channel'");
  }

  @Test
  void job_badOptions_exitTwo() {
    String out = dir.resolve("o").toString();
    assertThat(run("--in", docs, "--out", out, "--in-format", "csv").code()).isEqualTo(2);
    assertThat(run("--in", docs, "--out", out, "--out-format", "orc").code()).isEqualTo(2);
    assertThat(run("--in", docs, "--out", out, "--mode", "magic").code()).isEqualTo(2);
    assertThat(run("--in", docs, "--out", out, "--lang", "de").code()).isEqualTo(2);
    assertThat(run("--in", docs, "--out", out, "--partitions", "0").code()).isEqualTo(2);
    Run noOut = run("--in", docs);
    assertThat(noOut.code()).isEqualTo(2);
    assertThat(noOut.err()).contains("--out");
    assertThat(Path.of(out)).doesNotExist();
  }
}

package org.framelens.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.framelens.spark.FramelensSpark.ERROR;
import static org.framelens.spark.FramelensSpark.FRAME;
import static org.framelens.spark.FramelensSpark.RANK;
import static org.framelens.spark.FramelensSpark.REPORT;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.framelens.Mode;
import org.framelens.cli.Main;
import org.framelens.lexicon.Taxonomy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FramelensSparkTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int FRAMES = Taxonomy.defaultTaxonomy().frames().size();
  private static SparkSession spark;
  private static Path docs;

  @TempDir
  Path dir;

  /** The columns compared with the batch command, keyed by document and frame. */
  record FrameRow(String id, String language, String frame, String label, String parent, int rank, double score,
      boolean present, String stance, double endorsement, int evidence) {}

  @BeforeAll
  static void start() throws URISyntaxException {
    spark = LocalSpark.session();
    docs = Path.of(FramelensSparkTest.class.getResource("docs.jsonl").toURI());
  }

  private static Dataset<Row> readDocs() {
    return spark.read().json(docs.toString());
  }

  @Test
  void frames_sameDocuments_equalBatchCommandResults() throws IOException {
    Path out = dir.resolve("batch.jsonl");
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"batch", "--in", docs.toString(), "--out", out.toString()},
        new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertThat(code).as(err.toString()).isZero();
    Map<String, FrameRow> expected = new TreeMap<>();
    for (String line : Files.readAllLines(out)) {
      JsonNode report = JSON.readTree(line);
      int rank = 1;
      for (JsonNode f : report.get("frames")) {
        FrameRow row = new FrameRow(report.get("id").asText(), report.get("language").asText(),
            f.get("id").asText(), f.get("label").asText(), f.get("parent").isNull() ? null : f.get("parent").asText(),
            rank++, f.get("score").asDouble(), f.get("present").asBoolean(), f.get("stance").asText(),
            f.get("endorsement").asDouble(), f.get("evidence").size());
        expected.put(row.id() + "/" + row.frame(), row);
      }
    }

    Map<String, FrameRow> actual = new TreeMap<>();
    for (FrameRow row : frameRows(FramelensSpark.frames(readDocs(), SparkOptions.defaults()))) {
      assertThat(actual.put(row.id() + "/" + row.frame(), row)).as("one row per document and frame").isNull();
    }

    assertThat(expected).hasSize(12 * FRAMES);
    assertThat(expected.values()).anyMatch(FrameRow::present);
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void frames_oneOrFourPartitions_giveTheSameSortedRows() {
    SparkOptions options = SparkOptions.builder().reportJson(true).build();
    List<String> one = sortedRows(FramelensSpark.frames(readDocs().repartition(1), options));
    List<String> four = sortedRows(FramelensSpark.frames(readDocs().repartition(4), options));
    assertThat(one).hasSize(12 * FRAMES).isEqualTo(four);
  }

  @Test
  void frames_malformedRows_giveErrorRowsAndTheJobGoesOn() throws IOException {
    Path input = dir.resolve("mixed.jsonl");
    Files.write(input, List.of(
        "{\"id\": \"ok\", \"text\": \"Our self-reliance grew as the sanctions have failed.\", \"outlet\": \"x\"}",
        "{\"id\": \"no-text\", \"text\": null, \"outlet\": \"x\"}",
        "{\"id\": \"broken\", \"text\": \"unterminated",
        "{\"id\": \"no-text-field\", \"outlet\": \"y\"}"));
    List<Row> rows = FramelensSpark.frames(spark.read().json(input.toString()), SparkOptions.defaults())
        .collectAsList();
    Map<String, List<Row>> byId = new HashMap<>();
    rows.forEach(r -> byId.computeIfAbsent(r.getAs("id"), k -> new ArrayList<>()).add(r));

    assertThat(byId.get("ok")).hasSize(FRAMES).allMatch(r -> r.isNullAt(r.fieldIndex(ERROR)));
    assertThat(byId.get("ok")).anyMatch(r -> r.<String>getAs(FRAME).equals("resilience") && r.<Boolean>getAs("present"));
    assertThat(errorOf(byId.get("no-text"))).isEqualTo("text column 'text' is null");
    assertThat(errorOf(byId.get("no-text-field"))).isEqualTo("text column 'text' is null");
    assertThat(errorOf(byId.get(null))).startsWith("malformed input record: {\"id\": \"broken\"");
    assertThat(byId.get("no-text").get(0).<String>getAs("outlet")).isEqualTo("x");
  }

  @Test
  void frames_textColumnNotAString_everyRowIsAnErrorRow() {
    StructType schema = DataTypes.createStructType(List.of(
        DataTypes.createStructField("id", DataTypes.LongType, false),
        DataTypes.createStructField("text", DataTypes.IntegerType, true)));
    Dataset<Row> input = spark.createDataFrame(List.of(RowFactory.create(1L, 42), RowFactory.create(2L, null)),
        schema);
    List<Row> rows = FramelensSpark.frames(input, SparkOptions.defaults()).orderBy("id").collectAsList();
    assertThat(rows).extracting(r -> r.getAs(ERROR))
        .containsExactly("text column 'text' holds a int, not a string", "text column 'text' is null");
    assertThat(rows).extracting(r -> r.getAs("id")).containsExactly(1L, 2L);
    assertThat(rows).allMatch(r -> r.isNullAt(r.fieldIndex(FRAME)));
  }

  @Test
  void frames_metadataColumns_passThroughWithTheirTypes() {
    StructType schema = DataTypes.createStructType(List.of(
        DataTypes.createStructField("doc", DataTypes.IntegerType, false),
        DataTypes.createStructField("body", DataTypes.StringType, true),
        DataTypes.createStructField("outlet", DataTypes.StringType, true),
        DataTypes.createStructField("words", DataTypes.LongType, true),
        DataTypes.createStructField("tags", DataTypes.createArrayType(DataTypes.StringType), true)));
    Dataset<Row> input = spark.createDataFrame(List.of(RowFactory.create(7,
        "The sanctions have failed and our economy adapted.", "east", 8L, List.of("economy", "sanctions"))), schema);
    SparkOptions options = SparkOptions.builder().idColumn("doc").textColumn("body").mode(Mode.LEXICON).build();

    Dataset<Row> frames = FramelensSpark.frames(input, options);

    assertThat(frames.columns()).containsExactly("doc", "language", "frame", "label", "parent", "rank", "score",
        "present", "stance", "endorsement", "evidence", "outlet", "words", "tags", "error");
    assertThat(frames.schema().apply("doc").dataType()).isEqualTo(DataTypes.IntegerType);
    assertThat(frames.schema().apply("tags").dataType()).isEqualTo(DataTypes.createArrayType(DataTypes.StringType));
    List<Row> rows = frames.collectAsList();
    assertThat(rows).hasSize(FRAMES).allMatch(r -> r.<Integer>getAs("doc") == 7 && r.<Long>getAs("words") == 8L
        && r.<String>getAs("outlet").equals("east") && r.getList(r.fieldIndex("tags")).size() == 2);
    assertThat(rows).extracting(r -> r.<String>getAs("language")).containsOnly("en");
  }

  @Test
  void frames_badColumns_rejectedOnTheDriverWithTheirNames() {
    Dataset<Row> input = readDocs();
    assertThatThrownBy(() -> FramelensSpark.frames(input, SparkOptions.builder().textColumn("body").build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no text column 'body'")
        .hasMessageContaining("outlet");
    assertThatThrownBy(() -> FramelensSpark.frames(input, SparkOptions.builder().langColumn("language").build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no lang column 'language'");
    assertThatThrownBy(() -> FramelensSpark.frames(input.withColumnRenamed("outlet", "score"),
        SparkOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'score'").hasMessageContaining("collides");
    assertThatThrownBy(() -> FramelensSpark.frames(input, SparkOptions.builder().taxonomy(dir.toString()).build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(dir.toString());
  }

  @Test
  void frames_reportJson_onTheRankOneRowOfEachDocument() throws IOException {
    List<Row> rows = FramelensSpark.frames(readDocs(), SparkOptions.builder().reportJson(true).build())
        .collectAsList();
    List<Row> withReport = rows.stream().filter(r -> !r.isNullAt(r.fieldIndex(REPORT))).toList();
    assertThat(withReport).hasSize(12).allMatch(r -> r.<Integer>getAs(RANK) == 1);
    for (Row r : withReport) {
      JsonNode report = JSON.readTree(r.<String>getAs(REPORT));
      assertThat(report.get("id").asText()).isEqualTo(r.<String>getAs("id"));
      assertThat(report.get("frames")).hasSize(FRAMES);
      assertThat(report.get("frames").get(0).get("id").asText()).isEqualTo(r.<String>getAs(FRAME));
      assertThat(report.get("frames").get(0).get("score").asDouble()).isEqualTo(r.<Double>getAs("score"));
    }
  }

  @Test
  void aggregate_weeksAndBadDates_handComputedAndIndependentOfPartitioning() {
    StructType schema = DataTypes.createStructType(List.of(
        DataTypes.createStructField("id", DataTypes.StringType, false),
        DataTypes.createStructField("frame", DataTypes.StringType, true),
        DataTypes.createStructField("label", DataTypes.StringType, true),
        DataTypes.createStructField("parent", DataTypes.StringType, true),
        DataTypes.createStructField("score", DataTypes.DoubleType, true),
        DataTypes.createStructField("present", DataTypes.BooleanType, true),
        DataTypes.createStructField("stance", DataTypes.StringType, true),
        DataTypes.createStructField("outlet", DataTypes.StringType, true),
        DataTypes.createStructField("date", DataTypes.StringType, true),
        DataTypes.createStructField("error", DataTypes.StringType, true)));
    Dataset<Row> frames = spark.createDataFrame(List.of(
        RowFactory.create("d1", "f", "F", null, 0.9, true, "promoted", "A", "2024-03-04", null),
        RowFactory.create("d2", "f", "F", null, 0.6, true, "reported", "A", "2024-03-10T23:30:00-05:00", null),
        RowFactory.create("d3", "f", "F", null, 0.1, false, "none", "A", "2024-03-06", null),
        RowFactory.create("d4", "f", "F", null, 0.2, false, "none", "B", "soon", null),
        RowFactory.create("d5", null, null, null, null, null, null, "A", "2024-03-05", "text column 'text' is null")),
        schema);

    List<Row> one = FramelensSpark.aggregate(frames.repartition(1), List.of("outlet", "date-week")).collectAsList();
    List<Row> three = FramelensSpark.aggregate(frames.repartition(3), List.of("outlet", "date-week")).collectAsList();

    assertThat(one).isEqualTo(three).hasSize(2);
    Row a = one.get(0);
    assertThat(List.of(a.get(0), a.get(1), a.get(2), a.get(5))).containsExactly("A", "2024-W10", "f", 3L);
    assertThat(a.<Double>getAs("prevalence")).isEqualTo(2.0 / 3);
    assertThat(a.<Double>getAs("promoted_share")).isEqualTo(1.0 / 3);
    assertThat(a.<Double>getAs("mean_score")).isCloseTo(1.6 / 3, org.assertj.core.api.Assertions.within(1e-12));
    Row b = one.get(1);
    assertThat(b.get(0)).isEqualTo("B");
    assertThat(b.isNullAt(1)).as("no date, null group").isTrue();
    assertThat(List.of(b.get(5), b.get(6), b.get(7), b.get(8))).containsExactly(1L, 0.0, 0.0, 0.2);
    assertThat(FramelensSpark.aggregate(frames, List.of("date-month")).collectAsList())
        .extracting(r -> r.get(0) + " " + r.get(4)).containsExactly("null 1", "2024-03 3");
  }

  @Test
  void frames_executorsOfThisJvm_shareTheDriversAnalyzer() {
    SparkOptions options = SparkOptions.builder().mode(Mode.LEXICON).build();
    FramelensSpark.frames(readDocs().repartition(4), options).count();
    var analyzer = Analyzers.get(options.analyzerConfig());
    int held = Analyzers.size();
    FramelensSpark.frames(readDocs().repartition(3), options).count();
    assertThat(Analyzers.get(options.analyzerConfig())).isSameAs(analyzer);
    assertThat(Analyzers.size()).isEqualTo(held);
  }

  @Test
  void analyzePartition_serializesAsConfigurationOnly() throws IOException {
    SparkOptions options = SparkOptions.defaults();
    Analyzers.get(options.analyzerConfig());
    FrameRows.Layout layout = FrameRows.Layout.of(readDocs().schema(), options, "_corrupt_record");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(new AnalyzePartition(options.analyzerConfig(), layout));
    }
    assertThat(bytes.size()).as("serialized function, bytes").isLessThan(20_000);
  }

  private static String errorOf(List<Row> rows) {
    assertThat(rows).hasSize(1);
    return rows.get(0).getAs(ERROR);
  }

  private static List<FrameRow> frameRows(Dataset<Row> frames) {
    return frames.collectAsList().stream().map(r -> new FrameRow(r.getAs("id"), r.getAs("language"),
        r.getAs(FRAME), r.getAs("label"), r.getAs("parent"), r.getAs(RANK), r.getAs("score"), r.getAs("present"),
        r.getAs("stance"), r.getAs("endorsement"), r.getAs("evidence"))).toList();
  }

  private static List<String> sortedRows(Dataset<Row> frames) {
    return frames.collectAsList().stream().map(Row::toString).sorted().toList();
  }
}

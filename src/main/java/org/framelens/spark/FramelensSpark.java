package org.framelens.spark;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.TimestampNTZType;
import org.apache.spark.sql.types.TimestampType;
import org.framelens.corpus.Period;

/**
 * Runs framelens on Apache Spark: one row per document and frame from a {@code Dataset<Row>} of documents,
 * and aggregates of those rows per group and frame.
 *
 * <pre>{@code
 * Dataset<Row> docs = spark.read().json("articles.jsonl");          // id, text, lang?, outlet, date, ...
 * Dataset<Row> frames = FramelensSpark.frames(docs, SparkOptions.defaults());
 * frames.filter(col("present")).groupBy("frame").count().show();
 * FramelensSpark.aggregate(frames, List.of("outlet", "date-month")).show();
 * }</pre>
 *
 * <p>Each executor JVM builds its analyzer once, on first use, from the serializable {@link SparkOptions};
 * analyzers and OpenNLP objects never pass through a closure. The driver builds one as well, to reject a bad
 * configuration before any task runs. The rows of a document do not depend on how the input is partitioned.
 * Thread-safe (stateless).
 */
public final class FramelensSpark {
  /** Output column: the analysed language (ISO 639-1, or {@code und}). */
  public static final String LANGUAGE = "language";
  /** Output column: the frame id. */
  public static final String FRAME = "frame";
  /** Output column: the frame label. */
  public static final String LABEL = "label";
  /** Output column: the parent frame id, or null. */
  public static final String PARENT = "parent";
  /** Output column: the frame's position in the report (1 = highest score; ties by frame id). */
  public static final String RANK = "rank";
  /** Output column: document score of the frame in [0, 1]. */
  public static final String SCORE = "score";
  /** Output column: whether the frame is present. */
  public static final String PRESENT = "present";
  /** Output column: promoted, reported, rejected or none. */
  public static final String STANCE = "stance";
  /** Output column: share of the evidence weight in the author's voice. */
  public static final String ENDORSEMENT = "endorsement";
  /** Output column: pieces of evidence (all voices). */
  public static final String EVIDENCE = "evidence";
  /** Output column: why the document could not be analysed, or null. */
  public static final String ERROR = "error";
  /** Output column (with {@link SparkOptions#reportJson()}): the report JSON, on the document's rank-1 row. */
  public static final String REPORT = "report";

  /** Aggregate column: documents in the group (analysed ones; error rows are not counted). */
  public static final String N = "n";
  /** Aggregate column: share of the group's documents where the frame is present. */
  public static final String PREVALENCE = "prevalence";
  /** Aggregate column: share of the group's documents where the frame's stance is promoted. */
  public static final String PROMOTED_SHARE = "promoted_share";
  /** Aggregate column: mean score of the frame over the group's documents. */
  public static final String MEAN_SCORE = "mean_score";

  private static final String CORRUPT_RECORD_CONF = "spark.sql.columnNameOfCorruptRecord";

  private FramelensSpark() {}

  /**
   * Analyses every row of {@code docs} and returns one row per document and frame.
   *
   * <p>Output columns: the id column (unchanged), {@value #LANGUAGE}, {@value #FRAME}, {@value #LABEL},
   * {@value #PARENT}, {@value #RANK}, {@value #SCORE}, {@value #PRESENT}, {@value #STANCE},
   * {@value #ENDORSEMENT}, {@value #EVIDENCE}, then every other input column except text and lang (passed
   * through unchanged), then {@value #ERROR}, and {@value #REPORT} when {@link SparkOptions#reportJson()} is
   * set (the report JSON, schema 1, on the rank-1 row of each document and null on its other rows; its
   * metadata is left out, since it is in the row's own columns).
   *
   * <p>A row that cannot be analysed (null text, a text or lang that is not a string, a record Spark could
   * not parse, or an analysis that throws) gives a single row with the reason in {@value #ERROR}, the
   * input's language if any, and nulls in the frame columns; the job goes on.
   *
   * @throws IllegalArgumentException if the id, text or named lang column is missing, a passed-through column
   *     has the name of an output column, or the taxonomy or models cannot be read
   * @throws IllegalStateException if the mode needs classifier models the taxonomy lacks
   */
  public static Dataset<Row> frames(Dataset<Row> docs, SparkOptions options) {
    requireNonNull(docs, "docs");
    requireNonNull(options, "options");
    String corrupt = docs.sparkSession().conf().get(CORRUPT_RECORD_CONF, "_corrupt_record");
    FrameRows.Layout layout = FrameRows.Layout.of(docs.schema(), options, corrupt);
    Analyzers.get(options.analyzerConfig());
    return docs.mapPartitions(new AnalyzePartition(options.analyzerConfig(), layout),
        Encoders.row(layout.output()));
  }

  /**
   * Aggregates the rows of {@link #frames} per group and frame: {@value #N}, {@value #PREVALENCE},
   * {@value #PROMOTED_SHARE} and {@value #MEAN_SCORE}, sorted by group, then frame. Error rows are left out.
   *
   * <p>The measures are those of the {@code corpus} command ({@link org.framelens.corpus.CorpusAggregator}),
   * without its bootstrap intervals. Each key of {@code by} is a column of {@code frames}, or
   * {@code COLUMN-day}, {@code -week}, {@code -month} or {@code -year}: the period of a date or timestamp
   * column, or of an ISO date or date-time string taken as written, labelled as {@code corpus --period} labels
   * it ({@code 2024-03-05}, {@code 2024-W09}, {@code 2024-03}, {@code 2024}); a value that is no date gives a
   * null group. The results do not depend on partitioning: sums are exact (counts, and scores as decimals)
   * before division.
   *
   * @throws IllegalArgumentException if a key names no column
   */
  public static Dataset<Row> aggregate(Dataset<Row> frames, List<String> by) {
    requireNonNull(frames, "frames");
    List<Column> keys = new ArrayList<>();
    for (String key : requireNonNull(by, "by")) {
      keys.add(groupColumn(frames, key));
    }
    keys.addAll(List.of(col(FRAME), col(LABEL), col(PARENT)));
    Column n = count(lit(1));
    Column present = sum(when(col(PRESENT), 1L).otherwise(0L));
    Column promoted = sum(when(col(STANCE).equalTo("promoted"), 1L).otherwise(0L));
    Column meanScore = avg(col(SCORE).cast(DataTypes.createDecimalType(30, 15))).cast(DataTypes.DoubleType);
    Dataset<Row> grouped = frames.filter(col(FRAME).isNotNull())
        .groupBy(keys.toArray(Column[]::new))
        .agg(n.as(N), present.as("_present"), promoted.as("_promoted"), meanScore.as(MEAN_SCORE));
    List<Column> out = new ArrayList<>();
    for (String key : by) {
      out.add(col(quoted(key)));
    }
    out.addAll(List.of(col(FRAME), col(LABEL), col(PARENT), col(N),
        col("_present").divide(col(N)).cast(DataTypes.DoubleType).as(PREVALENCE),
        col("_promoted").divide(col(N)).cast(DataTypes.DoubleType).as(PROMOTED_SHARE), col(MEAN_SCORE)));
    List<Column> order = new ArrayList<>(out.subList(0, by.size() + 1));
    return grouped.select(out.toArray(Column[]::new)).orderBy(order.toArray(Column[]::new));
  }

  private static Column groupColumn(Dataset<Row> frames, String key) {
    List<String> columns = Arrays.asList(frames.columns());
    if (columns.contains(key)) {
      return col(quoted(key));
    }
    for (Period period : Period.values()) {
      String suffix = "-" + period.value();
      String base = key.endsWith(suffix) ? key.substring(0, key.length() - suffix.length()) : null;
      if (base != null && columns.contains(base)) {
        return bucket(frames, base, period).as(key);
      }
    }
    throw new IllegalArgumentException("cannot group by '" + key + "': no such column (columns: " + columns
        + "); use a column name, or COLUMN-day, -week, -month or -year of a date column");
  }

  /** The period bucket of a date column, as the corpus command computes it; null when not a date. */
  private static Column bucket(Dataset<Row> frames, String base, Period period) {
    DataType type = frames.schema().apply(base).dataType();
    Column value = type instanceof DateType || type instanceof TimestampType || type instanceof TimestampNTZType
        ? date_format(col(quoted(base)), "yyyy-MM-dd")
        : col(quoted(base)).cast(DataTypes.StringType);
    UDF1<String, String> toBucket = v -> v == null ? null : Period.parseDate(v).map(period::bucket).orElse(null);
    return udf(toBucket, DataTypes.StringType).apply(value);
  }

  private static String quoted(String column) {
    return "`" + column.replace("`", "``") + "`";
  }
}

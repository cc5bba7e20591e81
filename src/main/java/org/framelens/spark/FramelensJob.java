package org.framelens.spark;

import static org.apache.spark.sql.functions.col;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.framelens.Mode;
import org.framelens.lexicon.Taxonomy;
import org.framelens.text.Language;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The Spark job: documents in (JSONL or Parquet), one row per document and frame out ({@code OUT/frames}),
 * and with {@code --by} the aggregates per group and frame ({@code OUT/aggregates}).
 *
 * <pre>
 * spark-submit --class org.framelens.spark.FramelensJob target/framelens-cli.jar \
 *     --in articles.jsonl --in-format jsonl --out out --out-format parquet --by outlet,date-month
 * </pre>
 *
 * <p>Without a master from {@code spark-submit} (or {@code -Dspark.master}), it runs in local mode on all
 * cores, bound to 127.0.0.1. Exit codes as the CLI: 0 success, 1 bad input or data (message on stderr), 2 usage error.
 */
@Command(name = "framelens-spark", mixinStandardHelpOptions = true, sortOptions = false,
    versionProvider = FramelensJob.VersionProvider.class,
    description = "Analyse a corpus on Spark: one row per document and frame, and aggregates per group.")
public final class FramelensJob implements Callable<Integer> {
  private static final int ERRORS_SHOWN = 20;

  @Spec
  CommandSpec spec;

  @Option(names = "--in", required = true, paramLabel = "PATH", description = "Input file or directory.")
  String in;

  @Option(names = "--in-format", defaultValue = "jsonl", paramLabel = "jsonl|parquet",
      description = "Input format (default: ${DEFAULT-VALUE}); JSONL as for 'framelens batch'.")
  String inFormat;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Output directory: DIR/frames and, with --by, DIR/aggregates.")
  String out;

  @Option(names = "--out-format", defaultValue = "parquet", paramLabel = "parquet|jsonl",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  String outFormat;

  @Option(names = "--overwrite", description = "Replace existing output instead of stopping.")
  boolean overwrite;

  @Option(names = "--by", split = ",", paramLabel = "FIELD[,FIELD]",
      description = "Aggregate per group and frame: n, prevalence, promoted_share, mean_score. A FIELD is a "
          + "column, or COLUMN-day, -week, -month or -year of a date column (e.g. outlet,date-month).")
  List<String> by;

  @Option(names = "--taxonomy", paramLabel = "ID|PATH", defaultValue = Taxonomy.DEFAULT_ID,
      description = "Built-in taxonomy id or a directory readable on every executor (default: ${DEFAULT-VALUE}).")
  String taxonomy;

  @Option(names = "--mode", paramLabel = "hybrid|lexicon|classifier", defaultValue = "hybrid",
      description = "Evidence to use (default: ${DEFAULT-VALUE}).")
  String mode;

  @Option(names = "--lang", paramLabel = "auto|en|ru", defaultValue = "auto",
      description = "Language of every document; auto uses the lang column or detects it (default: ${DEFAULT-VALUE}).")
  String lang;

  @Option(names = "--models", paramLabel = "MODEL_DIR",
      description = "Classifier models from 'framelens train', readable on every executor.")
  String models;

  @Option(names = "--id-column", defaultValue = "id", description = "Id column (default: ${DEFAULT-VALUE}).")
  String idColumn;

  @Option(names = "--text-column", defaultValue = "text", description = "Text column (default: ${DEFAULT-VALUE}).")
  String textColumn;

  @Option(names = "--lang-column", description = "Language column (default: lang, when the input has one).")
  String langColumn;

  @Option(names = "--reports", description = "Add a 'report' column with each document's report JSON.")
  boolean reports;

  @Option(names = "--partitions", paramLabel = "N",
      description = "Partitions to analyse in (default: the input's, at least Spark's default parallelism).")
  Integer partitions;

  private SparkSession session;

  /** Runs the job with a session from {@code spark-submit}, or a local one, and exits with its code. */
  public static void main(String[] args) {
    SparkSession.Builder builder = SparkSession.builder().appName("framelens");
    SparkConf conf = new SparkConf();
    if (!conf.contains("spark.master")) {
      builder.master("local[*]"); // a laptop run: everything stays on the loopback interface
      if (!conf.contains("spark.driver.host")) {
        builder.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
      }
    }
    SparkSession spark = builder.getOrCreate();
    int code;
    try {
      code = run(spark, args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
          new PrintWriter(System.err, true, StandardCharsets.UTF_8));
    } finally {
      spark.stop();
    }
    System.exit(code);
  }

  /** Runs the job on {@code spark} (left open) and returns the exit code. */
  public static int run(SparkSession spark, String[] args, PrintWriter out, PrintWriter err) {
    FramelensJob job = new FramelensJob();
    job.session = spark;
    CommandLine cl = new CommandLine(job).setOut(out).setErr(err);
    cl.setExecutionExceptionHandler((e, line, parsed) -> {
      line.getErr().println("framelens-spark: " + message(e));
      if (System.getenv("FRAMELENS_DEBUG") != null) {
        e.printStackTrace(line.getErr());
      }
      return 1;
    });
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** Prints the library version. */
  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      Package p = FramelensJob.class.getPackage();
      String v = p == null ? null : p.getImplementationVersion();
      return new String[] {"framelens " + (v == null ? "(development build)" : v)};
    }
  }

  private static String message(Exception e) {
    String m = e instanceof AnalysisException a ? a.getSimpleMessage() : e.getMessage();
    return m == null ? e.toString() : m;
  }

  @Override
  public Integer call() {
    SparkOptions options = options();
    checkFormat("--in-format", inFormat, "jsonl", "parquet");
    checkFormat("--out-format", outFormat, "parquet", "jsonl");
    if (partitions != null && partitions < 1) {
      throw new ParameterException(spec.commandLine(), "--partitions must be at least 1");
    }
    long start = System.nanoTime();
    Dataset<Row> docs = inFormat.equals("jsonl") ? session.read().json(in) : session.read().parquet(in);
    int have = docs.rdd().getNumPartitions();
    int wanted = partitions != null ? partitions : Math.max(have, session.sparkContext().defaultParallelism());
    Dataset<Row> frames = FramelensSpark.frames(wanted == have ? docs : docs.repartition(wanted), options);
    boolean aggregate = by != null && !by.isEmpty();
    if (aggregate) {
      FramelensSpark.aggregate(frames, by); // rejects unknown --by fields before any analysis
    }
    String framesPath = out + "/frames";
    write(frames, framesPath);
    Dataset<Row> written = read(framesPath, frames);
    long documents = written.filter(col(FramelensSpark.RANK).equalTo(1)
        .or(col(FramelensSpark.ERROR).isNotNull())).count();
    double seconds = (System.nanoTime() - start) / 1e9;
    List<Row> errors = written.filter(col(FramelensSpark.ERROR).isNotNull())
        .select(col("`" + idColumn + "`"), col(FramelensSpark.ERROR)).limit(ERRORS_SHOWN).collectAsList();
    long errorCount = errors.size() < ERRORS_SHOWN ? errors.size()
        : written.filter(col(FramelensSpark.ERROR).isNotNull()).count();
    PrintWriter log = spec.commandLine().getErr();
    for (Row e : errors) {
      log.println("framelens-spark: document " + e.get(0) + ": " + e.getString(1));
    }
    String aggregates = "";
    if (aggregate) {
      aggregates = out + "/aggregates";
      write(FramelensSpark.aggregate(written, by).coalesce(1), aggregates);
      aggregates = " and " + aggregates;
    }
    log.printf(Locale.ROOT, "framelens-spark: %d documents (%d not analysable) in %.1f s, %.1f documents/s "
        + "on %d partitions; wrote %s%s%n", documents, errorCount, seconds, documents / seconds, wanted,
        framesPath, aggregates);
    return 0;
  }

  private SparkOptions options() {
    SparkOptions.Builder b = SparkOptions.builder().taxonomy(taxonomy).mode(parseMode()).idColumn(idColumn)
        .textColumn(textColumn).reportJson(reports);
    if (!lang.equalsIgnoreCase("auto")) {
      b.language(Language.forCode(lang).orElseThrow(() -> new ParameterException(spec.commandLine(),
          "unsupported --lang '" + lang + "' (use auto, en or ru)")));
    }
    if (models != null) {
      b.models(models);
    }
    if (langColumn != null) {
      b.langColumn(langColumn);
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private Mode parseMode() {
    try {
      return Mode.valueOf(mode.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(),
          "unknown --mode '" + mode + "' (use hybrid, lexicon or classifier)");
    }
  }

  private void checkFormat(String option, String value, String... allowed) {
    if (!List.of(allowed).contains(value)) {
      throw new ParameterException(spec.commandLine(), "unknown " + option + " '" + value + "' (use "
          + String.join(" or ", allowed) + ")");
    }
  }

  private void write(Dataset<Row> rows, String path) {
    DataFrameWriter<Row> w = rows.write().mode(overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists);
    if (outFormat.equals("jsonl")) {
      w.option("ignoreNullFields", false).json(path);
    } else {
      w.parquet(path);
    }
  }

  private Dataset<Row> read(String path, Dataset<Row> like) {
    return outFormat.equals("jsonl") ? session.read().schema(like.schema()).json(path)
        : session.read().parquet(path);
  }
}

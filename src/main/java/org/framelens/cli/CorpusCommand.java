package org.framelens.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.framelens.corpus.CorpusAggregator;
import org.framelens.corpus.CorpusOptions;
import org.framelens.corpus.CorpusOutput;
import org.framelens.corpus.CorpusSummary;
import org.framelens.corpus.Period;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code framelens corpus}: aggregates the reports of {@code batch --format jsonl} by group and time. */
@Command(name = "corpus", mixinStandardHelpOptions = true,
    description = {"Aggregate batch reports by metadata groups (and time): prevalence, stance shares and mean"
        + " score per frame with bootstrap intervals, co-occurrence, top cues, an optional comparison of two"
        + " groups, and an HTML report.",
        "Writes DIR/summary.csv, cooccurrence.csv, cues.csv, summary.json, report.html and, with --compare,"
        + " compare.csv and compare-cues.csv."})
final class CorpusCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--in", required = true, paramLabel = "REPORTS.jsonl",
      description = "Reports written by 'batch --format jsonl'; - for standard input.")
  String in;

  @Option(names = "--by", required = true, split = ",", paramLabel = "FIELD[,FIELD]",
      description = "Metadata fields whose values form the groups (a missing value is the group '(missing)').")
  List<String> by;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory (created).")
  Path out;

  @Option(names = "--compare", split = ",", paramLabel = "A,B",
      description = "Compare two groups (values joined with / when grouping by several fields).")
  List<String> compare;

  @Option(names = "--time", paramLabel = "FIELD",
      description = "Metadata field with an ISO date (2024-03-05 or a date-time) for series over time.")
  String time;

  @Option(names = "--period", defaultValue = "month", paramLabel = "day|week|month|year",
      description = "Width of a time bucket (default: ${DEFAULT-VALUE}).")
  String period;

  @Option(names = "--bootstrap", defaultValue = "1000", paramLabel = "N",
      description = "Bootstrap replicates per interval; 0 for none (default: ${DEFAULT-VALUE}).")
  int bootstrap;

  @Option(names = "--seed", defaultValue = "" + CorpusOptions.DEFAULT_SEED,
      description = "Seed of the bootstrap and of the examples (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--top-cues", defaultValue = "20", paramLabel = "K",
      description = "Cues listed per frame and group (default: ${DEFAULT-VALUE}).")
  int topCues;

  @Option(names = "--examples", defaultValue = "3", paramLabel = "K",
      description = "Example documents kept per frame and group (default: ${DEFAULT-VALUE}).")
  int examples;

  @Option(names = "--threads", defaultValue = "1", description = "Bootstrap threads (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--skip-bad",
      description = "Skip malformed lines instead of stopping; each is reported on stderr (file:line) and counted.")
  boolean skipBad;

  private static final int SHOWN_SKIPPED = 20;
  private int shownSkipped;

  @Override
  public Integer call() throws Exception {
    CorpusOptions options = options();
    PrintWriter err = spec.commandLine().getErr();
    long start = System.nanoTime();
    String source = in.equals("-") ? "<stdin>" : in;
    CorpusAggregator aggregator = new CorpusAggregator(options);
    try (InputStream input = in.equals("-") ? System.in : Files.newInputStream(Path.of(in))) {
      aggregator.read(source, input, skipBad ? e -> reportSkipped(err, e) : null);
    }
    if (aggregator.documents() == 0) {
      err.println("framelens: " + source + ": no reports to aggregate");
      return 1;
    }
    CorpusSummary summary = aggregator.finish();
    List<Path> files = CorpusOutput.writeAll(summary, out);
    CorpusSummary.Input read = summary.input();
    err.printf(Locale.ROOT, "framelens: %d documents in %d groups, %d malformed lines skipped%s; %.1f s%n",
        read.documents(), summary.groups().size() - 1, read.skippedLines(), dates(read), seconds(start));
    err.println("framelens: wrote " + files.stream().map(Path::toString).collect(Collectors.joining(", ")));
    return 0;
  }

  private void reportSkipped(PrintWriter err, org.framelens.CorpusFormatException e) {
    if (++shownSkipped <= SHOWN_SKIPPED) {
      err.println("framelens: skipped " + e.getMessage());
    } else if (shownSkipped == SHOWN_SKIPPED + 1) {
      err.println("framelens: more malformed lines are skipped and counted without being shown");
    }
  }

  private CorpusOptions options() {
    Period p;
    try {
      p = Period.of(period);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    if (compare != null && compare.size() != 2) {
      throw new ParameterException(spec.commandLine(), "--compare needs two groups: A,B");
    }
    try {
      return new CorpusOptions(by, time, p, bootstrap, seed, compare == null ? List.of() : compare, topCues,
          examples, threads);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private String dates(CorpusSummary.Input read) {
    if (time == null) {
      return "";
    }
    return String.format(Locale.ROOT, ", %d undated, %d bad dates%s", read.undated(), read.badDates(),
        read.firstBadDate() == null ? "" : " (first: " + read.firstBadDate() + ")");
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}

package org.framelens.corpus;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What {@link CorpusAggregator} computes.
 *
 * @param by the metadata fields whose values form the groups, in column order (at least one)
 * @param timeField the metadata field holding each document's date, or {@code null} for no time series
 * @param period the width of a time bucket (used only with a time field)
 * @param replicates bootstrap replicates per confidence interval; 0 computes no intervals
 * @param seed seed of the bootstrap and of the choice of examples: same input and seed, same output
 * @param compare empty, or the labels of two groups to compare (a label joins a group's values with
 *     {@code /} in {@code by} order)
 * @param topCues how many cues to list per frame and group
 * @param examples how many example documents to keep per frame and group
 * @param threads worker threads for the bootstrap
 */
public record CorpusOptions(List<String> by, String timeField, Period period, int replicates, long seed,
    List<String> compare, int topCues, int examples, int threads) {
  /** The default bootstrap seed. */
  public static final long DEFAULT_SEED = 20080101L;

  /** Column names of the output tables, which a grouping field may not take. */
  public static final Set<String> RESERVED_COLUMNS = Set.of("period", "frame", "measure", "value", "ci_low",
      "ci_high", "n", "frame_a", "frame_b", "n_a", "n_b", "n_both", "jaccard", "phi", "rank", "cue",
      "documents", "share", "authorial", "attributed", "distanced", "negated", "occurrences");

  public CorpusOptions {
    by = List.copyOf(by);
    checkArgument(!by.isEmpty(), "at least one grouping field is needed");
    Set<String> seen = new HashSet<>();
    for (String field : by) {
      checkArgument(!field.isBlank(), "blank grouping field in %s", by);
      checkArgument(seen.add(field), "grouping field '%s' given twice", field);
      checkArgument(!RESERVED_COLUMNS.contains(field),
          "grouping field '%s' clashes with an output column of the same name", field);
    }
    checkArgument(timeField == null || !timeField.isBlank(), "blank time field");
    requireNonNull(period, "period");
    checkArgument(replicates >= 0, "bootstrap replicates must be at least 0, got %s", replicates);
    compare = List.copyOf(compare);
    checkArgument(compare.isEmpty() || compare.size() == 2 && !compare.get(0).equals(compare.get(1)),
        "compare needs two different groups, got %s", compare);
    checkArgument(topCues >= 1, "top cues must be at least 1, got %s", topCues);
    checkArgument(examples >= 0, "examples must be at least 0, got %s", examples);
    checkArgument(threads >= 1, "threads must be at least 1, got %s", threads);
  }

  /** Grouping by {@code by}; no time series or comparison; 1,000 replicates, the default seed, one thread. */
  public static CorpusOptions of(List<String> by) {
    return new CorpusOptions(by, null, Period.MONTH, 1000, DEFAULT_SEED, List.of(), 20, 3, 1);
  }

  /** These options with a time series of {@code field} bucketed by {@code period}. */
  public CorpusOptions withTime(String field, Period period) {
    return new CorpusOptions(by, field, period, replicates, seed, compare, topCues, examples, threads);
  }

  /** These options comparing groups {@code a} and {@code b}. */
  public CorpusOptions withCompare(String a, String b) {
    return new CorpusOptions(by, timeField, period, replicates, seed, List.of(a, b), topCues, examples, threads);
  }

  /** These options with another number of replicates and seed. */
  public CorpusOptions withBootstrap(int replicates, long seed) {
    return new CorpusOptions(by, timeField, period, replicates, seed, compare, topCues, examples, threads);
  }
}

package org.framelens.corpus;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@link CorpusAggregator} found in a corpus of reports: per-group and per-period estimates with
 * bootstrap intervals, frame co-occurrence, top cues, an optional comparison of two groups, and example
 * evidence. Every list is in a deterministic order. Undefined figures are {@code null}. Immutable.
 *
 * <p>A group is a combination of values of the grouping fields ({@code "(missing)"} for a document without
 * the field); the whole corpus is the group {@value #ALL} (every grouping field set to {@value #ALL}).
 * {@code period} is a time bucket, or {@value #ALL} for all documents of the group, dated or not.
 *
 * @param input what was read
 * @param options what was computed
 * @param frames the frames of the taxonomy, by id
 * @param groups every group, sorted by label, then the whole corpus
 * @param estimates one row per group, period, frame and measure (periods: {@value #ALL}, then in time order)
 * @param cooccurrence one row per group and pair of frames
 * @param cues the top cues per group and frame, by document frequency
 * @param differences the comparison of two groups per frame and measure (empty without comparison)
 * @param distinctiveCues log-odds scores of cues between the two compared groups (empty without comparison)
 * @param examples example documents per group and frame, in input order
 */
public record CorpusSummary(Input input, CorpusOptions options, List<FrameInfo> frames, List<Group> groups,
    List<Estimate> estimates, List<Cooccurrence> cooccurrence, List<CueFrequency> cues,
    List<Difference> differences, List<DistinctiveCue> distinctiveCues, List<Example> examples) {
  /** The label of the whole corpus and of all periods together. */
  public static final String ALL = "(all)";
  /** The value of a grouping field that a document lacks (or has null or blank). */
  public static final String MISSING = "(missing)";

  public CorpusSummary {
    requireNonNull(input, "input");
    requireNonNull(options, "options");
    frames = List.copyOf(frames);
    groups = List.copyOf(groups);
    estimates = List.copyOf(estimates);
    cooccurrence = List.copyOf(cooccurrence);
    cues = List.copyOf(cues);
    differences = List.copyOf(differences);
    distinctiveCues = List.copyOf(distinctiveCues);
    examples = List.copyOf(examples);
  }

  /**
   * What was read.
   *
   * @param source the input's name
   * @param documents reports aggregated
   * @param skippedLines malformed lines skipped
   * @param undated documents without a value in the time field (0 without a time field)
   * @param badDates documents whose time field is not an ISO date (0 without a time field)
   * @param firstBadDate {@code file:line: value} of the first bad date, or null
   * @param taxonomy the taxonomy id of the reports, or null when they do not say
   */
  public record Input(String source, long documents, long skippedLines, long undated, long badDates,
      String firstBadDate, String taxonomy) {}

  /** A frame: id and label. */
  public record FrameInfo(String id, String label) {}

  /**
   * A group of documents.
   *
   * @param values grouping field to value, in {@code by} order
   * @param label the values joined with {@code /} ({@value #ALL} for the whole corpus)
   * @param documents how many documents it has
   */
  public record Group(Map<String, String> values, String label, long documents) {
    public Group {
      values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
  }

  /**
   * One figure of a group, period and frame, with its 95% bootstrap interval.
   *
   * @param n the documents behind the value: the cell's size, or the documents where the frame is present
   *     for {@link Measure#PROMOTED_AMONG_PRESENT}
   */
  public record Estimate(Map<String, String> group, String period, String frame, Measure measure, Double value,
      Double ciLow, Double ciHigh, long n) {
    /** The group's label. */
    @JsonIgnore
    public String groupLabel() {
      return label(group);
    }
  }

  /**
   * How often two frames are present in the same documents of a group.
   *
   * @param n documents in the group
   * @param nA documents with frame A present
   * @param nB documents with frame B present
   * @param nBoth documents with both present
   * @param jaccard {@code nBoth / (nA + nB - nBoth)}; null when neither is present
   * @param phi the phi (Pearson) correlation of the two presence indicators; null when one is constant
   */
  public record Cooccurrence(Map<String, String> group, String frameA, String frameB, long n, long nA, long nB,
      long nBoth, Double jaccard, Double phi) {}

  /**
   * A lexicon cue of a frame in a group: in how many documents it is evidence for the frame, in all and by
   * voice (a document counts once per voice in which the cue appears), and how often in all. Classifier
   * evidence has no cue word and is not counted.
   *
   * @param rank 1 for the cue in most documents
   * @param share {@code documents} over the group's documents
   */
  public record CueFrequency(Map<String, String> group, String frame, int rank, String cue, long documents,
      double share, long authorial, long attributed, long distanced, long negated, long occurrences) {}

  /**
   * A measure of one frame in group A minus group B, with the 95% interval of the difference from the two
   * groups' independent bootstrap replicates.
   */
  public record Difference(String frame, Measure measure, String groupA, String groupB, Double valueA,
      Double valueB, Double difference, Double ciLow, Double ciHigh, long nA, long nB) {}

  /**
   * A cue's weighted log-odds ratio between the compared groups (see README): positive z means more
   * typical of group A.
   *
   * @param voice which evidence is counted: {@code all}, {@code authorial} or {@code non_authorial}
   * @param frames the frames whose evidence used the cue
   * @param prior the Dirichlet prior: the cue's count in the whole corpus (same voices)
   */
  public record DistinctiveCue(String voice, String cue, List<String> frames, long countA, long countB,
      double prior, Double delta, Double z) {}

  /** A document where a frame is present, with up to three pieces of its evidence. */
  public record Example(Map<String, String> group, String frame, String documentId, long line, String stance,
      double score, List<ExampleEvidence> evidence) {}

  /**
   * Evidence text as written, the cue (the lexicon pattern, or the classifier's name), the voice, the
   * voice marker's text (or null), and the source ({@code lexicon} or {@code classifier}).
   */
  public record ExampleEvidence(String text, String cue, String voice, String marker, String source) {}

  /** The estimate of a group (by label), period, frame and measure, if there is one. */
  public Optional<Estimate> estimate(String group, String period, String frame, Measure measure) {
    return estimates.stream()
        .filter(e -> e.measure() == measure && e.frame().equals(frame) && e.period().equals(period)
            && e.groupLabel().equals(group))
        .findFirst();
  }

  /** The label of a group: its values joined with {@code /}, or {@value #ALL} for the whole corpus. */
  public static String label(Map<String, String> group) {
    return group.values().stream().allMatch(ALL::equals) ? ALL : String.join("/", group.values());
  }
}

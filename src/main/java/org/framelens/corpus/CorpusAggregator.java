package org.framelens.corpus;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.framelens.CorpusFormatException;
import org.framelens.internal.Utf8;
import org.framelens.report.Voice;

/**
 * Aggregates a corpus of framing reports (the output of {@code framelens batch --format jsonl}) by groups of
 * metadata values and, optionally, by time: prevalence, stance shares and mean score per frame with
 * bootstrap intervals, frame co-occurrence, top cues, example evidence, and a comparison of two groups.
 *
 * <p>Streams: a report is reduced to a compact row (about five bytes per frame) and counts as it is read,
 * so a million documents of ten frames take some 50 MB. All reports must come from one taxonomy. Add
 * reports with {@link #read} or {@link #add}, then call {@link #finish()} once. The result depends only on
 * the input (in order) and the options. Not thread-safe.
 *
 * <pre>{@code
 * CorpusAggregator agg = new CorpusAggregator(CorpusOptions.of(List.of("outlet")).withTime("date", Period.MONTH));
 * agg.read("reports.jsonl", Files.newInputStream(path), null);
 * CorpusSummary summary = agg.finish();
 * }</pre>
 */
public final class CorpusAggregator {
  /** Receives each malformed line when such lines are skipped. */
  @FunctionalInterface
  public interface BadLines {
    void skip(CorpusFormatException problem);
  }

  private static final int EXAMPLE_EVIDENCE = 3;
  private static final int EXAMPLE_TEXT = 200;

  private final CorpusOptions options;
  private final SplittableRandom sampling;
  private final Map<List<String>, GroupState> groups = new HashMap<>();
  private final Map<String, Integer> cueIds = new HashMap<>();
  private final List<String> cues = new ArrayList<>();
  private final List<TreeSet<Integer>> cueFrames = new ArrayList<>();
  private String source = "<input>";
  private String taxonomy;
  private List<String> frameIds;
  private Map<String, Integer> frameIndex;
  private String[] frameLabels;
  private GroupState all;
  private long skipped;
  private long undated;
  private long badDates;
  private String firstBadDate;
  private boolean finished;

  public CorpusAggregator(CorpusOptions options) {
    this.options = requireNonNull(options, "options");
    this.sampling = new SplittableRandom(options.seed());
  }

  /**
   * Adds every report line of {@code in} (UTF-8, one JSON report per line; blank lines are ignored).
   *
   * @param source names the input in error messages
   * @param badLines receives malformed lines, which are then skipped; null to stop at the first one
   * @throws CorpusFormatException naming {@code source} and the line, for a malformed line when
   *     {@code badLines} is null
   */
  public void read(String source, InputStream in, BadLines badLines) throws IOException, CorpusFormatException {
    ByteLines lines = new ByteLines(in);
    int line = 0;
    while (lines.next()) {
      line++;
      try {
        String json = decode(lines.bytes(), source, line);
        if (!json.isBlank()) {
          add(json, source, line);
        }
      } catch (CorpusFormatException e) {
        if (badLines == null) {
          throw e;
        }
        skipped++;
        badLines.skip(e);
      }
    }
  }

  /**
   * Adds one report, line {@code line} of {@code source}.
   *
   * @throws CorpusFormatException if the line is not a report, or its frames differ from the first report's
   * @throws IllegalStateException after {@link #finish()}
   */
  public void add(String json, String source, int line) throws CorpusFormatException {
    if (finished) {
      throw new IllegalStateException("the aggregator has finished");
    }
    ReportLine report = ReportLine.parse(json, source, line, options.by(), options.timeField());
    if (frameIds == null) {
      start(report, source);
    }
    byte[] flags = new byte[frameIds.size()];
    float[] scores = new float[frameIds.size()];
    ReportLine.FrameLine[] byIndex = index(report, source, line);
    int[] present = new int[byIndex.length];
    int presentCount = 0;
    for (int f = 0; f < byIndex.length; f++) {
      ReportLine.FrameLine frame = byIndex[f];
      flags[f] = flags(frame);
      scores[f] = frame.score();
      if (frame.present()) {
        present[presentCount++] = f;
      }
    }
    Map<String, String> key = new LinkedHashMap<>();
    for (int i = 0; i < options.by().size(); i++) {
      String value = report.groupValues().get(i);
      key.put(options.by().get(i), value == null ? CorpusSummary.MISSING : value);
    }
    GroupState group = groups.computeIfAbsent(List.copyOf(key.values()),
        k -> new GroupState(key, frameIds.size()));
    group.rows(period(report.timeValue(), source, line)).add(flags, scores);
    Map<Long, int[]> docCues = new HashMap<>();
    Map<Integer, int[]> docSpans = new HashMap<>();
    countCues(byIndex, docCues, docSpans);
    for (GroupState g : List.of(group, all)) {
      g.add(present, presentCount, docCues, docSpans);
      for (int i = 0; i < presentCount; i++) {
        int f = present[i];
        g.offerExample(f, options.examples(), sampling, () -> example(g, f, byIndex[f], report.id(), line));
      }
    }
  }

  /** Documents added so far. */
  public long documents() {
    return all == null ? 0 : all.documents;
  }

  /**
   * Computes the summary (the bootstrap runs here, on {@code options.threads()} threads). Call once.
   *
   * @throws IllegalStateException if no report was added, or when called twice
   * @throws IllegalArgumentException if a compared group is not a group of the corpus
   */
  public CorpusSummary finish() {
    if (all == null) {
      throw new IllegalStateException("no reports in " + source);
    }
    if (finished) {
      throw new IllegalStateException("finish() was already called");
    }
    finished = true;
    List<CorpusSummary.FrameInfo> frames = new ArrayList<>();
    for (int f = 0; f < frameIds.size(); f++) {
      frames.add(new CorpusSummary.FrameInfo(frameIds.get(f), frameLabels[f]));
    }
    CorpusSummary.Input input = new CorpusSummary.Input(source, all.documents, skipped, undated, badDates,
        firstBadDate, taxonomy);
    return new SummaryBuilder(options, frames, groups.values(), all, cues, cueFrames).build(input);
  }

  private void start(ReportLine first, String source) {
    this.source = source;
    this.taxonomy = first.taxonomy();
    TreeSet<String> ids = new TreeSet<>();
    first.frames().forEach(f -> ids.add(f.id()));
    frameIds = List.copyOf(ids);
    frameIndex = new HashMap<>();
    frameLabels = new String[frameIds.size()];
    for (int i = 0; i < frameIds.size(); i++) {
      frameIndex.put(frameIds.get(i), i);
    }
    first.frames().forEach(f -> frameLabels[frameIndex.get(f.id())] = f.label());
    Map<String, String> everything = new LinkedHashMap<>();
    options.by().forEach(field -> everything.put(field, CorpusSummary.ALL));
    all = new GroupState(everything, frameIds.size());
  }

  /** The report's frames by frame index; the frames must be those of the first report. */
  private ReportLine.FrameLine[] index(ReportLine report, String source, int line) throws CorpusFormatException {
    if (taxonomy != null && report.taxonomy() != null && !taxonomy.equals(report.taxonomy())) {
      throw new CorpusFormatException(source, line, 0, "report of taxonomy '" + report.taxonomy()
          + "' in a corpus of taxonomy '" + taxonomy + "'; aggregate one taxonomy at a time");
    }
    ReportLine.FrameLine[] byIndex = new ReportLine.FrameLine[frameIds.size()];
    for (ReportLine.FrameLine f : report.frames()) {
      Integer i = frameIndex.get(f.id());
      if (i == null || byIndex[i] != null) {
        throw new CorpusFormatException(source, line, 0, (i == null ? "unknown" : "repeated") + " frame '"
            + f.id() + "' (the first report has " + String.join(", ", frameIds) + ")");
      }
      byIndex[i] = f;
    }
    for (int i = 0; i < byIndex.length; i++) {
      if (byIndex[i] == null) {
        throw new CorpusFormatException(source, line, 0, "frame '" + frameIds.get(i) + "' is missing");
      }
    }
    return byIndex;
  }

  private static byte flags(ReportLine.FrameLine frame) {
    int b = frame.present() ? FrameRows.PRESENT : 0;
    b |= switch (frame.stance()) {
      case PROMOTED -> FrameRows.PROMOTED;
      case REPORTED -> FrameRows.REPORTED;
      case REJECTED -> FrameRows.REJECTED;
      case NONE -> 0;
    };
    return (byte) b;
  }

  /** The period bucket of a time value, or null (counting undated and bad dates). */
  private String period(String value, String source, int line) {
    if (options.timeField() == null) {
      return null;
    }
    if (value == null) {
      undated++;
      return null;
    }
    Optional<LocalDate> date = Period.parseDate(value);
    if (date.isEmpty()) {
      if (badDates++ == 0) {
        firstBadDate = source + ":" + line + ": " + value;
      }
      return null;
    }
    return options.period().bucket(date.get());
  }

  /**
   * Per (frame, cue): a voice bit mask and the occurrences; per cue: occurrences of distinct spans (a span
   * that is evidence for several frames counts once) in all, authorial and non-authorial voices. Only
   * lexicon evidence has cue words; classifier evidence is left out.
   */
  private void countCues(ReportLine.FrameLine[] frames, Map<Long, int[]> docCues, Map<Integer, int[]> docSpans) {
    java.util.Set<List<Integer>> spans = new java.util.HashSet<>();
    for (int f = 0; f < frames.length; f++) {
      for (ReportLine.EvidenceLine e : frames[f].evidence()) {
        if (!e.lexicon()) {
          continue;
        }
        int cue = cueId(e.cue(), f);
        int[] c = docCues.computeIfAbsent(((long) f << 32) | cue, k -> new int[2]);
        c[0] |= 1 << e.voice().ordinal();
        c[1]++;
        if (e.start() < 0 || spans.add(List.of(e.start(), e.end(), cue))) {
          int[] v = docSpans.computeIfAbsent(cue, k -> new int[3]);
          v[0]++;
          v[e.voice() == Voice.AUTHORIAL ? 1 : 2]++;
        }
      }
    }
  }

  private int cueId(String cue, int frame) {
    Integer id = cueIds.get(cue);
    if (id == null) {
      id = cues.size();
      cueIds.put(cue, id);
      cues.add(cue);
      cueFrames.add(new TreeSet<>());
    }
    cueFrames.get(id).add(frame);
    return id;
  }

  private CorpusSummary.Example example(GroupState group, int f, ReportLine.FrameLine frame, String id, int line) {
    List<ReportLine.EvidenceLine> chosen = new ArrayList<>();
    frame.evidence().stream().filter(e -> e.voice() != Voice.NEGATED).limit(EXAMPLE_EVIDENCE)
        .forEach(chosen::add);
    List<CorpusSummary.ExampleEvidence> evidence = chosen.stream()
        .map(e -> new CorpusSummary.ExampleEvidence(clip(e.text()), e.cue(), e.voice().value(),
            e.marker() == null ? null : clip(e.marker()), e.lexicon() ? "lexicon" : "classifier"))
        .toList();
    return new CorpusSummary.Example(group.values, frameIds.get(f), id, line, frame.stance().value(),
        frame.score(), evidence);
  }

  private static String clip(String text) {
    return text.length() <= EXAMPLE_TEXT ? text : text.substring(0, EXAMPLE_TEXT - 1) + "…";
  }

  private static String decode(byte[] bytes, String source, int line) throws CorpusFormatException {
    try {
      return Utf8.decode(bytes);
    } catch (Utf8.MalformedException e) {
      throw new CorpusFormatException(source, line, e.column(),
          "invalid UTF-8 at byte " + e.byteOffset() + " of the line");
    }
  }
}

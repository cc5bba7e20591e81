package org.framelens.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.framelens.report.Voice;

/**
 * What the aggregator keeps of one group while streaming: the compact rows of its documents by period,
 * frame co-occurrence counts, cue counts and a reservoir of example documents per frame. Memory is
 * {@code O(documents × frames)} bytes for the rows plus {@code O(frames² + cues × frames)} for the rest.
 * Not thread-safe while adding.
 */
final class GroupState {
  /** Cue counts per frame: documents, authorial, attributed, distanced, negated documents, occurrences. */
  static final int DOCUMENTS = 0;
  static final int OCCURRENCES = 5;

  final Map<String, String> values;
  final String label;
  final int frames;
  /** Rows of dated documents by period bucket, in time order. */
  final TreeMap<String, FrameRows> periods = new TreeMap<>();
  /** Rows of documents without a period (all of them without a time field). */
  final FrameRows undated;
  final long[] cooccurrence;
  /** (frame, cue id) packed in a long to the six counts. */
  final Map<Long, long[]> cueCounts = new HashMap<>();
  /** Cue id to occurrences (spans counted once across frames): all, authorial, non-authorial voices. */
  final Map<Integer, long[]> cueVoices = new HashMap<>();
  final List<List<CorpusSummary.Example>> examples;
  final long[] examplesSeen;
  long documents;

  GroupState(Map<String, String> values, int frames) {
    this.values = values;
    this.label = CorpusSummary.label(values);
    this.frames = frames;
    this.undated = new FrameRows(frames);
    this.cooccurrence = new long[frames * frames];
    this.examples = new ArrayList<>(frames);
    for (int f = 0; f < frames; f++) {
      examples.add(new ArrayList<>());
    }
    this.examplesSeen = new long[frames];
  }

  /** The rows of {@code period}, or the undated rows for null. */
  FrameRows rows(String period) {
    return period == null ? undated : periods.computeIfAbsent(period, p -> new FrameRows(frames));
  }

  /** All rows of the group: every period, then the undated. */
  List<FrameRows> allRows() {
    List<FrameRows> all = new ArrayList<>(periods.values());
    all.add(undated);
    return all;
  }

  /** Counts one document: the frames present, its per-frame cue voices and its spans. */
  void add(int[] present, int presentCount, Map<Long, int[]> docCues, Map<Integer, int[]> docSpans) {
    documents++;
    for (int i = 0; i < presentCount; i++) {
      for (int j = 0; j < presentCount; j++) {
        cooccurrence[present[i] * frames + present[j]]++;
      }
    }
    docCues.forEach((key, voiceMaskAndCount) -> {
      long[] c = cueCounts.computeIfAbsent(key, k -> new long[6]);
      c[DOCUMENTS]++;
      for (Voice v : Voice.values()) {
        if ((voiceMaskAndCount[0] & (1 << v.ordinal())) != 0) {
          c[1 + v.ordinal()]++;
        }
      }
      c[OCCURRENCES] += voiceMaskAndCount[1];
    });
    docSpans.forEach((cue, byVoice) -> {
      long[] c = cueVoices.computeIfAbsent(cue, k -> new long[3]);
      for (int i = 0; i < 3; i++) {
        c[i] += byVoice[i];
      }
    });
  }

  /** Offers a document to the frame's example reservoir (algorithm R: a uniform sample of the offers). */
  void offerExample(int frame, int size, SplittableRandom random,
      java.util.function.Supplier<CorpusSummary.Example> example) {
    long seen = ++examplesSeen[frame];
    List<CorpusSummary.Example> kept = examples.get(frame);
    if (kept.size() < size) {
      kept.add(example.get());
    } else if (size > 0) {
      long j = random.nextLong(seen);
      if (j < size) {
        kept.set((int) j, example.get());
      }
    }
  }
}

package org.framelens.voice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.framelens.internal.CueMatcher;
import org.framelens.lexicon.CueEntry;
import org.framelens.lexicon.VoiceLexicon;
import org.framelens.lexicon.VoiceMarker;
import org.framelens.report.Marker;
import org.framelens.report.Voice;
import org.framelens.text.Sentence;
import org.framelens.text.TextPipeline;
import org.framelens.text.Token;

/**
 * Decides in whose voice a framing cue is written, from the voice markers that govern it.
 *
 * <p>A sentence is cut into clauses at the boundaries of the voice lexicon (";", "but", ", and", ...).
 * Each marker governs part of its clause (its scope: the whole clause, what follows, what precedes, or the
 * next few tokens). For a cue, a governing negation makes it {@code negated}; otherwise a governing
 * distancing marker, or short quotation marks around it (scare quotes), make it {@code distanced};
 * otherwise a governing attribution marker, or a longer quotation around it, make it {@code attributed};
 * otherwise it is {@code authorial}. Markers inside the cue itself are ignored. Immutable and thread-safe.
 */
public final class VoiceAnalyzer {
  /** A quotation of at most this many tokens, without a governing attribution, is a scare quote. */
  static final int SCARE_QUOTE_TOKENS = 4;

  /** The voice of one cue and what set it ({@code null} marker for authorial). */
  public record Assignment(Voice voice, Marker marker) {}

  private static final List<VoiceMarker.Type> TYPES = List.of(VoiceMarker.Type.values());
  private static final Comparator<Found> PRIORITY = Comparator
      .comparingInt((Found f) -> f.end - f.start).reversed()
      .thenComparingInt(f -> priority(f.marker.type()))
      .thenComparingInt(f -> f.start);

  private final CueMatcher markers;
  private final CueMatcher boundaries;
  private final Map<CueEntry, VoiceMarker> byEntry;

  private VoiceAnalyzer(CueMatcher markers, CueMatcher boundaries, Map<CueEntry, VoiceMarker> byEntry) {
    this.markers = markers;
    this.boundaries = boundaries;
    this.byEntry = byEntry;
  }

  /** Compiles a marker lexicon for the pipeline of its language. */
  public static VoiceAnalyzer compile(VoiceLexicon lexicon, TextPipeline pipeline) {
    Map<CueEntry, VoiceMarker> byEntry = new IdentityHashMap<>();
    List<CueEntry> entries = new ArrayList<>();
    for (VoiceMarker m : lexicon.markers()) {
      byEntry.put(m.entry(), m);
      entries.add(m.entry());
    }
    List<String> types = TYPES.stream().map(VoiceMarker.Type::fileStem).toList();
    CueMatcher markers = CueMatcher.compile(entries, types, pipeline, new ArrayList<>());
    CueMatcher boundaries = CueMatcher.compile(lexicon.boundaries(), List.of("boundaries"), pipeline,
        new ArrayList<>());
    return new VoiceAnalyzer(markers, boundaries, byEntry);
  }

  /** The voice structure of one sentence of {@code text} (the caller's original string). */
  public SentenceVoice sentence(Sentence sentence, String text) {
    List<Token> tokens = sentence.tokens();
    List<Found> all = resolve(tokens);
    int[] clause = clauses(tokens, all);
    List<Found> found = all.stream().filter(f -> f.marker.type() != VoiceMarker.Type.NEUTRAL).toList();
    List<int[]> quotes = Quotations.find(text, sentence.start(), sentence.end());
    return new SentenceVoice(sentence, text, clause, found, quotes);
  }

  /** Clause number of each token; a boundary inside a neutral marker ("not only ... but also") is no cut. */
  private int[] clauses(List<Token> tokens, List<Found> markers) {
    int[] clause = new int[tokens.size()];
    List<CueMatcher.Match> cuts = boundaries.match(tokens).stream()
        .filter(cut -> markers.stream().noneMatch(m -> m.marker.type() == VoiceMarker.Type.NEUTRAL
            && m.start <= cut.first() && cut.first() < m.end))
        .toList();
    int id = 0;
    int next = 0;
    for (int t = 0; t < tokens.size(); t++) {
      while (next < cuts.size() && cuts.get(next).first() < t) {
        next++;
      }
      if (next < cuts.size() && cuts.get(next).first() == t) {
        id++;
      }
      clause[t] = id;
    }
    return clause;
  }

  /** Markers of all types (neutral included), overlaps resolved across types: longest, then neutral > negation > ... */
  private List<Found> resolve(List<Token> tokens) {
    List<Found> all = new ArrayList<>();
    for (CueMatcher.Match m : markers.match(tokens)) {
      all.add(new Found(m.first(), m.end(), byEntry.get(m.entry())));
    }
    all.sort(PRIORITY);
    List<Found> chosen = new ArrayList<>();
    boolean[] used = new boolean[tokens.size()];
    for (Found f : all) {
      boolean free = true;
      for (int t = f.start; t < f.end && free; t++) {
        free = !used[t];
      }
      if (free) {
        for (int t = f.start; t < f.end; t++) {
          used[t] = true;
        }
        chosen.add(f);
      }
    }
    chosen.sort(Comparator.comparingInt(f -> f.start));
    return chosen;
  }

  private static int priority(VoiceMarker.Type type) {
    return switch (type) {
      case NEUTRAL -> 0;
      case NEGATION -> 1;
      case DISTANCING -> 2;
      case ATTRIBUTION -> 3;
    };
  }

  /** A marker found in a sentence: token range {@code [start, end)}. */
  record Found(int start, int end, VoiceMarker marker) {}
}

package org.framelens.voice;

import java.util.List;
import org.framelens.lexicon.VoiceMarker;
import org.framelens.report.Marker;
import org.framelens.report.Voice;
import org.framelens.text.Sentence;
import org.framelens.text.Token;

/** The clauses, markers and quotations of one sentence; assigns a voice to any cue in it. Single-use. */
public final class SentenceVoice {
  /** How far (in tokens) a negation before an attribution marker may stand and still deny it. */
  static final int NEGATED_ATTRIBUTION_GAP = 15;
  /** How close to the end of the sentence a post-posed attribution stands, and to its comma. */
  static final int POSTPOSED_TAIL = 6;

  private final Sentence sentence;
  private final String text;
  private final int[] clause;
  private final List<VoiceAnalyzer.Found> markers;
  private final List<int[]> quotes;

  SentenceVoice(Sentence sentence, String text, int[] clause, List<VoiceAnalyzer.Found> markers,
      List<int[]> quotes) {
    this.sentence = sentence;
    this.text = text;
    this.clause = clause;
    this.markers = markers;
    this.quotes = quotes;
  }

  /** The voice of the cue spanning tokens {@code [first, end)} of the sentence. */
  public VoiceAnalyzer.Assignment voiceOf(int first, int end) {
    VoiceAnalyzer.Found negation = governing(VoiceMarker.Type.NEGATION, first, end);
    if (negation != null) {
      return assignment(Voice.NEGATED, negation);
    }
    VoiceAnalyzer.Found distancing = governing(VoiceMarker.Type.DISTANCING, first, end);
    if (distancing != null) {
      return assignment(Voice.DISTANCED, distancing);
    }
    int[] quote = quoteAround(first, end);
    boolean shortQuote = quote != null && tokensIn(quote) <= VoiceAnalyzer.SCARE_QUOTE_TOKENS;
    VoiceAnalyzer.Found attribution = governing(VoiceMarker.Type.ATTRIBUTION, first, end);
    if (attribution == null && quote != null && !shortQuote) {
      attribution = speakerOf(quote, first);
    }
    if (attribution != null) {
      VoiceAnalyzer.Found denial = negating(attribution);
      return denial != null ? assignment(Voice.NEGATED, denial) : assignment(Voice.ATTRIBUTED, attribution);
    }
    if (quote != null && headlineSpeaker(quote) >= 0) {
      return quoted(Voice.ATTRIBUTED, quote);
    }
    if (shortQuote) {
      return quoted(Voice.DISTANCED, quote);
    }
    if (quote != null) {
      return quoted(Voice.ATTRIBUTED, quote);
    }
    return new VoiceAnalyzer.Assignment(Voice.AUTHORIAL, null);
  }

  /**
   * The voice of the sentence as a whole, for evidence that spans it (a classifier's): distanced or
   * attributed when such a marker, or a quotation of more than a few words, is anywhere in it; otherwise
   * authorial. Never negated: the classifiers are trained to leave denied frames unflagged.
   */
  public VoiceAnalyzer.Assignment voiceOfSentence() {
    for (VoiceMarker.Type type : List.of(VoiceMarker.Type.DISTANCING, VoiceMarker.Type.ATTRIBUTION)) {
      for (VoiceAnalyzer.Found m : markers) {
        if (m.marker().type() == type) {
          return assignment(type == VoiceMarker.Type.DISTANCING ? Voice.DISTANCED : Voice.ATTRIBUTED, m);
        }
      }
    }
    for (int[] q : quotes) {
      if (tokensIn(q) > VoiceAnalyzer.SCARE_QUOTE_TOKENS) {
        return quoted(Voice.ATTRIBUTED, q);
      }
    }
    return new VoiceAnalyzer.Assignment(Voice.AUTHORIAL, null);
  }

  private VoiceAnalyzer.Found governing(VoiceMarker.Type type, int first, int end) {
    VoiceAnalyzer.Found best = null;
    for (VoiceAnalyzer.Found m : markers) {
      if (m.marker().type() == type && !(m.end() > first && m.start() < end) && governs(m, first, end)) {
        if (best == null || distance(m, first) < distance(best, first)) {
          best = m;
        }
      }
    }
    return best;
  }

  /**
   * The attribution marker outside a quotation that introduces its speaker ("..., the minister told
   * delegates"): clause boundaries inside the quotation do not cut it off from its speaker.
   */
  private VoiceAnalyzer.Found speakerOf(int[] quote, int first) {
    VoiceAnalyzer.Found best = null;
    for (VoiceAnalyzer.Found m : markers) {
      int start = sentence.tokens().get(m.start()).start();
      boolean outside = start < quote[0] || start >= quote[1];
      if (m.marker().type() == VoiceMarker.Type.ATTRIBUTION && outside
          && (best == null || distance(m, first) < distance(best, first))) {
        best = m;
      }
    }
    return best;
  }

  /**
   * A negation before an attribution marker in its clause, not separated from it by punctuation, denies
   * the report itself: "nobody claims that", "not one of the reports describes", "no court has found that".
   */
  private VoiceAnalyzer.Found negating(VoiceAnalyzer.Found attribution) {
    for (VoiceAnalyzer.Found m : markers) {
      if (m.marker().type() == VoiceMarker.Type.NEGATION && m.end() <= attribution.start()
          && clause[m.start()] == clause[attribution.start()]
          && attribution.start() - m.end() <= NEGATED_ATTRIBUTION_GAP
          && !punctuationBetween(m.end(), attribution.start())) {
        return m;
      }
    }
    return null;
  }

  /** Index of the speaker after a quotation in headline style (“...” — Peskov; «...» — министр); -1 if none. */
  private int headlineSpeaker(int[] quote) {
    List<Token> tokens = sentence.tokens();
    if (tokens.isEmpty() || tokens.get(0).end() < quote[0]) {
      return -1; // the quotation must open the sentence
    }
    for (int t = 0; t + 1 < tokens.size(); t++) {
      if (tokens.get(t).start() > quote[1]) {
        String dash = tokens.get(t).form();
        boolean isDash = dash.equals("—") || dash.equals("–") || dash.equals("-") || dash.equals("--");
        int name = t + 1;
        while (isDash && name < tokens.size() && ",—–-".contains(tokens.get(name).form())) {
          name++;
        }
        boolean word = name < tokens.size() && Character.isLetter(text.codePointAt(tokens.get(name).start()));
        return isDash && word ? name : -1;
      }
    }
    return -1;
  }

  private boolean governs(VoiceAnalyzer.Found m, int first, int end) {
    int markerClause = clause[m.start()];
    if (m.marker().type() == VoiceMarker.Type.ATTRIBUTION && isPostposed(m)) {
      return true;
    }
    if (clause[first] != markerClause && clause[end - 1] != markerClause) {
      return false;
    }
    return switch (m.marker().scope()) {
      case CLAUSE -> true;
      case AFTER -> first >= m.end();
      case BEFORE -> end <= m.start();
      case NEXT -> first >= m.end() && first < m.end() + m.marker().reach() && !commaBetween(m.end(), first);
    };
  }

  /**
   * An attribution that closes the sentence after a comma ("..., and Europe pays the price, the minister
   * told the Duma.") reports everything before it, across clause boundaries.
   */
  private boolean isPostposed(VoiceAnalyzer.Found m) {
    List<Token> tokens = sentence.tokens();
    int last = tokens.size() - 1;
    while (last > 0 && isClosingPunctuation(tokens.get(last).form())) {
      last--;
    }
    if (last - m.end() > POSTPOSED_TAIL || clause[m.start()] != clause[last]) {
      return false;
    }
    for (int t = m.start() - 1; t >= Math.max(0, m.start() - POSTPOSED_TAIL); t--) {
      String form = tokens.get(t).form();
      if (form.equals(",") || form.equals("—") || form.equals("–")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isClosingPunctuation(String form) {
    return form.equals(".") || form.equals("!") || form.equals("?") || form.equals("…") || form.equals("...");
  }

  /** Whether a comma, dash, colon or quotation mark separates two tokens: then they are not subject and verb. */
  private boolean punctuationBetween(int from, int to) {
    for (int t = from; t < to; t++) {
      if (",;:—–\"“”«»„".contains(sentence.tokens().get(t).form())) {
        return true;
      }
    }
    return false;
  }

  private boolean commaBetween(int from, int to) {
    for (int t = from; t < to; t++) {
      String form = sentence.tokens().get(t).form();
      if (form.equals(",") || form.equals(";") || form.equals(":")) {
        return true;
      }
    }
    return false;
  }

  private static int distance(VoiceAnalyzer.Found m, int first) {
    return Math.abs(m.start() - first);
  }

  private int[] quoteAround(int first, int end) {
    int start = sentence.tokens().get(first).start();
    int stop = sentence.tokens().get(end - 1).end();
    for (int[] q : quotes) {
      if (q[0] <= start && stop <= q[1]) {
        return q;
      }
    }
    return null;
  }

  /** Tokens inside a quotation (between its marks). */
  private int tokensIn(int[] quote) {
    int n = 0;
    for (Token t : sentence.tokens()) {
      if (t.start() >= quote[0] && t.end() <= quote[1]) {
        n++;
      }
    }
    return n;
  }

  private VoiceAnalyzer.Assignment assignment(Voice voice, VoiceAnalyzer.Found m) {
    int start = sentence.tokens().get(m.start()).start();
    int end = sentence.tokens().get(m.end() - 1).end();
    return new VoiceAnalyzer.Assignment(voice, new Marker(start, end, text.substring(start, end),
        m.marker().entry().pattern()));
  }

  /** The quotation including its marks: {@code quote} holds the span between the marks. */
  private VoiceAnalyzer.Assignment quoted(Voice voice, int[] quote) {
    int start = Math.max(0, quote[0] - 1);
    int end = Math.min(text.length(), quote[1] + 1);
    return new VoiceAnalyzer.Assignment(voice, new Marker(start, end, text.substring(start, end),
        Marker.QUOTATION));
  }
}

package org.framelens.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * Single-use helper of one {@link TextPipeline#sentences} call: turns spans of the normalized text into
 * tokens and sentences with original offsets, folding and stemming each token once (stems are cached).
 */
final class SentenceAssembler {
  private final NormalizedText text;
  private final SnowballStemmer stemmer;
  private final Map<String, String> stems = new HashMap<>();
  private final List<Sentence> sentences = new ArrayList<>();
  private List<Token> current = new ArrayList<>();

  SentenceAssembler(NormalizedText text, SnowballStemmer.ALGORITHM algorithm) {
    this.text = text;
    this.stemmer = new SnowballStemmer(algorithm);
  }

  /** Adds the token at normalized span {@code [start, end)} to the current sentence. */
  void token(int start, int end) {
    String form = TextPipeline.fold(text.text().substring(start, end));
    String stem = stems.computeIfAbsent(form, f -> stemmer.stem(f).toString());
    current.add(new Token(text.toOriginalStart(start), text.toOriginalEnd(end), form, stem));
  }

  /** Closes the current sentence, which spans the normalized range {@code [start, end)}. */
  void endSentence(int start, int end) {
    if (current.isEmpty()) {
      return;
    }
    int index = sentences.size();
    sentences.add(new Sentence(index, text.toOriginalStart(start), text.toOriginalEnd(end), current));
    current = new ArrayList<>();
  }

  List<Sentence> sentences() {
    return sentences;
  }

  static String stem(SnowballStemmer.ALGORITHM algorithm, String form) {
    return new SnowballStemmer(algorithm).stem(form).toString();
  }
}

package org.framelens.text;

import java.util.List;
import java.util.Locale;

/**
 * Sentence detection, tokenization and stemming for one language, with offsets into the original text.
 *
 * <p>Implementations hold only immutable, shareable models and are thread-safe: every call creates its
 * own OpenNLP {@code *ME} objects and stemmer. Empty or blank text gives no sentences.
 */
public interface TextPipeline {

  /** The language this pipeline handles. */
  Language language();

  /** Splits {@code text} into sentences and tokens; all offsets point into {@code text.original()}. */
  List<Sentence> sentences(NormalizedText text);

  /** Tokenizes a short phrase (a lexicon pattern) exactly as running text would be tokenized. */
  List<String> tokenize(String phrase);

  /** The Snowball stem of an already {@linkplain #fold folded} token form. */
  String stem(String form);

  /** Statistical models this pipeline uses: file name to the Maven artifact it comes from (may be empty). */
  java.util.Map<String, String> models();

  /** The pipeline for {@code language}. Models are loaded once per JVM, on first use. */
  static TextPipeline forLanguage(Language language) {
    return switch (language) {
      case ENGLISH -> EnglishPipeline.instance();
      case RUSSIAN -> RussianPipeline.instance();
    };
  }

  /** Case folding used for matching: {@link Locale#ROOT} lower case, with {@code ё} folded to {@code е}. */
  static String fold(String token) {
    String lower = token.toLowerCase(Locale.ROOT);
    return lower.indexOf('ё') < 0 ? lower : lower.replace('ё', 'е');
  }
}

package org.framelens.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.stemmer.snowball.SnowballStemmer;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/** English: OpenNLP 1.3.0 UD-EWT sentence and token models from Maven Central, Snowball English stems. */
final class EnglishPipeline implements TextPipeline {
  static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  static final String TOKEN_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  private static final SnowballStemmer.ALGORITHM STEMMER = SnowballStemmer.ALGORITHM.ENGLISH;

  /** Quotation marks the model may leave attached to a word. */
  private static final String QUOTES = "“”„«»‹›\"";

  private final SentenceModel sentenceModel;
  private final TokenizerModel tokenizerModel;

  private EnglishPipeline(SentenceModel sentenceModel, TokenizerModel tokenizerModel) {
    this.sentenceModel = sentenceModel;
    this.tokenizerModel = tokenizerModel;
  }

  private static final class Holder {
    static final EnglishPipeline INSTANCE =
        new EnglishPipeline(
            load(SENTENCE_MODEL, SentenceModel::new), load(TOKEN_MODEL, TokenizerModel::new));
  }

  static EnglishPipeline instance() {
    return Holder.INSTANCE;
  }

  @Override
  public Language language() {
    return Language.ENGLISH;
  }

  @Override
  public List<Sentence> sentences(NormalizedText text) {
    SentenceDetectorME detector = new SentenceDetectorME(sentenceModel);
    TokenizerME tokenizer = new TokenizerME(tokenizerModel);
    SentenceAssembler out = new SentenceAssembler(text, STEMMER);
    String s = text.text();
    for (int[] block : Blocks.split(s)) {
      String blockText = s.substring(block[0], block[1]);
      for (Span sentence : detector.sentPosDetect(blockText)) {
        int sentStart = block[0] + sentence.getStart();
        int sentEnd = block[0] + sentence.getEnd();
        for (Span token : tokenize(tokenizer, s.substring(sentStart, sentEnd))) {
          splitInner(s, sentStart + token.getStart(), sentStart + token.getEnd(), out::token);
        }
        out.endSentence(sentStart, sentEnd);
      }
    }
    return out.sentences();
  }

  @Override
  public List<String> tokenize(String phrase) {
    List<String> tokens = new ArrayList<>();
    for (Span token : tokenize(new TokenizerME(tokenizerModel), phrase)) {
      splitInner(phrase, token.getStart(), token.getEnd(), (a, b) -> tokens.add(phrase.substring(a, b)));
    }
    return tokens;
  }

  /**
   * Tokenizes like {@link TokenizerME#tokenizePos} with OpenNLP's alphanumeric optimization, which this
   * model does not switch on: a whitespace-separated chunk of letters and digits only is one token, and
   * only chunks with punctuation go through the statistical model. Same tokens for text and patterns,
   * about three times faster.
   */
  static List<Span> tokenize(TokenizerME tokenizer, String text) {
    List<Span> spans = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int start = i;
      boolean alphanumeric = true;
      while (i < n && !Character.isWhitespace(text.charAt(i))) {
        alphanumeric &= Character.isLetterOrDigit(text.charAt(i));
        i++;
      }
      if (start == i) {
        break;
      }
      if (alphanumeric || i - start == 1) {
        spans.add(new Span(start, i));
      } else {
        for (Span t : tokenizer.tokenizePos(text.substring(start, i))) {
          spans.add(new Span(start + t.getStart(), start + t.getEnd()));
        }
      }
    }
    return spans;
  }

  /**
   * Splits what the model keeps together but lexicons and evidence need apart, the same way in text and
   * in patterns: inner hyphens (the model writes "self - reliance" here and "multi-polar" there), so that
   * {@code self-reliance} is {@code self}, {@code -}, {@code reliance}. Quotation marks attached to a word
   * become tokens of their own (“Russophobia” is three tokens). A possessive {@code 's} or
   * {@code '} after a word is dropped: it carries no framing, "NATO's expansion" matches the cue
   * {@code nato expansion}, and evidence ends at "NATO".
   */
  static void splitInner(String s, int start, int end, IntBiConsumer out) {
    while (end - start > 1 && QUOTES.indexOf(s.charAt(start)) >= 0) {
      out.accept(start, start + 1); // the model keeps typographic quotes on words: “Russophobia”
      start++;
    }
    int closing = end;
    while (closing - start > 1 && QUOTES.indexOf(s.charAt(closing - 1)) >= 0) {
      closing--;
    }
    if (closing < end) {
      splitInner(s, start, closing, out);
      for (int q = closing; q < end; q++) {
        out.accept(q, q + 1);
      }
      return;
    }
    int wordEnd = end;
    if (end - start > 2 && s.startsWith("'s", end - 2) && Character.isLetterOrDigit(s.charAt(end - 3))) {
      wordEnd = end - 2;
    } else if (end - start > 1 && s.charAt(end - 1) == '\'' && Character.isLetter(s.charAt(end - 2))) {
      wordEnd = end - 1;
    }
    int from = start;
    for (int i = start + 1; i < wordEnd - 1; i++) {
      if (s.charAt(i) == '-' && Character.isLetterOrDigit(s.charAt(i - 1))
          && Character.isLetterOrDigit(s.charAt(i + 1))) {
        out.accept(from, i);
        out.accept(i, i + 1);
        from = i + 1;
      }
    }
    out.accept(from, wordEnd);
  }

  /** Receives a token span. */
  @FunctionalInterface
  interface IntBiConsumer {
    void accept(int start, int end);
  }

  @Override
  public String stem(String form) {
    return SentenceAssembler.stem(STEMMER, form);
  }

  @Override
  public java.util.Map<String, String> models() {
    return java.util.Map.of(
        SENTENCE_MODEL, "org.apache.opennlp:opennlp-models-sentdetect-en:1.3.0",
        TOKEN_MODEL, "org.apache.opennlp:opennlp-models-tokenizer-en:1.3.0");
  }

  private interface ModelReader<T> {
    T read(InputStream in) throws IOException;
  }

  private static <T> T load(String resource, ModelReader<T> reader) {
    try (InputStream in = EnglishPipeline.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "OpenNLP model " + resource + " is not on the class path (Maven artifact missing?)");
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
    }
  }
}

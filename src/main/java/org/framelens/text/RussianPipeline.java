package org.framelens.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * Russian: rule-based sentence splitting and tokenization (no OpenNLP Russian models are published),
 * Snowball Russian stems.
 *
 * <p>A sentence ends at {@code . ! ? …} (and runs of them), after any closing quotes or brackets, when the
 * next token starts a sentence (an upper-case letter, a digit, an opening quote or a dash) and the word
 * before the full stop is neither a known abbreviation ({@code т.е., г., гг., млн., ул.}) nor a single letter
 * (an initial, as in {@code В. Путин}).
 */
final class RussianPipeline implements TextPipeline {
  private static final SnowballStemmer.ALGORITHM STEMMER = SnowballStemmer.ALGORITHM.RUSSIAN;
  private static final RussianPipeline INSTANCE = new RussianPipeline();

  static final Set<String> ABBREVIATIONS =
      Set.of(
          "т", "е", "к", "д", "п", "г", "гг", "в", "вв", "им", "ул", "пр", "пр-т", "просп", "др", "см",
          "стр", "млн", "млрд", "трлн", "тыс", "руб", "долл", "проф", "акад", "ген", "рис", "табл",
          "напр", "англ", "нем", "франц", "обл", "р-н", "пос", "дер", "с", "ст", "гос", "зам", "тов",
          "мин", "сек", "кв", "корп", "эт", "ок", "ред", "изд", "прим", "гл");
  private static final String TERMINALS = ".!?…";
  private static final String CLOSERS = "»\"”)]'’";
  private static final String OPENERS = "«\"“([—–-";

  private RussianPipeline() {}

  static RussianPipeline instance() {
    return INSTANCE;
  }

  @Override
  public Language language() {
    return Language.RUSSIAN;
  }

  @Override
  public List<Sentence> sentences(NormalizedText text) {
    SentenceAssembler out = new SentenceAssembler(text, STEMMER);
    String s = text.text();
    for (int[] block : Blocks.split(s)) {
      List<int[]> tokens = RuleTokenizer.tokenize(s, block[0], block[1]);
      int sentStart = 0;
      for (int t = 0; t < tokens.size(); t++) {
        int[] tok = tokens.get(t);
        out.token(tok[0], tok[1]);
        int last = t;
        if (isTerminal(s, tok) && !isAbbreviation(s, tokens, t)) {
          while (last + 1 < tokens.size() && isCloser(s, tokens.get(last + 1))) {
            last++;
            out.token(tokens.get(last)[0], tokens.get(last)[1]);
          }
          if (last + 1 == tokens.size() || startsSentence(s, tokens, last + 1)) {
            out.endSentence(tokens.get(sentStart)[0], tokens.get(last)[1]);
            sentStart = last + 1;
          }
        }
        t = last;
      }
      if (sentStart < tokens.size()) {
        out.endSentence(tokens.get(sentStart)[0], tokens.get(tokens.size() - 1)[1]);
      }
    }
    return out.sentences();
  }

  private static boolean isTerminal(String s, int[] tok) {
    for (int i = tok[0]; i < tok[1]; i++) {
      if (TERMINALS.indexOf(s.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean isCloser(String s, int[] tok) {
    return tok[1] - tok[0] == 1 && CLOSERS.indexOf(s.charAt(tok[0])) >= 0;
  }

  /**
   * Whether token {@code k} starts a sentence. A dash followed by a lower-case word continues the
   * sentence: it introduces the speaker of the quotation before it («Мы не отступим!» — заявил министр).
   */
  private static boolean startsSentence(String s, List<int[]> tokens, int k) {
    int[] tok = tokens.get(k);
    int cp = s.codePointAt(tok[0]);
    if ((cp == '—' || cp == '–' || cp == '-') && k + 1 < tokens.size()) {
      return !Character.isLowerCase(s.codePointAt(tokens.get(k + 1)[0]));
    }
    return Character.isUpperCase(cp) || Character.isDigit(cp) || OPENERS.indexOf(cp) >= 0;
  }

  /** A full stop after an abbreviation or an initial does not end the sentence. */
  private static boolean isAbbreviation(String s, List<int[]> tokens, int t) {
    if (t == 0 || !".".equals(s.substring(tokens.get(t)[0], tokens.get(t)[1]))) {
      return false;
    }
    int[] prev = tokens.get(t - 1);
    if (prev[1] != tokens.get(t)[0]) {
      return false; // "слово ." with a space is not an abbreviation
    }
    String word = s.substring(prev[0], prev[1]);
    if (word.codePointCount(0, word.length()) == 1 && Character.isLetter(word.codePointAt(0))) {
      return true;
    }
    return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }

  @Override
  public List<String> tokenize(String phrase) {
    List<String> out = new ArrayList<>();
    for (int[] span : RuleTokenizer.tokenize(phrase, 0, phrase.length())) {
      out.add(phrase.substring(span[0], span[1]));
    }
    return out;
  }

  @Override
  public java.util.Map<String, String> models() {
    return java.util.Map.of();
  }

  @Override
  public String stem(String form) {
    return SentenceAssembler.stem(STEMMER, form);
  }
}

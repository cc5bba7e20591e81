package org.framelens.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.framelens.lexicon.VoiceLexicon;
import org.framelens.report.Voice;
import org.framelens.text.Language;
import org.framelens.text.Normalizer;
import org.framelens.text.Sentence;
import org.framelens.text.TextPipeline;
import org.framelens.text.Token;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Voice of a cue (the words between [ and ]) in one sentence, for the hard cases of scope. */
class VoiceAnalyzerTest {
  private static VoiceAnalyzer.Assignment voiceOf(Language lang, String marked) {
    int open = marked.indexOf('[');
    int close = marked.indexOf(']');
    String text = marked.substring(0, open) + marked.substring(open + 1, close) + marked.substring(close + 1);
    int cueStart = open;
    int cueEnd = close - 1;
    TextPipeline pipeline = TextPipeline.forLanguage(lang);
    List<Sentence> sentences = pipeline.sentences(Normalizer.normalize(text));
    assertThat(sentences).as("one sentence: %s", text).hasSize(1);
    Sentence s = sentences.get(0);
    int first = -1;
    int end = -1;
    for (int t = 0; t < s.tokens().size(); t++) {
      Token token = s.tokens().get(t);
      if (token.start() == cueStart) {
        first = t;
      }
      if (token.end() == cueEnd) {
        end = t + 1;
      }
    }
    assertThat(first).as("cue start on a token boundary in %s", text).isNotNegative();
    assertThat(end).as("cue end on a token boundary in %s", text).isPositive();
    VoiceAnalyzer analyzer = VoiceAnalyzer.compile(VoiceLexicon.builtIn(lang), pipeline);
    VoiceAnalyzer.Assignment a = analyzer.sentence(s, text).voiceOf(first, end);
    if (a.marker() != null) {
      assertThat(text.substring(a.marker().start(), a.marker().end())).isEqualTo(a.marker().text());
    }
    return a;
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "The war is a response to [Western aggression].                                  | AUTHORIAL",
    "Moscow describes the war as a response to [Western aggression].                 | ATTRIBUTED",
    "According to the Kremlin, the war answers [Western aggression].                 | ATTRIBUTED",
    "[NATO expansion] threatens Russia, the minister said.                           | ATTRIBUTED",
    "The paper reported that the minister claimed [NATO expansion] was a threat.     | ATTRIBUTED",
    "Such drills are seen as a response to [NATO expansion].                         | ATTRIBUTED",
    "“[NATO expansion] is a direct threat to our security,” the minister.            | ATTRIBUTED",
    "The minister spoke about trade, but [NATO expansion] remains the real threat.   | AUTHORIAL",
    "The so-called [Western aggression] is a Kremlin invention.                      | DISTANCED",
    "Officials keep repeating what they describe as [Western hegemony].              | DISTANCED",
    "The talk of a “[multipolar world]” hides old ambitions.                         | DISTANCED",
    "It fits the narrative of [resilience] the Kremlin has built.                    | DISTANCED",
    "There is no evidence of [Western aggression] against Russia.                    | NEGATED",
    "Nobody seriously claims that [NATO expansion] threatens Russia.                 | NEGATED",
    "The claim of [NATO encirclement] is false.                                      | NEGATED",
    "Experts have debunked the idea of [Western aggression].                         | NEGATED",
    "Talks did not resume, and [NATO expansion] continues.                           | AUTHORIAL",
    "These efforts are not only defensive but also counter [Western hegemony].       | AUTHORIAL",
    "Russia will never give up its [sovereignty].                                    | AUTHORIAL",
  })
  void voiceOf_english(String sentence, Voice expected) {
    assertThat(voiceOf(Language.ENGLISH, sentence.strip()).voice()).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "[Расширение НАТО] угрожает России.                                 | AUTHORIAL",
    "По словам министра, [расширение НАТО] угрожает России.             | ATTRIBUTED",
    "[Расширение НАТО] угрожает России, заявил министр.                 | ATTRIBUTED",
    "«[Расширение НАТО] — прямая угроза нашей безопасности», — заявил министр. | ATTRIBUTED",
    "Так называемая [агрессия Запада] давно стала штампом.              | DISTANCED",
    "НАТО якобы готовит [расширение НАТО] на восток.                    | DISTANCED",
    "Нет никаких доказательств [агрессии Запада] против России.         | NEGATED",
    "Никто не утверждает, что [расширение НАТО] угрожает России.        | NEGATED",
    "Министр говорил о торговле, но [расширение НАТО] остаётся угрозой. | AUTHORIAL",
    "Россия не позволит посягать на свой [суверенитет].                 | AUTHORIAL",
  })
  void voiceOf_russian(String sentence, Voice expected) {
    assertThat(voiceOf(Language.RUSSIAN, sentence.strip()).voice()).isEqualTo(expected);
  }
}

package org.framelens.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.framelens.FramingAnalyzer;
import org.framelens.internal.CueMatcher;
import org.framelens.lexicon.Frame;
import org.framelens.lexicon.Taxonomy;
import org.framelens.lexicon.VoiceLexicon;
import org.framelens.text.Language;
import org.framelens.text.NormalizedText;
import org.framelens.text.Normalizer;
import org.framelens.text.Sentence;
import org.framelens.text.TextPipeline;
import org.framelens.voice.VoiceAnalyzer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * End-to-end analysis (lexicon and hybrid mode) and each stage on its own, over the same
 * {@link #CORPUS_CHARS}-character corpus per language (about 80 articles); one operation processes the whole
 * corpus. The stage benchmarks do not depend on the mode.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class AnalyzeBenchmark {
  static final int CORPUS_CHARS = 200_000;

  @Param({"en", "ru"})
  public String lang;

  @Param({"lexicon", "hybrid"})
  public String mode;

  List<String> docs;
  FramingAnalyzer analyzer;
  TextPipeline pipeline;
  List<NormalizedText> normalized;
  List<List<Sentence>> sentences;
  CueMatcher matcher;
  VoiceAnalyzer voice;

  @Setup
  public void setUp() {
    docs = Corpus.documents(lang, CORPUS_CHARS);
    Language language = Language.forCode(lang).orElseThrow();
    analyzer = FramingAnalyzer.builder().mode(org.framelens.Mode.valueOf(mode.toUpperCase(java.util.Locale.ROOT)))
        .language(language).build();
    pipeline = TextPipeline.forLanguage(language);
    normalized = docs.stream().map(Normalizer::normalize).toList();
    sentences = normalized.stream().map(pipeline::sentences).toList();
    Taxonomy t = analyzer.taxonomy();
    matcher = CueMatcher.compile(t.cues(language), t.frames().stream().map(Frame::id).toList(), pipeline,
        new java.util.ArrayList<>());
    voice = VoiceAnalyzer.compile(VoiceLexicon.builtIn(language), pipeline);
  }

  @Benchmark
  public void analyze(Blackhole bh) {
    for (String d : docs) {
      bh.consume(analyzer.analyze(d));
    }
  }

  @Benchmark
  public void stage1_normalize(Blackhole bh) {
    for (String d : docs) {
      bh.consume(Normalizer.normalize(d));
    }
  }

  @Benchmark
  public void stage2_splitTokenizeStem(Blackhole bh) {
    for (NormalizedText n : normalized) {
      bh.consume(pipeline.sentences(n));
    }
  }

  @Benchmark
  public void stage3_matchCues(Blackhole bh) {
    for (List<Sentence> doc : sentences) {
      for (Sentence s : doc) {
        bh.consume(matcher.match(s.tokens()));
      }
    }
  }

  @Benchmark
  public void stage4_voice(Blackhole bh) {
    for (int d = 0; d < docs.size(); d++) {
      for (Sentence s : sentences.get(d)) {
        if (!s.tokens().isEmpty()) {
          bh.consume(voice.sentence(s, docs.get(d)).voiceOf(0, 1));
        }
      }
    }
  }
}

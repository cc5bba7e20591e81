package org.framelens.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.framelens.internal.CueMatcher;
import org.framelens.lexicon.CueEntry;
import org.framelens.lexicon.Taxonomy;
import org.framelens.text.Language;
import org.framelens.text.Normalizer;
import org.framelens.text.Sentence;
import org.framelens.text.TextPipeline;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Multi-pattern cue matching with 10,000 entries over the same ~100 KB of English news text: the framelens
 * token trie (on pre-tokenized sentences, and including tokenization and stemming) against a
 * java.util.regex scan per entry, org.ahocorasick and the hankcs double-array Aho-Corasick trie. The
 * baselines match exact lower-cased strings, which is all they can do; framelens matches stems, prefixes
 * and exact forms. Throughput: MB/s = ops/s × {@link #TEXT_CHARS}-sized text (see RESULTS.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class MatchBenchmark {
  static final int ENTRIES = 10_000;
  static final int TEXT_CHARS = 100_000;

  String text;
  String lower;
  List<String> phrases;
  List<Sentence> sentences;
  CueMatcher matcher;
  TextPipeline pipeline;
  List<Pattern> regexes;
  org.ahocorasick.trie.Trie ahoCorasick;
  com.hankcs.algorithm.AhoCorasickDoubleArrayTrie<String> doubleArray;

  @Setup
  public void setUp() {
    text = String.join(" ", Corpus.documents("en", TEXT_CHARS)).substring(0, TEXT_CHARS);
    lower = text.toLowerCase(Locale.ROOT);
    pipeline = TextPipeline.forLanguage(Language.ENGLISH);
    phrases = phrases(text, pipeline);
    List<String> frames = List.of("f0", "f1", "f2", "f3", "f4", "f5", "f6", "f7", "f8", "f9");
    List<CueEntry> entries = new ArrayList<>();
    for (int i = 0; i < phrases.size(); i++) {
      entries.add(new CueEntry(frames.get(i % 10), Language.ENGLISH, phrases.get(i), 0.5, false, "", "bench", i + 1));
    }
    matcher = CueMatcher.compile(entries, frames, pipeline, new ArrayList<>());
    sentences = pipeline.sentences(Normalizer.normalize(text));
    regexes = new ArrayList<>();
    for (String p : phrases) {
      regexes.add(Pattern.compile("\\b" + Pattern.quote(p) + "\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }
    ahoCorasick = org.ahocorasick.trie.Trie.builder().ignoreCase().onlyWholeWords().addKeywords(phrases).build();
    TreeMap<String, String> map = new TreeMap<>();
    phrases.forEach(p -> map.put(p, p));
    doubleArray = new com.hankcs.algorithm.AhoCorasickDoubleArrayTrie<>();
    doubleArray.build(map);
  }

  /**
   * 10,000 distinct entries: every plain pattern of the English lexicons (wildcards and exact marks
   * removed), filled up with word n-grams of the text itself, so that all engines see the same strings.
   */
  static List<String> phrases(String text, TextPipeline pipeline) {
    Set<String> out = new LinkedHashSet<>();
    for (CueEntry e : Taxonomy.defaultTaxonomy().cues(Language.ENGLISH)) {
      out.add(e.pattern().replace("*", "").replace("=", "").toLowerCase(Locale.ROOT).strip());
    }
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
    for (int n = 2; out.size() < ENTRIES && n <= 4; n++) {
      for (int i = 0; i + n <= words.length && out.size() < ENTRIES; i += 3) {
        out.add(String.join(" ", java.util.Arrays.asList(words).subList(i, i + n)));
      }
    }
    out.removeIf(String::isBlank);
    return new ArrayList<>(out).subList(0, Math.min(ENTRIES, out.size()));
  }

  @Benchmark
  public void framelensTrie_preTokenized(Blackhole bh) {
    for (Sentence s : sentences) {
      bh.consume(matcher.match(s.tokens()));
    }
  }

  @Benchmark
  public void framelensTrie_withTokenizing(Blackhole bh) {
    for (Sentence s : pipeline.sentences(Normalizer.normalize(text))) {
      bh.consume(matcher.match(s.tokens()));
    }
  }

  @Benchmark
  public void baselineRegexPerEntry(Blackhole bh) {
    int hits = 0;
    for (Pattern p : regexes) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        hits++;
      }
    }
    bh.consume(hits);
  }

  @Benchmark
  public void baselineAhoCorasick(Blackhole bh) {
    bh.consume(ahoCorasick.parseText(text));
  }

  @Benchmark
  public void baselineDoubleArrayTrie(Blackhole bh) {
    bh.consume(doubleArray.parseText(lower));
  }

  static double megabytes() {
    return TEXT_CHARS / 1e6;
  }

  static int utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }
}

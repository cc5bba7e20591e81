package org.framelens;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.framelens.classify.Features;
import org.framelens.classify.FrameClassifier;
import org.framelens.internal.CueMatcher;
import org.framelens.lexicon.CueEntry;
import org.framelens.lexicon.VoiceLexicon;
import org.framelens.report.Evidence;
import org.framelens.report.EvidenceSource;
import org.framelens.text.Language;
import org.framelens.text.Sentence;
import org.framelens.text.TextPipeline;
import org.framelens.text.Token;
import org.framelens.voice.SentenceVoice;
import org.framelens.voice.VoiceAnalyzer;

/**
 * Everything an analyzer holds for one language: the pipeline, the compiled cue and target tries, the
 * voice analyzer and, when there are models, the sentence classifiers. Immutable and thread-safe.
 */
final class LanguageModels {
  /** The {@code cue} of classifier evidence. */
  static final String CLASSIFIER_CUE = "opennlp-doccat";

  final Language language;
  final TextPipeline pipeline;
  private final CueMatcher cues;
  private final CueMatcher targets;
  private final VoiceAnalyzer voice;
  final String voiceSha256;
  final Optional<FrameClassifier> classifier;

  LanguageModels(Language language, List<CueEntry> cueEntries, List<CueEntry> targetEntries, List<String> frameIds,
      Optional<FrameClassifier> classifier) {
    this.language = language;
    this.pipeline = TextPipeline.forLanguage(language);
    this.cues = CueMatcher.compile(cueEntries, frameIds, pipeline, new ArrayList<>());
    List<String> groups = targetEntries.stream().map(CueEntry::frame).distinct().sorted().toList();
    this.targets = targetEntries.isEmpty() ? null
        : CueMatcher.compile(targetEntries, groups, pipeline, new ArrayList<>());
    VoiceLexicon lexicon = VoiceLexicon.builtIn(language);
    this.voice = VoiceAnalyzer.compile(lexicon, pipeline);
    this.voiceSha256 = lexicon.sha256();
    this.classifier = classifier;
  }

  /** Cue matches of a sentence, context constraints applied. */
  List<CueMatcher.Match> matches(List<Token> tokens) {
    Set<String> groups = targets == null ? Set.of() : targets.match(tokens).stream()
        .map(m -> m.entry().frame()).collect(Collectors.toSet());
    Predicate<CueEntry> allowed = e -> e.requires().isEmpty() || e.requires().stream().anyMatch(groups::contains);
    return cues.match(tokens, allowed);
  }

  /** Classifier features of a whole text (all its sentences), for training. */
  String[] features(List<Sentence> sentences) {
    List<String> all = new ArrayList<>();
    for (Sentence s : sentences) {
      for (String f : Features.of(s.tokens(), cueFrames(matches(s.tokens())))) {
        all.add(f);
      }
    }
    return all.toArray(String[]::new);
  }

  /**
   * Evidence of every frame in {@code sentences}: lexicon matches (unless {@code lexicon} is off) and, with
   * {@code classify}, every sentence the classifier flags for a frame (the sentence span, weighted by the
   * calibrated probability), so that the sentence score fuses both sources by noisy-or.
   */
  Map<String, List<Evidence>> evidence(String text, List<Sentence> sentences, boolean lexicon, boolean classify) {
    Map<String, List<Evidence>> evidence = new HashMap<>();
    FrameClassifier.Scorer scorer = classify ? classifier.orElseThrow().scorer() : null;
    for (Sentence sentence : sentences) {
      List<Token> tokens = sentence.tokens();
      List<CueMatcher.Match> matches = matches(tokens);
      Set<String> cueFrames = cueFrames(matches);
      SentenceVoice voices = null;
      if (lexicon) {
        for (CueMatcher.Match m : matches) {
          voices = voices == null ? voice.sentence(sentence, text) : voices;
          int start = tokens.get(m.first()).start();
          int end = tokens.get(m.end() - 1).end();
          VoiceAnalyzer.Assignment v = voices.voiceOf(m.first(), m.end());
          evidence.computeIfAbsent(m.entry().frame(), k -> new ArrayList<>())
              .add(new Evidence(start, end, text.substring(start, end), sentence.index(), m.entry().pattern(),
                  EvidenceSource.LEXICON, m.entry().weight(), v.voice(), v.marker()));
        }
      }
      if (scorer != null && !tokens.isEmpty()) {
        double[] p = scorer.probabilities(Features.of(tokens, cueFrames));
        List<String> frames = classifier.get().frames();
        for (int f = 0; f < p.length; f++) {
          double weight = classifierWeight(p[f], classifier.get().threshold());
          if (weight > 0) {
            voices = voices == null ? voice.sentence(sentence, text) : voices;
            VoiceAnalyzer.Assignment v = voices.voiceOfSentence();
            evidence.computeIfAbsent(frames.get(f), k -> new ArrayList<>())
                .add(new Evidence(sentence.start(), sentence.end(), text.substring(sentence.start(), sentence.end()),
                    sentence.index(), CLASSIFIER_CUE, EvidenceSource.CLASSIFIER, weight, v.voice(), v.marker()));
          }
        }
      }
    }
    evidence.values().forEach(list -> list.sort(java.util.Comparator.comparingInt(Evidence::start)));
    return evidence;
  }

  /**
   * The weight of classifier evidence: the calibrated probability, rescaled so that the decision threshold
   * fitted on the development split maps to 0.5 (a sentence at the threshold makes the frame present on its
   * own) and 1 stays 1; 0 below the threshold.
   */
  static double classifierWeight(double p, double threshold) {
    if (p < threshold) {
      return 0;
    }
    double w = 0.5 + 0.5 * (p - threshold) / Math.max(1e-9, 1 - threshold);
    return Math.max(1e-4, Math.min(1, Math.round(w * 10_000) / 10_000.0));
  }

  private static Set<String> cueFrames(List<CueMatcher.Match> matches) {
    Set<String> frames = new LinkedHashSet<>();
    matches.forEach(m -> frames.add(m.entry().frame()));
    return frames;
  }
}

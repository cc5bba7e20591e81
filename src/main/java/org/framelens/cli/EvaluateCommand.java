package org.framelens.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.framelens.CorpusFormatException;
import org.framelens.Document;
import org.framelens.FramingAnalyzer;
import org.framelens.corpus.Evaluation;
import org.framelens.corpus.JsonlReader;
import org.framelens.corpus.Semeval;
import org.framelens.corpus.VoiceEvaluation;
import org.framelens.report.Voice;
import org.framelens.text.Obfuscation;
import org.framelens.lexicon.Frame;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code framelens evaluate}: precision, recall and F1 of present frames against gold labels. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = "Compare the frames found present with gold labels: precision, recall and F1 per frame, "
        + "micro and macro averages (Markdown table); or, with --voice-gold, the voice of the evidence with "
        + "gold voices.")
final class EvaluateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  AnalyzerOptions options;

  @Option(names = "--gold", paramLabel = "GOLD.jsonl",
      description = "JSONL documents with \"labels\": [frame ids a careful coder marked as invoked].")
  Path gold;

  @Option(names = "--voice-gold", paramLabel = "VOICE.jsonl",
      description = "JSONL items with \"frame\", \"cue\" (the cue words as in the text) and \"voice\": "
          + "reports the voice accuracy of the evidence on those words.")
  Path voiceGold;

  @Option(names = "--semeval", paramLabel = "DIR",
      description = "A directory in the layout of SemEval-2025 Task 10 subtask 2 (raw-documents/ or "
          + "subtask-2-documents/, and subtask-2-annotations.txt): prints the task's samples-F1, coarse and fine.")
  Path semeval;

  @Option(names = "--predictions", paramLabel = "FILE",
      description = "With --semeval: score these predictions (the task's format, e.g. from batch --format semeval) "
          + "instead of analysing the articles.")
  Path predictions;

  @Option(names = "--write-predictions", paramLabel = "FILE",
      description = "With --semeval: also write the predictions in the task's format.")
  Path writePredictions;

  @Option(names = "--obfuscate", paramLabel = "SEED",
      description = "Obfuscate every text first (homoglyphs from the other alphabet, zero-width characters and "
          + "soft hyphens inside words, deterministic for the seed) to measure robustness.")
  Long obfuscate;

  @Option(names = "--reliability",
      description = "Also print the reliability of classifier evidence: per weight bin, the share of flagged "
          + "sentences whose gold labels hold the frame.")
  boolean reliability;

  @Override
  public Integer call() throws Exception {
    if (java.util.stream.Stream.of(gold, voiceGold, semeval).filter(java.util.Objects::nonNull).count() != 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "give exactly one of --gold, --voice-gold, --semeval");
    }
    if (semeval == null && (predictions != null || writePredictions != null)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--predictions and --write-predictions go with --semeval");
    }
    if (semeval != null) {
      return evaluateSemeval();
    }
    FramingAnalyzer analyzer = options.build();
    if (voiceGold != null) {
      return evaluateVoice(analyzer);
    }
    Evaluation evaluation = new Evaluation(analyzer.taxonomy().frames().stream().map(Frame::id).toList());
    Reliability bins = new Reliability();
    String source = gold.toString();
    try (InputStream in = Files.newInputStream(gold); JsonlReader reader = new JsonlReader(source, in, options.replaceInvalidUtf8())) {
      for (Optional<Document> d = reader.next(); d.isPresent(); d = reader.next()) {
        // a subnarrative's label implies its narrative
        Set<String> labels = analyzer.taxonomy().withAncestors(JsonlReader.labels(d.get(), source, reader.line()));
        try {
          org.framelens.report.FramingReport report = analyzer.analyze(obfuscated(d.get()));
          evaluation.add(report, labels);
          bins.add(report, labels);
        } catch (IllegalArgumentException e) {
          throw new CorpusFormatException(source, reader.line(), 0, e.getMessage());
        }
      }
    }
    Evaluation.Result result = evaluation.result();
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "%d documents, taxonomy %s %s, mode %s (evidence: %s)%s%n%n", result.documents(),
        analyzer.taxonomy().id(), analyzer.taxonomy().version(), analyzer.mode().value(),
        evidenceKinds(analyzer), obfuscate == null ? "" : ", texts obfuscated (seed " + obfuscate + ")");
    out.print(result.toMarkdown());
    if (reliability) {
      out.println();
      out.print(bins.toMarkdown());
    }
    return 0;
  }

  private int evaluateSemeval() throws Exception {
    Path annotations = semeval.resolve(Semeval.ANNOTATIONS);
    if (!Files.isRegularFile(annotations)) {
      throw new CorpusFormatException(annotations.toString(), 0, 0, "no gold annotations: file missing");
    }
    Map<String, Semeval.Labels> goldLabels = Semeval.readLabels(annotations);
    Map<String, Semeval.Labels> predicted = new LinkedHashMap<>();
    String how;
    if (predictions != null) {
      predicted.putAll(Semeval.readLabels(predictions));
      how = "predictions " + predictions;
    } else {
      FramingAnalyzer analyzer = options.build();
      how = "taxonomy " + analyzer.taxonomy().id() + " " + analyzer.taxonomy().version() + ", mode "
          + analyzer.mode().value() + " (evidence: " + evidenceKinds(analyzer) + ")";
      for (Semeval.Article a : Semeval.articles(semeval)) {
        String text = options.readText(a.path());
        Document d = obfuscated(new Document(a.file(), text, null, Map.of()));
        predicted.put(a.file(), Semeval.predicted(analyzer.analyze(d), analyzer.taxonomy()));
      }
    }
    if (writePredictions != null) {
      try (java.io.Writer w = Files.newBufferedWriter(writePredictions)) {
        for (Map.Entry<String, Semeval.Labels> e : predicted.entrySet()) {
          w.write(e.getValue().line(e.getKey()));
          w.write('\n');
        }
      }
    }
    Semeval.SamplesF1 metric = new Semeval.SamplesF1();
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, Semeval.Labels> e : goldLabels.entrySet()) {
      Semeval.Labels p = predicted.get(e.getKey());
      if (p == null) {
        missing.add(e.getKey());
      } else {
        metric.add(e.getValue(), p);
      }
    }
    if (!missing.isEmpty()) {
      throw new CorpusFormatException(predictions != null ? predictions.toString() : semeval.toString(), 0, 0,
          missing.size() + " annotated documents have no prediction, e.g. " + missing.get(0));
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "SemEval-2025 Task 10 subtask 2: %s, %s%s%n%n", semeval, how,
        obfuscate == null ? "" : ", texts obfuscated (seed " + obfuscate + ")");
    out.print(metric.toMarkdown());
    return 0;
  }

  /** Classifier evidence by weight bin: how often the flagged frame is in the gold labels. */
  static final class Reliability {
    private final int[] flagged = new int[5];
    private final int[] right = new int[5];
    private final double[] weights = new double[5];

    void add(org.framelens.report.FramingReport report, Set<String> labels) {
      for (org.framelens.report.FrameScore f : report.frames()) {
        for (org.framelens.report.Evidence e : f.evidence()) {
          if (e.source() == org.framelens.report.EvidenceSource.CLASSIFIER) {
            int bin = Math.min(4, (int) ((e.weight() - 0.5) * 10));
            flagged[bin]++;
            weights[bin] += e.weight();
            right[bin] += labels.contains(f.id()) ? 1 : 0;
          }
        }
      }
    }

    String toMarkdown() {
      StringBuilder b = new StringBuilder("| classifier weight | sentences | mean weight | share with the frame in gold |\n");
      b.append("|---|---:|---:|---:|\n");
      for (int i = 0; i < 5; i++) {
        b.append(String.format(Locale.ROOT, "| %.1f–%.1f | %d | %s | %s |%n", 0.5 + i / 10.0, 0.6 + i / 10.0,
            flagged[i], flagged[i] == 0 ? "-" : String.format(Locale.ROOT, "%.3f", weights[i] / flagged[i]),
            flagged[i] == 0 ? "-" : String.format(Locale.ROOT, "%.3f", right[i] / (double) flagged[i])));
      }
      return b.toString();
    }
  }

  private static String evidenceKinds(FramingAnalyzer analyzer) {
    return java.util.Arrays.stream(org.framelens.text.Language.values())
        .filter(l -> analyzer.taxonomy().languages().contains(l))
        .map(l -> l.code() + " " + analyzer.effectiveMode(l).value())
        .collect(java.util.stream.Collectors.joining(", "));
  }

  private Document obfuscated(Document d) {
    return obfuscate == null ? d
        : new Document(d.id(), Obfuscation.obfuscate(d.text(), obfuscate ^ String.valueOf(d.id()).hashCode()), d.lang(),
            d.metadata());
  }

  private int evaluateVoice(FramingAnalyzer analyzer) throws Exception {
    VoiceEvaluation evaluation = new VoiceEvaluation();
    String source = voiceGold.toString();
    try (InputStream in = Files.newInputStream(voiceGold); JsonlReader reader = new JsonlReader(source, in, options.replaceInvalidUtf8())) {
      for (Optional<Document> d = reader.next(); d.isPresent(); d = reader.next()) {
        Document doc = d.get();
        String frame = string(doc, "frame", source, reader.line());
        String cue = string(doc, "cue", source, reader.line());
        String voice = string(doc, "voice", source, reader.line());
        try {
          evaluation.add(analyzer.analyze(doc), doc.text(), frame, cue,
              Voice.valueOf(voice.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          throw new CorpusFormatException(source, reader.line(), 0, e.getMessage());
        }
      }
    }
    spec.commandLine().getOut().print(evaluation.toMarkdown());
    return 0;
  }

  private static String string(Document d, String field, String source, int line) throws CorpusFormatException {
    Object value = d.metadata().get(field);
    if (!(value instanceof String s)) {
      throw new CorpusFormatException(source, line, 0, "field \"" + field + "\" must be a string");
    }
    return s;
  }
}

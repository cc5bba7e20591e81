package org.framelens.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.framelens.CorpusFormatException;
import org.framelens.Document;
import org.framelens.FramingAnalyzer;
import org.framelens.corpus.Evaluation;
import org.framelens.corpus.JsonlReader;
import org.framelens.lexicon.Frame;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code framelens evaluate}: precision, recall and F1 of present frames against gold labels. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = "Compare the frames found present with gold labels: precision, recall and F1 per frame, "
        + "micro and macro averages (Markdown table).")
final class EvaluateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  AnalyzerOptions options;

  @Option(names = "--gold", required = true, paramLabel = "GOLD.jsonl",
      description = "JSONL documents with \"labels\": [frame ids a careful coder marked as invoked].")
  Path gold;

  @Override
  public Integer call() throws Exception {
    FramingAnalyzer analyzer = options.build();
    Evaluation evaluation = new Evaluation(analyzer.taxonomy().frames().stream().map(Frame::id).toList());
    String source = gold.toString();
    try (InputStream in = Files.newInputStream(gold); JsonlReader reader = new JsonlReader(source, in)) {
      for (Optional<Document> d = reader.next(); d.isPresent(); d = reader.next()) {
        Set<String> labels = labels(d.get(), source, reader.line());
        try {
          evaluation.add(analyzer.analyze(d.get()), labels);
        } catch (IllegalArgumentException e) {
          throw new CorpusFormatException(source, reader.line(), 0, e.getMessage());
        }
      }
    }
    Evaluation.Result result = evaluation.result();
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "%d documents, taxonomy %s %s, mode %s (evidence: %s)%n%n", result.documents(),
        analyzer.taxonomy().id(), analyzer.taxonomy().version(), analyzer.mode().value(),
        analyzer.effectiveMode().value());
    out.print(result.toMarkdown());
    return 0;
  }

  private static Set<String> labels(Document d, String source, int line) throws CorpusFormatException {
    Object labels = d.metadata().get("labels");
    if (!(labels instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
      throw new CorpusFormatException(source, line, 0, "field \"labels\" must be a list of frame ids");
    }
    Set<String> out = new LinkedHashSet<>();
    list.forEach(x -> out.add((String) x));
    return out;
  }
}

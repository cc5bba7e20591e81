package org.framelens.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.framelens.Training;
import org.framelens.classify.FrameClassifier;
import org.framelens.lexicon.Taxonomy;
import org.framelens.text.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code framelens train}: sentence classifiers from a user's annotated corpus. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Train sentence classifiers (one per frame and language) from annotated JSONL sentences "
        + "{\"text\", \"labels\", \"lang\"}; use them with --models.")
final class TrainCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--corpus", required = true, paramLabel = "DIR|FILE",
      description = "A JSONL file, or a directory whose *.jsonl files are read.")
  Path corpus;

  @Option(names = "--out", required = true, paramLabel = "MODEL_DIR",
      description = "Where to write the models (MODEL_DIR/<lang>/).")
  Path out;

  @Option(names = "--taxonomy", paramLabel = "ID|PATH", defaultValue = Taxonomy.DEFAULT_ID,
      description = "Taxonomy whose frames and lexicons the models use (default: ${DEFAULT-VALUE}).")
  String taxonomy;

  @Option(names = "--folds", paramLabel = "K",
      description = "Also report K-fold cross-validation (precision, recall, F1 per frame) on the corpus.")
  Integer folds;

  @Override
  public Integer call() throws Exception {
    Taxonomy t = Taxonomy.resolve(taxonomy);
    if (folds != null) {
      if (folds < 2) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--folds must be at least 2");
      }
      for (Map.Entry<Language, String> e : Training.crossValidate(t, Training.corpusFiles(corpus), folds).entrySet()) {
        spec.commandLine().getOut().printf("%s, %d-fold cross-validation:%n%n%s%n", e.getKey().code(), folds, e.getValue());
      }
    }
    Map<Language, FrameClassifier> trained = Training.train(t, Training.corpusFiles(corpus));
    for (Map.Entry<Language, FrameClassifier> e : trained.entrySet()) {
      e.getValue().write(out.resolve(e.getKey().code()));
      Map<String, String> d = e.getValue().describe();
      spec.commandLine().getOut().printf("%s: %s sentences, threshold %s, held-out F1 %s -> %s%n",
          e.getKey().code(), d.get("samples"), d.get("threshold"), d.get("dev.f1"), out.resolve(e.getKey().code()));
    }
    if (trained.isEmpty()) {
      spec.commandLine().getErr().println("framelens: the corpus holds no sentences");
      return 1;
    }
    return 0;
  }
}

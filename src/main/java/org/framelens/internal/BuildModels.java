package org.framelens.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.framelens.Training;
import org.framelens.classify.FrameClassifier;
import org.framelens.lexicon.Taxonomy;
import org.framelens.text.Language;

/**
 * Build step (Maven {@code process-classes}): trains the built-in classifiers from
 * {@code lexicons/<taxonomy>/training/*.jsonl} into {@code target/classes/models/<taxonomy>/<lang>/}, so
 * that they ship in the jar. Skipped when the models on disk were trained from the same corpus and lexicon
 * bytes. Not API. Arguments: LEXICONS_DIR OUTPUT_DIR.
 */
public final class BuildModels {
  private BuildModels() {}

  public static void main(String[] args) throws Exception {
    Path lexicons = Path.of(args[0]);
    Path output = Path.of(args[1]);
    for (String id : Taxonomy.builtInIds()) {
      Path training = lexicons.resolve(id).resolve("training");
      if (!Files.isDirectory(training)) {
        continue;
      }
      Taxonomy taxonomy = Taxonomy.load(lexicons.resolve(id));
      List<Path> files = Training.corpusFiles(training);
      String stamp = "trainer " + org.framelens.classify.ClassifierTrainer.VERSION + " lexicon " + taxonomy.sha256()
          + " corpus " + com.google.common.hash.Hashing.sha256().hashBytes(concat(files)).toString();
      Path stampFile = output.resolve(id).resolve("trained-from.txt");
      if (Files.isRegularFile(stampFile) && Files.readString(stampFile).equals(stamp)) {
        System.out.println("framelens: classifiers for " + id + " are up to date");
        continue;
      }
      long start = System.nanoTime();
      Map<Language, FrameClassifier> trained = Training.train(taxonomy, files);
      for (Map.Entry<Language, FrameClassifier> e : trained.entrySet()) {
        e.getValue().write(output.resolve(id).resolve(e.getKey().code()));
        System.out.printf("framelens: trained %s %s classifiers (%s) in %.1f s%n", id, e.getKey().code(),
            e.getValue().describe().get("dev.f1"), (System.nanoTime() - start) / 1e9);
      }
      Files.writeString(stampFile, stamp);
    }
  }

  private static byte[] concat(List<Path> files) throws java.io.IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (Path f : files) {
      out.write(Files.readAllBytes(f));
    }
    return out.toByteArray();
  }
}

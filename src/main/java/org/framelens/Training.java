package org.framelens;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.framelens.classify.ClassifierTrainer;
import org.framelens.classify.FrameClassifier;
import org.framelens.corpus.JsonlReader;
import org.framelens.lexicon.Frame;
import org.framelens.lexicon.Taxonomy;
import org.framelens.text.Language;
import org.framelens.text.LanguageDetector;

/**
 * Trains sentence classifiers for a taxonomy from an annotated corpus: JSONL lines with {@code text},
 * {@code labels} (frame ids) and {@code lang} (optional: detected). One classifier set per language found
 * in the corpus. The features include the taxonomy's lexicon matches, so models belong to the exact lexicon
 * they were trained with (its hash is recorded and checked when they are loaded). Deterministic.
 */
public final class Training {
  /** Fewest positive (and negative) sentences per frame and language that training accepts. */
  public static final int MIN_EXAMPLES = 5;

  private Training() {}

  /** The JSONL files of a corpus: {@code path} itself, or every {@code *.jsonl} under it, sorted. */
  public static List<Path> corpusFiles(Path path) throws IOException {
    if (Files.isRegularFile(path)) {
      return List.of(path);
    }
    try (Stream<Path> files = Files.walk(path)) {
      return files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
    }
  }

  /** Trains per language; bad lines raise {@link CorpusFormatException} with file and line. */
  public static Map<Language, FrameClassifier> train(Taxonomy taxonomy, List<Path> files)
      throws IOException, CorpusFormatException {
    List<String> frames = taxonomy.frames().stream().map(Frame::id).toList();
    Hasher hasher = Hashing.sha256().newHasher();
    Map<Language, List<ClassifierTrainer.Sample>> samples = samples(taxonomy, files, hasher);
    String corpusSha = hasher.hash().toString();
    Map<Language, FrameClassifier> out = new EnumMap<>(Language.class);
    for (Map.Entry<Language, List<ClassifierTrainer.Sample>> e : samples.entrySet()) {
      checkExamples(e.getKey(), e.getValue(), frames, files);
      Map<String, String> description = new LinkedHashMap<>();
      description.put("language", e.getKey().code());
      description.put("taxonomy", taxonomy.id() + " " + taxonomy.version());
      description.put("lexiconSha256", taxonomy.sha256());
      description.put("corpusSha256", corpusSha);
      out.put(e.getKey(), ClassifierTrainer.train(e.getValue(), frames, description));
    }
    return out;
  }

  /**
   * K-fold cross-validation of the classifiers on a corpus: each fold (every k-th sentence) is classified by
   * models trained on the others; returns, per language, a Markdown table of precision, recall and F1 per
   * frame with micro and macro averages.
   */
  public static Map<Language, String> crossValidate(Taxonomy taxonomy, List<Path> files, int folds)
      throws IOException, CorpusFormatException {
    com.google.common.base.Preconditions.checkArgument(folds >= 2, "folds must be at least 2, got %s", folds);
    List<String> frames = taxonomy.frames().stream().map(Frame::id).toList();
    Map<Language, String> out = new EnumMap<>(Language.class);
    for (Map.Entry<Language, List<ClassifierTrainer.Sample>> e
        : samples(taxonomy, files, Hashing.sha256().newHasher()).entrySet()) {
      checkExamples(e.getKey(), e.getValue(), frames, files);
      out.put(e.getKey(), ClassifierTrainer.crossValidate(e.getValue(), frames, folds).toMarkdown());
    }
    return out;
  }

  private static void checkExamples(Language language, List<ClassifierTrainer.Sample> samples, List<String> frames,
      List<Path> files) throws CorpusFormatException {
    for (String frame : frames) {
      long positives = samples.stream().filter(s -> s.labels().contains(frame)).count();
      if (positives < MIN_EXAMPLES || samples.size() - positives < MIN_EXAMPLES) {
        throw new CorpusFormatException(files.isEmpty() ? "corpus" : files.get(0).getParent() + "", 0, 0,
            language.code() + " corpus has " + positives + " sentences labelled '" + frame + "' and "
                + (samples.size() - positives) + " without; each frame needs at least " + MIN_EXAMPLES
                + " of both");
      }
    }
  }

  private static Map<Language, List<ClassifierTrainer.Sample>> samples(Taxonomy taxonomy, List<Path> files,
      Hasher hasher) throws IOException, CorpusFormatException {
    FramingAnalyzer analyzer = FramingAnalyzer.builder().taxonomy(taxonomy).mode(Mode.LEXICON).build();
    List<String> frames = taxonomy.frames().stream().map(Frame::id).toList();
    Map<Language, List<ClassifierTrainer.Sample>> samples = new EnumMap<>(Language.class);
    for (Path file : files) {
      hasher.putBytes(Files.readAllBytes(file));
      try (InputStream in = Files.newInputStream(file); JsonlReader reader = new JsonlReader(file.toString(), in)) {
        for (Optional<Document> d = reader.next(); d.isPresent(); d = reader.next()) {
          Document doc = d.get();
          // a subnarrative's sentence is also one of its narrative
          Set<String> labels = taxonomy.withAncestors(labels(doc, frames, file, reader.line()));
          Optional<Language> lang = doc.lang() != null ? Language.forCode(doc.lang()) : LanguageDetector.detect(doc.text());
          if (lang.isEmpty() || !taxonomy.languages().contains(lang.get())) {
            throw new CorpusFormatException(file.toString(), reader.line(), 0, "language of the sentence is not "
                + "one the taxonomy has lexicons for: " + doc.lang());
          }
          samples.computeIfAbsent(lang.get(), l -> new ArrayList<>())
              .add(new ClassifierTrainer.Sample(analyzer.features(doc.text(), lang.get()), labels));
        }
      }
    }
    return samples;
  }

  private static Set<String> labels(Document d, List<String> frames, Path file, int line)
      throws CorpusFormatException {
    Set<String> labels = JsonlReader.labels(d, file.toString(), line);
    for (String label : labels) {
      if (!frames.contains(label)) {
        throw new CorpusFormatException(file.toString(), line, 0, "unknown frame " + label + " in \"labels\"");
      }
    }
    return labels;
  }
}

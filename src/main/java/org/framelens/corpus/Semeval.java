package org.framelens.corpus;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Splitter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.framelens.CorpusFormatException;
import org.framelens.lexicon.Frame;
import org.framelens.lexicon.Taxonomy;
import org.framelens.report.FrameScore;
import org.framelens.report.FramingReport;
import org.framelens.report.Stance;

/**
 * The formats and metric of SemEval-2025 Task 10, subtask 2 (narrative classification).
 *
 * <ul>
 *   <li><b>Labels of a document</b> ({@link #predicted}): the narratives (top-level frames) and subnarratives
 *       (their children) the document <em>promotes</em>: a frame it only reports in another's voice, or
 *       rejects, is not a label. A narrative without a promoted subnarrative contributes
 *       {@code "<narrative>: Other"}; a document without narratives gets {@value #OTHER} in both columns.
 *   <li><b>Line format</b> ({@link Labels#line}): {@code file<TAB>narratives<TAB>subnarratives}, labels
 *       joined by {@code ;}, the same format as the task's {@code subtask-2-annotations.txt}.
 *   <li><b>Directory layout</b> ({@link #articles}): {@code DIR/raw-documents/*.txt} (or
 *       {@code subtask-2-documents/}) and, for gold labels, {@code DIR/subtask-2-annotations.txt}.
 *   <li><b>Metric</b> ({@link SamplesF1}): per document the F1 of the gold and predicted label sets, averaged
 *       over documents, separately for narratives (coarse) and subnarratives (fine).
 * </ul>
 */
public final class Semeval {
  /** The label of a document, or a narrative's subnarrative, that none of the taxonomy's labels fits. */
  public static final String OTHER = "Other";
  /** File of gold labels in a task directory. */
  public static final String ANNOTATIONS = "subtask-2-annotations.txt";
  /** Names of the documents directory in a task directory, in the order they are looked for. */
  public static final List<String> DOCUMENT_DIRS = List.of("raw-documents", "subtask-2-documents");

  private static final Splitter SEMICOLON = Splitter.on(';').trimResults().omitEmptyStrings();

  private Semeval() {}

  /**
   * The coarse and fine labels of one document.
   *
   * @param narratives narrative labels, or just {@value #OTHER}
   * @param subnarratives subnarrative labels (including {@code "<narrative>: Other"}), or just {@value #OTHER}
   */
  public record Labels(List<String> narratives, List<String> subnarratives) {
    public Labels {
      narratives = List.copyOf(narratives);
      subnarratives = List.copyOf(subnarratives);
    }

    /** The task's line for the document: {@code file<TAB>narratives<TAB>subnarratives}. */
    public String line(String file) {
      return file + "\t" + String.join(";", narratives) + "\t" + String.join(";", subnarratives);
    }
  }

  /**
   * The labels a report gives in the task's terms: promoted narratives (or narratives with a promoted
   * subnarrative) and promoted subnarratives, labelled with the taxonomy's label strings.
   *
   * @throws IllegalArgumentException if the report is of another taxonomy
   */
  public static Labels predicted(FramingReport report, Taxonomy taxonomy) {
    if (!report.taxonomy().id().equals(taxonomy.id())) {
      throw new IllegalArgumentException("report of taxonomy " + report.taxonomy().id() + ", not " + taxonomy.id());
    }
    Set<String> promoted = new LinkedHashSet<>();
    for (FrameScore f : report.frames()) {
      if (f.stance() == Stance.PROMOTED) {
        promoted.add(f.id());
      }
    }
    List<String> narratives = new ArrayList<>();
    List<String> subnarratives = new ArrayList<>();
    for (Frame narrative : taxonomy.frames()) {
      if (narrative.parent() != null) {
        continue;
      }
      List<String> children = taxonomy.descendants(narrative.id()).stream().filter(promoted::contains).toList();
      if (!promoted.contains(narrative.id()) && children.isEmpty()) {
        continue;
      }
      narratives.add(narrative.label());
      if (children.isEmpty()) {
        subnarratives.add(narrative.label() + ": " + OTHER);
      }
      for (String child : children) {
        subnarratives.add(taxonomy.frame(child).orElseThrow().label());
      }
    }
    return narratives.isEmpty() ? new Labels(List.of(OTHER), List.of(OTHER)) : new Labels(narratives, subnarratives);
  }

  /**
   * Reads a file in the task's line format ({@code subtask-2-annotations.txt} or a predictions file), keyed by
   * file name in file order. Blank lines are skipped; a line without exactly three tab-separated fields, or a
   * file named twice, fails with the file and line.
   */
  public static Map<String, Labels> readLabels(Path file) throws IOException, CorpusFormatException {
    String text = org.framelens.internal.Utf8.decode(file.toString(), Files.readAllBytes(file), false);
    Map<String, Labels> out = new LinkedHashMap<>();
    int number = 0;
    for (String line : text.split("\r?\n", -1)) {
      number++;
      if (number == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank()) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (fields.length != 3) {
        throw new CorpusFormatException(file.toString(), number, 0,
            "expected 3 tab-separated fields (file, narratives, subnarratives), found " + fields.length);
      }
      String name = fields[0].trim();
      if (out.containsKey(name)) {
        throw new CorpusFormatException(file.toString(), number, 0, "document " + name + " is listed twice");
      }
      out.put(name, new Labels(SEMICOLON.splitToList(fields[1]), SEMICOLON.splitToList(fields[2])));
    }
    return out;
  }

  /** An article of a task directory: its file name (the task's document id) and path. */
  public record Article(String file, Path path) {}

  /**
   * The articles of a task directory ({@code DIR/raw-documents/*.txt} or {@code DIR/subtask-2-documents/*.txt}),
   * sorted by file name; {@code dir} may also be the documents directory itself.
   *
   * @throws java.nio.file.NoSuchFileException if there is no such directory
   */
  public static List<Article> articles(Path dir) throws IOException {
    Path documents = documentsDir(dir);
    try (Stream<Path> files = Files.list(documents)) {
      return files.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".txt"))
          .map(p -> new Article(p.getFileName().toString(), p))
          .sorted(java.util.Comparator.comparing(Article::file))
          .toList();
    }
  }

  private static Path documentsDir(Path dir) throws IOException {
    for (String name : DOCUMENT_DIRS) {
      if (Files.isDirectory(dir.resolve(name))) {
        return dir.resolve(name);
      }
    }
    if (Files.isDirectory(dir)) {
      try (Stream<Path> files = Files.list(dir)) {
        if (files.anyMatch(p -> p.getFileName().toString().endsWith(".txt") && !p.endsWith(ANNOTATIONS))) {
          return dir;
        }
      }
    }
    throw new java.nio.file.NoSuchFileException(dir.toString(), null,
        "no " + String.join(" or ", DOCUMENT_DIRS) + " directory of .txt articles");
  }

  /**
   * The samples-averaged F1 of the task over documents, coarse (narratives) and fine (subnarratives), with
   * per-label counts. Not thread-safe.
   */
  public static final class SamplesF1 {
    private final List<double[]> perDocument = new ArrayList<>();
    private final Map<String, int[]> coarse = new TreeMap<>();
    private final Map<String, int[]> fine = new TreeMap<>();

    /** Adds one document's gold and predicted labels. */
    public void add(Labels gold, Labels predicted) {
      requireNonNull(gold, "gold");
      requireNonNull(predicted, "predicted");
      perDocument.add(new double[] {
          f1(Set.copyOf(gold.narratives()), Set.copyOf(predicted.narratives())),
          f1(Set.copyOf(gold.subnarratives()), Set.copyOf(predicted.subnarratives()))});
      count(coarse, gold.narratives(), predicted.narratives());
      count(fine, gold.subnarratives(), predicted.subnarratives());
    }

    /** Documents added. */
    public int documents() {
      return perDocument.size();
    }

    /** Mean per-document F1 of the narratives. */
    public double coarse() {
      return mean(0);
    }

    /** Mean per-document F1 of the subnarratives. */
    public double fine() {
      return mean(1);
    }

    /** Standard deviation of the per-document coarse F1. */
    public double coarseStd() {
      return std(0);
    }

    /** Standard deviation of the per-document fine F1. */
    public double fineStd() {
      return std(1);
    }

    /** Per-label precision, recall and F1 of the narratives (coarse) or subnarratives (fine), by label. */
    public List<Evaluation.Row> rows(boolean fineLabels) {
      return (fineLabels ? fine : coarse).entrySet().stream()
          .map(e -> Evaluation.row(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
    }

    /** A Markdown summary: the two averages and the per-label tables. */
    public String toMarkdown() {
      StringBuilder b = new StringBuilder();
      b.append(String.format(Locale.ROOT, "| documents | coarse samples-F1 | sd | fine samples-F1 | sd |%n"));
      b.append("|---:|---:|---:|---:|---:|\n");
      b.append(String.format(Locale.ROOT, "| %d | %.3f | %.3f | %.3f | %.3f |%n%n", documents(), coarse(), coarseStd(),
          fine(), fineStd()));
      table(b, "narrative", rows(false));
      b.append('\n');
      table(b, "subnarrative", rows(true));
      return b.toString();
    }

    private static void table(StringBuilder b, String what, List<Evaluation.Row> rows) {
      b.append("| ").append(what).append(" | support | TP | FP | FN | precision | recall | F1 |\n");
      b.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
      rows.forEach(r -> b.append(Evaluation.Result.line(r)));
    }

    private double mean(int i) {
      return perDocument.stream().mapToDouble(d -> d[i]).average().orElse(0);
    }

    private double std(int i) {
      double m = mean(i);
      return Math.sqrt(perDocument.stream().mapToDouble(d -> (d[i] - m) * (d[i] - m)).average().orElse(0));
    }

    private static void count(Map<String, int[]> counts, List<String> gold, List<String> predicted) {
      for (String label : new LinkedHashSet<>(gold)) {
        counts.computeIfAbsent(label, k -> new int[3])[predicted.contains(label) ? 0 : 2]++;
      }
      for (String label : new LinkedHashSet<>(predicted)) {
        if (!gold.contains(label)) {
          counts.computeIfAbsent(label, k -> new int[3])[1]++;
        }
      }
    }
  }

  /** F1 of two label sets: {@code 2|G∩P| / (|G| + |P|)}; 1 when both are empty. */
  public static double f1(Set<String> gold, Set<String> predicted) {
    if (gold.isEmpty() && predicted.isEmpty()) {
      return 1;
    }
    long common = gold.stream().filter(predicted::contains).count();
    return 2.0 * common / (gold.size() + predicted.size());
  }
}

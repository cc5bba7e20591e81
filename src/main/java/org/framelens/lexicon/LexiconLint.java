package org.framelens.lexicon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.framelens.internal.CueMatcher;
import org.framelens.text.Language;
import org.framelens.text.TextPipeline;

/**
 * Checks a taxonomy and its lexicons and lists every problem as a {@link Diagnostic}
 * ({@code file:line:column: error|warning: message}). Beyond what loading checks, lint reports cue files
 * that belong to no frame or language, and patterns that compile to the same tokens as another pattern of
 * the same frame. Stateless.
 */
public final class LexiconLint {
  private LexiconLint() {}

  /** Lints a taxonomy directory. */
  public static List<Diagnostic> lint(Path dir) throws IOException {
    List<Diagnostic> out = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      out.add(IniParser.error(dir.toString(), 0, 0, "not a directory"));
      return out;
    }
    TaxonomyReader.Result result = TaxonomyReader.read(TaxonomySource.directory(dir));
    out.addAll(result.diagnostics());
    result.taxonomy().ifPresent(t -> {
      compileChecks(t, out);
      strayFiles(dir, t, out);
    });
    return sorted(out);
  }

  /** Lints a built-in taxonomy. */
  public static List<Diagnostic> lintBuiltIn(String id) throws IOException {
    if (!Taxonomy.builtInIds().contains(id)) {
      throw new IllegalArgumentException("unknown taxonomy '" + id + "'; built-in: " + Taxonomy.builtInIds());
    }
    TaxonomyReader.Result result = TaxonomyReader.read(TaxonomySource.classpath(id));
    List<Diagnostic> out = new ArrayList<>(result.diagnostics());
    result.taxonomy().ifPresent(t -> compileChecks(t, out));
    return sorted(out);
  }

  private static void compileChecks(Taxonomy t, List<Diagnostic> out) {
    List<String> frameIds = t.frames().stream().map(Frame::id).toList();
    for (Language lang : t.languages()) {
      CueMatcher.compile(t.cues(lang), frameIds, TextPipeline.forLanguage(lang), out);
      List<CueEntry> targets = t.targets(lang);
      CueMatcher.compile(targets, targets.stream().map(CueEntry::frame).distinct().toList(),
          TextPipeline.forLanguage(lang), out);
    }
  }

  private static void strayFiles(Path dir, Taxonomy t, List<Diagnostic> out) {
    Path cues = dir.resolve("cues");
    if (!Files.isDirectory(cues)) {
      return;
    }
    try (Stream<Path> files = Files.walk(cues, 2)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        Path rel = cues.relativize(f);
        Optional<Language> lang = rel.getNameCount() == 2
            ? Language.forCode(rel.getName(0).toString()) : Optional.empty();
        String name = rel.getFileName().toString();
        String frame = name.endsWith(".txt") ? name.substring(0, name.length() - 4) : "";
        if (lang.isEmpty() || !t.languages().contains(lang.get())) {
          out.add(IniParser.error(f.toString(), 0, 0, "cue file outside a declared language directory "
              + "(languages: " + t.languages().stream().map(Language::code).sorted().toList() + ")"));
        } else if (t.frame(frame).isEmpty()) {
          out.add(IniParser.error(f.toString(), 0, 0, "cue file for unknown frame '" + frame + "'"));
        }
      }
    } catch (IOException e) {
      out.add(IniParser.error(cues.toString(), 0, 0, "cannot list cue files: " + e.getMessage()));
    }
  }

  private static List<Diagnostic> sorted(List<Diagnostic> out) {
    out.sort(Comparator.comparing(Diagnostic::source).thenComparingInt(Diagnostic::line)
        .thenComparingInt(Diagnostic::column));
    return out;
  }
}

// framelens JShell kit: imports and helpers. Loaded by lib/jshell.sh (after JShell's DEFAULT startup,
// which imports java.io, java.nio.file and java.util).
import org.framelens.*;
import org.framelens.report.*;
import org.framelens.lexicon.*;
import org.framelens.text.*;

/** The report of {@code text} from the default analyzer (default taxonomy, language detected, hybrid mode). */
FramingReport analyze(String text) {
  return Framelens.analyze(text);
}

/** The embedded demo article in English. */
String demo() {
  return Framelens.demoArticle("en");
}

/** The embedded demo article in {@code en} or {@code ru}. */
String demo(String language) {
  return Framelens.demoArticle(language);
}

/** Prints the report as text: the table of frames, then every piece of evidence. */
void show(FramingReport report) {
  System.out.print(ReportText.detailed(report));
}

/** Writes the HTML view of a report and the text it was made from; the one writer the html helpers share. */
Path writeHtml(FramingReport report, String text, Path file) throws IOException {
  try (Writer out = Files.newBufferedWriter(file)) {
    ReportHtml.write(report, text, Framelens.defaultAnalyzer().thresholds(), out);
  }
  return file.toAbsolutePath();
}

// (the overloads below call writeHtml, not each other: JShell resolves overloads badly across snippets)

/**
 * Writes the HTML view of {@code report}, made from {@code text} (the report holds offsets, not the text), to
 * {@code path}, with the default analyzer's thresholds; returns the absolute path.
 */
Path html(FramingReport report, String text, String path) throws IOException {
  return writeHtml(report, text, Path.of(path));
}

/** Analyses {@code text} and writes its HTML view to {@code path}; returns the absolute path. */
Path html(String text, String path) throws IOException {
  return writeHtml(Framelens.analyze(text), text, Path.of(path));
}

/** Analyses {@code text} and writes its HTML view to a new temporary file; returns its path. */
Path html(String text) throws IOException {
  return writeHtml(Framelens.analyze(text), text, Files.createTempFile("framelens-", ".html"));
}

System.out.println("framelens ready: analyze(text), show(report), html(text), html(text, path), "
    + "html(report, text, path), demo(), demo(\"ru\")");

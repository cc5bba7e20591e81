package org.framelens.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.framelens.CorpusFormatException;
import org.framelens.Document;
import org.framelens.Framelens;
import org.framelens.FramingAnalyzer;
import org.framelens.report.FramingReport;
import org.framelens.report.ReportHtml;
import org.framelens.report.ReportJson;
import org.framelens.report.ReportText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code framelens analyze}: one document, from a file, standard input or the embedded demo. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = "Analyse one document and print its framing report.")
final class AnalyzeCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  AnalyzerOptions options;

  @Option(names = "--format", paramLabel = "text|json|html", defaultValue = "text",
      description = "Output format (default: ${DEFAULT-VALUE}); html is a self-contained page with the text, "
          + "its evidence highlighted, score bars and evidence tables.")
  String format;

  @Option(names = "--demo", arity = "0..1", fallbackValue = "en", paramLabel = "en|ru",
      description = "Analyse the embedded demo article (English unless 'ru' is given) instead of FILE.")
  String demo;

  @Option(names = "--id", description = "Document id to put in the report.")
  String id;

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE|-",
      description = "UTF-8 text file to analyse, or - for standard input (the default).")
  String file;

  @Override
  public Integer call() throws Exception {
    if (!format.equals("text") && !format.equals("json") && !format.equals("html")) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "unknown --format '" + format + "' (use text, json or html)");
    }
    if (demo != null && file != null) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give either --demo or FILE, not both");
    }
    String text = demo != null ? demoText() : read();
    String docId = id != null ? id : demo != null ? "demo-" + demo : file == null || file.equals("-") ? null
        : Path.of(file).getFileName().toString();
    FramingAnalyzer analyzer = options.build();
    FramingReport report = analyzer.analyze(new Document(docId, text, null, Map.of()));
    java.io.PrintWriter out = spec.commandLine().getOut();
    if (format.equals("html")) {
      ReportHtml.write(report, text, analyzer.thresholds(), out);
    } else if (format.equals("json")) {
      ReportJson.writePretty(report, out);
      out.println();
    } else {
      out.print(ReportText.detailed(report));
    }
    return 0;
  }

  private String demoText() {
    try {
      return Framelens.demoArticle(demo);
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private String read() throws IOException, CorpusFormatException {
    String name = file == null || file.equals("-") ? "<stdin>" : file;
    byte[] bytes;
    if (name.equals("<stdin>")) {
      bytes = System.in.readAllBytes();
    } else {
      try (InputStream in = Files.newInputStream(Path.of(file))) {
        bytes = in.readAllBytes();
      }
    }
    return options.decode(name, bytes);
  }
}

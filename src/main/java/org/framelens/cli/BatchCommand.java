package org.framelens.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.framelens.corpus.BatchRunner;
import org.framelens.corpus.JsonlReader;
import org.framelens.report.FrameScore;
import org.framelens.report.FramingReport;
import org.framelens.report.ReportJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code framelens batch}: a JSONL corpus in, one report per document out, in input order. */
@Command(name = "batch", mixinStandardHelpOptions = true,
    description = "Analyse every document of a JSONL file; writes one report per input line, in order.")
final class BatchCommand implements Callable<Integer> {
  private static final String[] CSV_HEADER = {"id", "language", "frame", "score", "present", "stance",
      "endorsement", "evidence", "density", "first_sentence"};

  @Spec
  CommandSpec spec;

  @Mixin
  AnalyzerOptions options;

  @Option(names = "--in", required = true, paramLabel = "IN.jsonl",
      description = "Input JSONL: {\"id\":..., \"text\":..., \"lang\":...} per line; - for standard input.")
  String in;

  @Option(names = "--out", required = true, paramLabel = "OUT",
      description = "Output file; - for standard output.")
  String out;

  @Option(names = "--threads", defaultValue = "1", description = "Worker threads (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--format", defaultValue = "jsonl", paramLabel = "jsonl|csv",
      description = "jsonl: one report per line; csv: one row per document and frame (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--skip-bad",
      description = "Skip malformed input lines instead of stopping: each is reported on stderr (file:line) and "
          + "copied byte for byte to the rejects file; the summary counts them.")
  boolean skipBad;

  @Option(names = "--rejects", paramLabel = "FILE",
      description = "With --skip-bad: where to copy the malformed lines (default: OUT.rejects, or "
          + "rejects.jsonl when OUT is -).")
  Path rejectsFile;

  @Override
  public Integer call() throws Exception {
    if (!format.equals("jsonl") && !format.equals("csv")) {
      throw new ParameterException(spec.commandLine(), "unknown --format '" + format + "' (use jsonl or csv)");
    }
    if (threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
    }
    BatchRunner runner = new BatchRunner(options.build(), threads);
    String source = in.equals("-") ? "<stdin>" : in;
    Path rejectsPath = rejectsFile != null ? rejectsFile
        : Path.of(out.equals("-") ? "rejects.jsonl" : out + ".rejects");
    try (InputStream input = in.equals("-") ? System.in : Files.newInputStream(Path.of(in));
        JsonlReader reader = new JsonlReader(source, input, options.replaceInvalidUtf8());
        Writer writer = writer();
        RejectsFile rejects = skipBad ? new RejectsFile(rejectsPath, spec.commandLine().getErr()) : null) {
      BatchRunner.Summary summary = format.equals("csv")
          ? runCsv(runner, reader, writer, rejects)
          : runner.run(reader, report -> writer.write(ReportJson.write(report) + "\n"), rejects);
      spec.commandLine().getErr().printf(Locale.ROOT,
          "framelens: %d documents, %d malformed lines skipped%s, %d frames present, %.1f documents/s%n",
          summary.documents(), summary.skipped(), summary.skipped() > 0 ? " (copied to " + rejectsPath + ")" : "",
          summary.framesPresent(), summary.documentsPerSecond());
    }
    return 0;
  }

  private BatchRunner.Summary runCsv(BatchRunner runner, JsonlReader reader, Writer writer,
      BatchRunner.Rejects rejects) throws Exception {
    CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get());
    BatchRunner.Summary summary = runner.run(reader, report -> printRows(csv, report), rejects);
    csv.flush();
    return summary;
  }

  private static void printRows(CSVPrinter csv, FramingReport r) throws IOException {
    for (FrameScore f : r.frames()) {
      csv.printRecord(r.id(), r.language(), f.id(), f.score(), f.present(), f.stance().value(),
          f.endorsement(), f.evidence().size(), f.density(), f.firstSentence() == null ? "" : f.firstSentence());
    }
  }

  /** The rejects file, created on the first malformed line; each is also reported on stderr. */
  static final class RejectsFile implements BatchRunner.Rejects, java.io.Closeable {
    private final Path path;
    private final java.io.PrintWriter err;
    private java.io.OutputStream out;

    RejectsFile(Path path, java.io.PrintWriter err) {
      this.path = path;
      this.err = err;
    }

    @Override
    public void reject(org.framelens.CorpusFormatException problem, byte[] rawLine) throws IOException {
      err.println("framelens: skipped " + problem.getMessage());
      if (out == null) {
        out = new java.io.BufferedOutputStream(Files.newOutputStream(path));
      }
      out.write(rawLine);
      out.write('\n');
    }

    @Override
    public void close() throws IOException {
      if (out != null) {
        out.close();
      }
    }
  }

  private Writer writer() throws IOException {
    if (out.equals("-")) {
      return new BufferedWriter(spec.commandLine().getOut()) {
        @Override
        public void close() throws IOException {
          flush(); // standard output stays open
        }
      };
    }
    return Files.newBufferedWriter(Path.of(out), StandardCharsets.UTF_8);
  }
}

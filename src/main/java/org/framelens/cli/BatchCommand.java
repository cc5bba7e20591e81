package org.framelens.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.framelens.CorpusFormatException;
import org.framelens.Document;
import org.framelens.FramingAnalyzer;
import org.framelens.corpus.BatchRunner;
import org.framelens.corpus.CsvReader;
import org.framelens.corpus.DocumentSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code framelens batch}: a corpus in, one report per document out, in input order. */
@Command(name = "batch", mixinStandardHelpOptions = true,
    description = "Analyse every document of a JSONL file, a CSV file or a directory of .txt files; writes "
        + "one report per document, in input order.")
final class BatchCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  AnalyzerOptions options;

  @Option(names = "--in", required = true, paramLabel = "IN",
      description = "Input: a JSONL file ({\"id\":..., \"text\":..., \"lang\":...} per line), a CSV file with a "
          + "header row, or a directory of .txt files (recursive); - for standard input (JSONL or CSV).")
  String in;

  @Option(names = "--input-format", defaultValue = "auto", paramLabel = "auto|jsonl|csv|txt",
      description = "Kind of input (default: ${DEFAULT-VALUE}: a directory is txt, a *.csv file csv, "
          + "anything else jsonl).")
  String inputFormat;

  @Option(names = "--text-column", paramLabel = "NAME",
      description = "CSV: the column with the text (default: text).")
  String textColumn;

  @Option(names = "--id-column", paramLabel = "NAME",
      description = "CSV: the column with the document id (default: id, if the header has it; else line-N).")
  String idColumn;

  @Option(names = "--lang-column", paramLabel = "NAME",
      description = "CSV: the column with the language code (default: lang, if the header has it).")
  String langColumn;

  @Option(names = "--out", required = true, paramLabel = "OUT",
      description = "Output file; - for standard output.")
  String out;

  @Option(names = "--threads", defaultValue = "1", description = "Worker threads (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--format", defaultValue = "jsonl", paramLabel = "jsonl|csv|semeval",
      description = "jsonl: one report per line; csv: one row per document and frame; semeval: SemEval-2025 "
          + "Task 10 subtask 2 predictions, file<TAB>narratives<TAB>subnarratives (promoted ones) "
          + "(default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--skip-bad",
      description = "Skip malformed input records instead of stopping: each is reported on stderr (file:line) "
          + "and copied to the rejects file (JSONL lines and CSV rows byte for byte, after the CSV header; "
          + "the paths of .txt files); the summary counts them.")
  boolean skipBad;

  @Option(names = "--rejects", paramLabel = "FILE",
      description = "With --skip-bad: where to copy the malformed records (default: OUT.rejects, or "
          + "rejects.jsonl, rejects.csv or rejects.txt when OUT is -).")
  Path rejectsFile;

  @Option(names = "--resume",
      description = "Skip the documents whose reports OUT already holds (by id) and append the others; a "
          + "truncated last line (a crash mid-write) is removed first.")
  boolean resume;

  @Option(names = "--progress", defaultValue = "auto", paramLabel = "auto|always|never",
      description = "Progress bar on stderr (default: ${DEFAULT-VALUE}: only when stderr is a terminal).")
  String progress;

  @Override
  public Integer call() throws Exception {
    BatchFormat output = BatchFormat.byName(format).orElseThrow(() -> usage("unknown --format '" + format
        + "' (use " + String.join(" or ", BatchFormat.ALL.stream().map(BatchFormat::name).toList()) + ")"));
    BatchInput.Kind kind = inputKind();
    checkOptions(kind);
    FramingAnalyzer analyzer = options.build();
    BatchFormat.Resume done = resume ? resumePoint(output, analyzer) : BatchFormat.Resume.none();
    PrintWriter err = spec.commandLine().getErr();
    Path rejectsPath = rejectsFile != null ? rejectsFile
        : Path.of(out.equals("-") ? "rejects." + kind.name().toLowerCase(Locale.ROOT) : out + ".rejects");
    BatchRunner.Summary summary;
    try (BatchInput input = BatchInput.open(kind, in, columns(), options.replaceInvalidUtf8());
        Writer writer = writer(done.keep() > 0);
        RejectsFile rejects = skipBad ? new RejectsFile(rejectsPath, input.rejectsHeader(), err) : null) {
      BatchFormat.ReportWriter reports = output.open(writer, done.keep() > 0, analyzer.taxonomy());
      Optional<BatchProgress> bar = wantsProgress() ? Optional.of(BatchProgress.start(input, err))
          : Optional.empty();
      try {
        summary = new BatchRunner(analyzer, threads)
            .run(stepping(input.source(), bar), reports, rejects, d -> done.ids().remove(output.key(d)));
      } finally {
        bar.ifPresent(BatchProgress::close);
      }
      reports.flush();
    }
    err.printf(Locale.ROOT, "framelens: %d documents analysed, %d skipped as already done, %d rejected%s, "
            + "%d frames present, %.1f s, %.1f documents/s%n",
        summary.documents(), summary.alreadyDone(), summary.rejected(),
        summary.rejected() > 0 ? " (copied to " + rejectsPath + ")" : "", summary.framesPresent(),
        summary.seconds(), summary.documentsPerSecond());
    return 0;
  }

  /** Decided here, so that the progress bar's optional library is loaded only when a bar is shown. */
  private boolean wantsProgress() {
    return progress.equals("always") || (progress.equals("auto") && System.console() != null);
  }

  private BatchInput.Kind inputKind() {
    switch (inputFormat) {
      case "auto":
        if (in.equals("-")) {
          return BatchInput.Kind.JSONL;
        }
        if (Files.isDirectory(Path.of(in))) {
          return BatchInput.Kind.TXT;
        }
        return in.toLowerCase(Locale.ROOT).endsWith(".csv") ? BatchInput.Kind.CSV : BatchInput.Kind.JSONL;
      case "jsonl":
      case "csv":
      case "txt":
        return BatchInput.Kind.valueOf(inputFormat.toUpperCase(Locale.ROOT));
      default:
        throw usage("unknown --input-format '" + inputFormat + "' (use auto, jsonl, csv or txt)");
    }
  }

  private void checkOptions(BatchInput.Kind kind) {
    if (threads < 1) {
      throw usage("--threads must be at least 1");
    }
    if (!progress.equals("auto") && !progress.equals("always") && !progress.equals("never")) {
      throw usage("unknown --progress '" + progress + "' (use auto, always or never)");
    }
    if (kind == BatchInput.Kind.TXT && in.equals("-")) {
      throw usage("--input-format txt reads a directory, not standard input");
    }
    if (kind != BatchInput.Kind.CSV && (textColumn != null || idColumn != null || langColumn != null)) {
      throw usage("--text-column, --id-column and --lang-column apply to CSV input only");
    }
    if (resume && out.equals("-")) {
      throw usage("--resume needs an output file to read back, not standard output");
    }
  }

  private CsvReader.Columns columns() {
    return new CsvReader.Columns(textColumn != null ? textColumn : "text", idColumn != null ? idColumn : "id",
        langColumn != null ? langColumn : "lang", idColumn != null, langColumn != null);
  }

  /** Reads back the output of an interrupted run and cuts off its incomplete tail. */
  private BatchFormat.Resume resumePoint(BatchFormat output, FramingAnalyzer analyzer)
      throws IOException, CorpusFormatException {
    PrintWriter err = spec.commandLine().getErr();
    Path path = Path.of(out);
    if (!Files.exists(path)) {
      err.println("framelens: --resume: " + out + " does not exist yet; starting from the first document");
      return BatchFormat.Resume.none();
    }
    BatchFormat.Resume done = output.scan(path, analyzer.taxonomy().frames().size());
    if (done.keep() < Files.size(path)) {
      try (FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE)) {
        channel.truncate(done.keep());
      }
    }
    err.println("framelens: resuming " + out + ": " + done.ids().size() + " documents already done"
        + (done.cut().isEmpty() ? "" : "; " + done.cut()));
    return done;
  }

  private Writer writer(boolean append) throws IOException {
    if (out.equals("-")) {
      return new BufferedWriter(spec.commandLine().getOut()) {
        @Override
        public void close() throws IOException {
          flush(); // standard output stays open
        }
      };
    }
    return append
        ? Files.newBufferedWriter(Path.of(out), StandardCharsets.UTF_8, StandardOpenOption.APPEND)
        : Files.newBufferedWriter(Path.of(out), StandardCharsets.UTF_8);
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  /** {@code source}, stepping the progress bar after each record read. */
  private static DocumentSource stepping(DocumentSource source, Optional<BatchProgress> bar) {
    if (bar.isEmpty()) {
      return source;
    }
    return new DocumentSource() {
      @Override
      public Optional<Document> next() throws IOException, CorpusFormatException {
        Optional<Document> d;
        try {
          d = source.next();
        } catch (CorpusFormatException e) {
          bar.get().step();
          throw e;
        }
        if (d.isPresent()) {
          bar.get().step();
        }
        return d;
      }

      @Override
      public byte[] lastRecord() {
        return source.lastRecord();
      }

      @Override
      public void close() throws IOException {
        source.close();
      }
    };
  }
}

package org.framelens.corpus;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes every output of a {@link CorpusSummary} into a directory: {@code summary.csv},
 * {@code cooccurrence.csv}, {@code cues.csv}, {@code summary.json}, {@code report.html}, and with a
 * comparison {@code compare.csv} and {@code compare-cues.csv}. UTF-8; existing files are replaced. Stateless.
 */
public final class CorpusOutput {
  private static final ObjectMapper JSON = JsonMapper.builder()
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .build();

  private CorpusOutput() {}

  /** Something that writes one output to a writer. */
  @FunctionalInterface
  private interface Output {
    void write(CorpusSummary summary, Writer out) throws IOException;
  }

  /** Writes every output into {@code dir} (created if needed) and returns the files, in writing order. */
  public static List<Path> writeAll(CorpusSummary summary, Path dir) throws IOException {
    Files.createDirectories(dir);
    List<Path> written = new ArrayList<>();
    write(summary, dir.resolve("summary.csv"), CorpusCsv::summary, written);
    write(summary, dir.resolve("cooccurrence.csv"), CorpusCsv::cooccurrence, written);
    write(summary, dir.resolve("cues.csv"), CorpusCsv::cues, written);
    if (!summary.options().compare().isEmpty()) {
      write(summary, dir.resolve("compare.csv"), CorpusCsv::compare, written);
      write(summary, dir.resolve("compare-cues.csv"), CorpusCsv::compareCues, written);
    }
    write(summary, dir.resolve("summary.json"), CorpusOutput::json, written);
    write(summary, dir.resolve("report.html"), CorpusHtml::write, written);
    return written;
  }

  /** The summary as indented JSON: every table of the summary, undefined figures as null. */
  public static void json(CorpusSummary summary, Writer out) throws IOException {
    JSON.writerWithDefaultPrettyPrinter().writeValue(out, summary);
    out.write('\n');
    out.flush();
  }

  private static void write(CorpusSummary summary, Path file, Output output, List<Path> written)
      throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      output.write(summary, out);
    }
    written.add(file);
  }
}

package org.framelens.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import org.framelens.CorpusFormatException;
import org.framelens.report.ReportJson;

/** {@code --format jsonl}: one report per line (schema version 1). */
final class JsonlFormat implements BatchFormat {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Override
  public String name() {
    return "jsonl";
  }

  @Override
  public ReportWriter open(Writer out, boolean continuing, org.framelens.lexicon.Taxonomy taxonomy) {
    return new ReportWriter() {
      @Override
      public void accept(org.framelens.report.FramingReport report) throws IOException {
        out.write(prepare(report));
      }

      @Override
      public String prepare(org.framelens.report.FramingReport report) {
        return ReportJson.write(report) + "\n"; // on the worker thread
      }

      @Override
      public void accept(org.framelens.report.FramingReport report, String prepared) throws IOException {
        out.write(prepared);
      }

      @Override
      public void flush() throws IOException {
        out.flush();
      }
    };
  }

  @Override
  public Resume scan(Path output, int framesPerReport) throws IOException, CorpusFormatException {
    return LineOutput.scan(output, (line, number) -> id(output, line, number));
  }

  private static String id(Path output, String line, int number) throws CorpusFormatException {
    JsonNode report;
    try {
      report = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      throw notReport(output, number, "malformed JSON");
    }
    if (report == null || !report.isObject() || !report.has("schemaVersion") || !report.has("id")) {
      throw notReport(output, number, "no report (with schemaVersion and id)");
    }
    return report.get("id").isNull() ? null : report.get("id").asText();
  }

  private static CorpusFormatException notReport(Path output, int line, String what) {
    return new CorpusFormatException(output.toString(), line, 0,
        "cannot resume: " + what + " on this line of the output; is it output of batch --format jsonl?");
  }
}

package org.framelens.cli;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.Multiset;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.framelens.CorpusFormatException;
import org.framelens.internal.CsvRows;
import org.framelens.report.FrameScore;
import org.framelens.report.FramingReport;

/** {@code --format csv}: a header, then one row per document and frame. */
final class CsvFormat implements BatchFormat {
  private static final String[] HEADER = {"id", "language", "frame", "score", "present", "stance",
      "endorsement", "evidence", "density", "first_sentence"};

  @Override
  public String name() {
    return "csv";
  }

  @Override
  public ReportWriter open(Writer out, boolean continuing, org.framelens.lexicon.Taxonomy taxonomy) throws IOException {
    CSVFormat.Builder format = CSVFormat.RFC4180.builder();
    if (!continuing) {
      format.setHeader(HEADER);
    }
    CSVPrinter csv = new CSVPrinter(out, format.get());
    return new ReportWriter() {
      @Override
      public void accept(FramingReport r) throws IOException {
        for (FrameScore f : r.frames()) {
          csv.printRecord(r.id(), r.language(), f.id(), f.score(), f.present(), f.stance().value(),
              f.endorsement(), f.evidence().size(), f.density(),
              f.firstSentence() == null ? "" : f.firstSentence());
        }
      }

      @Override
      public void flush() throws IOException {
        csv.flush();
      }
    };
  }

  /**
   * The documents whose rows are all there: a last row without its line feed is cut off, and so are the
   * rows of a last document that has fewer than {@code framesPerReport}.
   */
  @Override
  public Resume scan(Path output, int framesPerReport) throws IOException, CorpusFormatException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(output))) {
      CsvRows rows = new CsvRows(in);
      if (!rows.next() || !rows.endsWithNewline()) {
        return new Resume(HashMultiset.create(), 0, rows.end() > 0 ? "removed a truncated header" : "");
      }
      if (!fields(output, rows).equals(List.of(HEADER))) {
        throw notOutput(output, 1, "its header is not that of batch --format csv");
      }
      return scanRows(output, rows, framesPerReport);
    }
  }

  private static Resume scanRows(Path output, CsvRows rows, int frames) throws IOException, CorpusFormatException {
    Multiset<String> ids = HashMultiset.create();
    String id = null;
    int rowsOfId = 0;
    long documentStart = rows.end();
    String truncated = "";
    while (rows.next()) {
      if (!rows.endsWithNewline()) {
        truncated = "a truncated last line (" + (rows.end() - rows.start()) + " bytes)";
        break;
      }
      String rowId = fields(output, rows).get(0);
      if (!rowId.equals(id)) {
        if (rowsOfId % frames != 0) {
          throw notOutput(output, rows.line(), "document \"" + id + "\" before this line has " + rowsOfId
              + " rows, not a multiple of " + frames);
        }
        id = rowId;
        rowsOfId = 0;
      }
      if (rowsOfId % frames == 0) {
        documentStart = rows.start();
      }
      if (++rowsOfId % frames == 0) {
        ids.add(id);
        documentStart = rows.end();
      }
    }
    return new Resume(ids, documentStart, cutMessage(rowsOfId % frames, frames, truncated));
  }

  private static String cutMessage(int partialRows, int frames, String truncated) {
    String partial = partialRows == 0 ? ""
        : "the incomplete last document (" + partialRows + " of " + frames + " rows)";
    if (partial.isEmpty() && truncated.isEmpty()) {
      return "";
    }
    return "removed " + (partial.isEmpty() ? truncated : truncated.isEmpty() ? partial : partial + " and "
        + truncated);
  }

  private static List<String> fields(Path output, CsvRows rows) throws CorpusFormatException {
    String row = new String(rows.bytes(), StandardCharsets.UTF_8);
    try (CSVParser parser = CSVParser.parse(row, CSVFormat.RFC4180)) {
      List<CSVRecord> records = parser.getRecords();
      if (records.size() == 1 && records.get(0).size() == HEADER.length) {
        return records.get(0).toList();
      }
    } catch (IOException | UncheckedIOException e) {
      // reported below
    }
    throw notOutput(output, rows.line(), "this row is not one of batch --format csv");
  }

  private static CorpusFormatException notOutput(Path output, int line, String what) {
    return new CorpusFormatException(output.toString(), line, 0, "cannot resume: " + what);
  }
}

package org.framelens.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import org.framelens.CorpusFormatException;
import org.framelens.Document;
import org.framelens.corpus.Semeval;
import org.framelens.corpus.TextDirectoryReader;
import org.framelens.lexicon.Taxonomy;
import org.framelens.report.FramingReport;

/**
 * {@code --format semeval}: the prediction format of SemEval-2025 Task 10, subtask 2, one line per document,
 * {@code file<TAB>narratives<TAB>subnarratives} ({@link Semeval#predicted}: the narratives the document
 * promotes). The first column is the document's {@code file} (directory input: the article's file name, as
 * the task names documents), otherwise its id.
 */
final class SemevalFormat implements BatchFormat {
  @Override
  public String name() {
    return "semeval";
  }

  @Override
  public ReportWriter open(Writer out, boolean continuing, Taxonomy taxonomy) {
    return new ReportWriter() {
      @Override
      public void accept(FramingReport report) throws IOException {
        out.write(prepare(report));
      }

      @Override
      public String prepare(FramingReport report) {
        Object file = report.metadata().get(TextDirectoryReader.FILE_FIELD);
        String name = file instanceof String s ? s : String.valueOf(report.id());
        return Semeval.predicted(report, taxonomy).line(name) + "\n";
      }

      @Override
      public void accept(FramingReport report, String prepared) throws IOException {
        out.write(prepared);
      }

      @Override
      public void flush() throws IOException {
        out.flush();
      }
    };
  }

  @Override
  public String key(Document document) {
    return document.metadata().get(TextDirectoryReader.FILE_FIELD) instanceof String s ? s : document.id();
  }

  @Override
  public Resume scan(Path output, int framesPerReport) throws IOException, CorpusFormatException {
    return LineOutput.scan(output, (line, number) -> {
      int tab = line.indexOf('\t');
      if (tab < 0 || line.indexOf('\t', tab + 1) < 0) {
        throw new CorpusFormatException(output.toString(), number, 0,
            "cannot resume: this line of the output is not file<TAB>narratives<TAB>subnarratives; is it output "
                + "of batch --format semeval?");
      }
      return line.substring(0, tab);
    });
  }
}

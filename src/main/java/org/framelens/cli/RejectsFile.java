package org.framelens.cli;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.framelens.CorpusFormatException;
import org.framelens.corpus.BatchRunner;

/**
 * The rejects file of {@code batch --skip-bad}, created on the first malformed record: each record as
 * {@link org.framelens.corpus.DocumentSource#lastRecord()} gives it, one per line, after {@code header}
 * (the CSV header row, so that the file is CSV again). Each reject is also reported on stderr.
 */
final class RejectsFile implements BatchRunner.Rejects, Closeable {
  private final Path path;
  private final byte[] header;
  private final PrintWriter err;
  private OutputStream out;

  RejectsFile(Path path, byte[] header, PrintWriter err) {
    this.path = path;
    this.header = header.clone();
    this.err = err;
  }

  @Override
  public void reject(CorpusFormatException problem, byte[] record) throws IOException {
    err.println("framelens: skipped " + problem.getMessage());
    if (out == null) {
      out = new BufferedOutputStream(Files.newOutputStream(path));
      if (header.length > 0) {
        out.write(header);
        out.write('\n');
      }
    }
    out.write(record);
    out.write('\n');
  }

  @Override
  public void close() throws IOException {
    if (out != null) {
      out.close();
    }
  }
}

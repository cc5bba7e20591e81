package org.framelens.cli;

import com.google.common.io.CountingInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongSupplier;
import org.framelens.CorpusFormatException;
import org.framelens.corpus.CsvReader;
import org.framelens.corpus.DocumentSource;
import org.framelens.corpus.JsonlReader;
import org.framelens.corpus.TextDirectoryReader;

/**
 * The input of a batch run: its documents, and how far they have been read, for the progress bar.
 *
 * @param source the documents
 * @param rejectsHeader what a rejects file starts with (the CSV header row), or nothing
 * @param total the input's size in {@code unit}s, or -1 when unknown (standard input)
 * @param position how many {@code unit}s have been read
 * @param unit {@code bytes} or {@code files}
 */
record BatchInput(DocumentSource source, byte[] rejectsHeader, long total, LongSupplier position, String unit)
    implements Closeable {
  /** Input kinds of {@code --input-format}. */
  enum Kind { JSONL, CSV, TXT }

  /** Opens {@code in} ({@code -}: standard input) as {@code kind}. */
  static BatchInput open(Kind kind, String in, CsvReader.Columns columns, boolean replaceInvalidUtf8)
      throws IOException, CorpusFormatException {
    if (kind == Kind.TXT) {
      TextDirectoryReader reader = TextDirectoryReader.open(Path.of(in), replaceInvalidUtf8);
      return new BatchInput(reader, new byte[0], reader.size(), reader::filesRead, "files");
    }
    boolean stdin = in.equals("-");
    String name = stdin ? "<stdin>" : in;
    long total = stdin ? -1 : Files.size(Path.of(in));
    InputStream raw = stdin ? System.in : Files.newInputStream(Path.of(in));
    CountingInputStream counting = new CountingInputStream(raw);
    if (kind == Kind.JSONL) {
      return new BatchInput(new JsonlReader(name, counting, replaceInvalidUtf8), new byte[0], total,
          counting::getCount, "bytes");
    }
    try {
      CsvReader csv = CsvReader.open(name, counting, columns, replaceInvalidUtf8);
      return new BatchInput(csv, csv.headerBytes(), total, counting::getCount, "bytes");
    } catch (IOException | CorpusFormatException | RuntimeException e) {
      counting.close();
      throw e;
    }
  }

  @Override
  public void close() throws IOException {
    source.close();
  }
}

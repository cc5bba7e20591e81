package org.framelens.corpus;

import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;
import org.framelens.CorpusFormatException;
import org.framelens.Document;

/**
 * A stream of documents read from a corpus: {@link JsonlReader} (JSON Lines), {@link CsvReader} (CSV with a
 * header row) or {@link TextDirectoryReader} (a directory of {@code .txt} files).
 *
 * <p>After a {@link CorpusFormatException} the source can go on with the next record, so a batch run can
 * skip malformed records. Implementations stream: memory stays bounded by the largest record. Not
 * thread-safe.
 */
public interface DocumentSource extends Closeable {
  /**
   * The next document, or empty at the end of the input.
   *
   * @throws CorpusFormatException when the next record is malformed (the message names the file and line);
   *     the following call goes on after it
   */
  Optional<Document> next() throws IOException, CorpusFormatException;

  /**
   * The record read last as it belongs in a rejects file: the raw bytes of a JSONL line or a CSV row
   * (without the final line break), or the relative path of a text file.
   */
  byte[] lastRecord();
}

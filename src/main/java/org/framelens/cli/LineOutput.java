package org.framelens.cli;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.Multiset;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.framelens.CorpusFormatException;

/** Resuming an output with one report per line: the ids of the complete lines, a truncated last line cut off. */
final class LineOutput {
  private LineOutput() {}

  /** Finds a report line's id; null when the line has none (it can then match no document). */
  @FunctionalInterface
  interface IdOf {
    String id(String line, int number) throws CorpusFormatException;
  }

  /** The ids of the complete lines of {@code output} (those ending with a line feed). */
  static BatchFormat.Resume scan(Path output, IdOf idOf) throws IOException, CorpusFormatException {
    Multiset<String> ids = HashMultiset.create();
    long offset = 0;
    long keep = 0;
    int number = 0;
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(output), 1 << 16)) {
      for (int b = in.read(); b >= 0; b = in.read()) {
        offset++;
        if (b != '\n') {
          line.write(b);
          continue;
        }
        String id = idOf.id(line.toString(StandardCharsets.UTF_8), ++number);
        if (id != null) {
          ids.add(id);
        }
        keep = offset;
        line.reset();
      }
    }
    String cut = offset > keep ? "removed a truncated last line (" + (offset - keep) + " bytes)" : "";
    return new BatchFormat.Resume(ids, keep, cut);
  }
}

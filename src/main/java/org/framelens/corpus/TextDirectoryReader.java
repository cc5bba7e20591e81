package org.framelens.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.framelens.CorpusFormatException;
import org.framelens.Document;
import org.framelens.internal.Utf8;

/**
 * Reads every {@code .txt} file under a directory (recursively) as one document each, in the order of
 * their paths relative to the directory ({@code /}-separated, compared as strings), so that runs are
 * deterministic.
 *
 * <p>A document's id is its relative path without {@code .txt} (for example {@code 2024/rt/0001}); its
 * metadata has the field {@code file} with the relative path. The language is left to detection. Only the
 * list of file names is held in memory; each file is read when its turn comes. A file that cannot be read,
 * or (unless bytes that are not UTF-8 are replaced) holds bytes that are not UTF-8, raises a {@link
 * CorpusFormatException} naming it; the next call goes on with the next file. Not thread-safe.
 */
public final class TextDirectoryReader implements DocumentSource {
  /** Metadata field holding a document's file, relative to the directory (e.g. {@code sub/EN_1.txt}). */
  public static final String FILE_FIELD = "file";

  private final Path dir;
  private final List<String> files;
  private final boolean replaceInvalid;
  private int next;

  private TextDirectoryReader(Path dir, List<String> files, boolean replaceInvalid) {
    this.dir = dir;
    this.files = files;
    this.replaceInvalid = replaceInvalid;
  }

  /**
   * Lists the {@code .txt} files under {@code dir}.
   *
   * @param replaceInvalidUtf8 turn bytes that are not UTF-8 into U+FFFD (the report then warns) instead of
   *     rejecting the file
   * @throws IOException when {@code dir} is not a directory or cannot be listed
   */
  public static TextDirectoryReader open(Path dir, boolean replaceInvalidUtf8) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new java.nio.file.NotDirectoryException(dir.toString());
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      List<String> files = walk
          .filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p))
          .map(p -> relative(dir, p))
          .sorted()
          .collect(Collectors.toUnmodifiableList());
      return new TextDirectoryReader(dir, files, replaceInvalidUtf8);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static String relative(Path dir, Path file) {
    return StreamSupport.stream(dir.relativize(file).spliterator(), false)
        .map(Path::toString)
        .collect(Collectors.joining("/"));
  }

  /** How many {@code .txt} files the directory holds. */
  public int size() {
    return files.size();
  }

  /** How many files have been read (or rejected) so far. */
  public int filesRead() {
    return next;
  }

  @Override
  public Optional<Document> next() throws CorpusFormatException {
    if (next == files.size()) {
      return Optional.empty();
    }
    String file = files.get(next++);
    Path path = dir.resolve(file);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      throw new CorpusFormatException(path.toString(), 0, 0, "cannot read the file: " + reason(e));
    }
    String id = file.substring(0, file.length() - ".txt".length());
    return Optional.of(new Document(id, Utf8.decode(path.toString(), bytes, replaceInvalid), null,
        Map.of(FILE_FIELD, file)));
  }

  private static String reason(IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "it no longer exists";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** The relative path of the file read last, as UTF-8 bytes. */
  @Override
  public byte[] lastRecord() {
    return next == 0 ? new byte[0] : files.get(next - 1).getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    // files are read whole and closed as they are read
  }
}

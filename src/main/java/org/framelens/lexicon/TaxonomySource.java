package org.framelens.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** Where a taxonomy's files come from: a directory, or the {@code lexicons/} resources of the jar. */
abstract class TaxonomySource {
  /** Display name of a file, used in diagnostics. */
  abstract String name(String relativePath);

  /** The bytes of a file, or empty when it does not exist. */
  abstract Optional<byte[]> read(String relativePath) throws IOException;

  static TaxonomySource directory(Path dir) {
    return new TaxonomySource() {
      @Override
      String name(String relativePath) {
        return dir.resolve(relativePath).toString();
      }

      @Override
      Optional<byte[]> read(String relativePath) throws IOException {
        try {
          return Optional.of(Files.readAllBytes(dir.resolve(relativePath)));
        } catch (NoSuchFileException e) {
          return Optional.empty();
        }
      }
    };
  }

  static TaxonomySource classpath(String id) {
    return classpathRoot("lexicons/" + id + "/");
  }

  /** Resources under {@code base} (which ends with '/'). */
  static TaxonomySource classpathRoot(String base) {
    return new TaxonomySource() {
      @Override
      String name(String relativePath) {
        return "classpath:" + base + relativePath;
      }

      @Override
      Optional<byte[]> read(String relativePath) throws IOException {
        try (InputStream in = TaxonomySource.class.getClassLoader().getResourceAsStream(base + relativePath)) {
          return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        }
      }
    };
  }

}

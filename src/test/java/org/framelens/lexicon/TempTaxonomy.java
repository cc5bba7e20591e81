package org.framelens.lexicon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small taxonomy directories for tests: a {@code taxonomy.ini} and cue files. */
public final class TempTaxonomy {
  /** A valid two-frame English taxonomy; frame {@code alpha} starts on line 7, {@code beta} on line 11. */
  static final String VALID_INI = """
      [taxonomy]
      id = test-taxonomy
      version = 0.0.1
      label = Test taxonomy
      languages = en

      [frame alpha]
      label = Alpha
      description = First test frame.

      [frame beta]
      label = Beta
      parent = alpha
      threshold = 0.4
      description = Second test frame, a child of alpha.
      """;

  private final Path dir;

  private TempTaxonomy(Path dir) {
    this.dir = dir;
  }

  /** A taxonomy in {@code dir} with the given {@code taxonomy.ini}. */
  public static TempTaxonomy in(Path dir, String ini) {
    return new TempTaxonomy(dir).file("taxonomy.ini", ini);
  }

  /** A taxonomy in {@code dir} with {@link #VALID_INI}. */
  public static TempTaxonomy valid(Path dir) {
    return in(dir, VALID_INI);
  }

  /** Writes {@code cues/<lang>/<frame>.txt}. */
  public TempTaxonomy cues(String lang, String frame, String content) {
    return file("cues/" + lang + "/" + frame + ".txt", content);
  }

  /** Writes raw bytes to {@code cues/<lang>/<frame>.txt}. */
  TempTaxonomy cueBytes(String lang, String frame, byte[] content) {
    return bytes("cues/" + lang + "/" + frame + ".txt", content);
  }

  public TempTaxonomy file(String relative, String content) {
    return bytes(relative, content.getBytes(StandardCharsets.UTF_8));
  }

  public Path dir() {
    return dir;
  }

  /** The path diagnostics use for a file of this taxonomy. */
  String name(String relative) {
    return dir.resolve(relative).toString();
  }

  private TempTaxonomy bytes(String relative, byte[] content) {
    try {
      Path file = dir.resolve(relative);
      Files.createDirectories(file.getParent());
      Files.write(file, content);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

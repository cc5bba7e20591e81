package org.framelens.spark;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.framelens.FramingAnalyzer;
import org.framelens.LexiconFormatException;
import org.framelens.Mode;
import org.framelens.lexicon.Taxonomy;
import org.framelens.text.Language;

/**
 * Everything that determines an analyzer: the key of {@link Analyzers}. Serializable (strings and enums only),
 * unlike the analyzer it describes.
 *
 * @param taxonomy built-in taxonomy id or directory
 * @param mode analysis mode
 * @param language fixed language, or {@code null} to detect
 * @param models classifier model directory, or {@code null} for the built-in models
 */
record AnalyzerConfig(String taxonomy, Mode mode, Language language, String models) implements Serializable {
  private static final long serialVersionUID = 1L;

  AnalyzerConfig {
    requireNonNull(taxonomy, "taxonomy");
    requireNonNull(mode, "mode");
  }

  /**
   * Builds the analyzer this configuration describes.
   *
   * @throws IllegalArgumentException if the taxonomy cannot be read or is malformed, or the models do not fit it
   * @throws IllegalStateException if the mode needs models the taxonomy lacks
   */
  FramingAnalyzer build() {
    FramingAnalyzer.Builder b = FramingAnalyzer.builder().mode(mode);
    try {
      b.taxonomy(Taxonomy.resolve(taxonomy));
    } catch (IOException | UncheckedIOException e) {
      throw new IllegalArgumentException("cannot read taxonomy '" + taxonomy + "': " + e.getMessage(), e);
    } catch (LexiconFormatException e) {
      throw new IllegalArgumentException("malformed taxonomy '" + taxonomy + "': " + e.getMessage(), e);
    }
    if (language != null) {
      b.language(language);
    }
    if (models != null) {
      b.classifiers(Path.of(models));
    }
    try {
      return b.build();
    } catch (UncheckedIOException e) {
      throw new IllegalArgumentException("cannot read models '" + models + "': " + e.getMessage(), e);
    }
  }
}

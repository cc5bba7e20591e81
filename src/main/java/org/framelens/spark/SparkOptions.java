package org.framelens.spark;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import org.framelens.Mode;
import org.framelens.lexicon.Taxonomy;
import org.framelens.text.Language;

/**
 * How {@link FramelensSpark#frames} analyses a {@code Dataset<Row>}: the analyzer configuration and the
 * names of the input columns.
 *
 * <p>Immutable and {@link Serializable}: this is all that is shipped to the executors, which build their
 * analyzer from it once per JVM. Build one with {@link #builder()}; {@link #defaults()} reads columns
 * {@code id}, {@code text} and (when present) {@code lang} with the default taxonomy in hybrid mode.
 *
 * @param taxonomy a built-in taxonomy id or a taxonomy directory readable at the same path on every executor
 * @param mode the analysis mode
 * @param language the language of every document, or {@code null} to use the lang column or detect it
 * @param models a directory of classifier models from {@code framelens train}, readable on every executor, or
 *     {@code null} for the built-in models
 * @param idColumn the document id column (any type; passed through unchanged)
 * @param textColumn the text column (string)
 * @param langColumn the language column (string, ISO 639-1), which must exist; or {@code null} to use a
 *     {@code lang} column when the input has one
 * @param reportJson whether to add a {@code report} column with the document's full report JSON
 */
public record SparkOptions(String taxonomy, Mode mode, Language language, String models, String idColumn,
    String textColumn, String langColumn, boolean reportJson) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The language column used when none is named and the input has one. */
  public static final String DEFAULT_LANG_COLUMN = "lang";

  public SparkOptions {
    requireNonNull(taxonomy, "taxonomy");
    requireNonNull(mode, "mode");
    checkArgument(!requireNonNull(idColumn, "idColumn").isEmpty(), "idColumn is empty");
    checkArgument(!requireNonNull(textColumn, "textColumn").isEmpty(), "textColumn is empty");
    checkArgument(!idColumn.equals(textColumn), "idColumn and textColumn are both '%s'", idColumn);
    checkArgument(langColumn == null || (!langColumn.equals(idColumn) && !langColumn.equals(textColumn)),
        "langColumn '%s' is also the id or text column", langColumn);
  }

  /** Default taxonomy, hybrid mode, language from a {@code lang} column or detected, no report JSON. */
  public static SparkOptions defaults() {
    return builder().build();
  }

  /** A builder with every option at its default. */
  public static Builder builder() {
    return new Builder();
  }

  /** The part of these options that determines the analyzer (the key of the executors' analyzer cache). */
  AnalyzerConfig analyzerConfig() {
    return new AnalyzerConfig(taxonomy, mode, language, models);
  }

  /**
   * Builds {@link SparkOptions}. Each option can be set once (a second call fails and names the value
   * already set). Not thread-safe.
   */
  public static final class Builder {
    private String taxonomy;
    private Mode mode;
    private Language language;
    private String models;
    private String idColumn;
    private String textColumn;
    private String langColumn;
    private Boolean reportJson;

    private Builder() {}

    /** A built-in taxonomy id or a directory (default {@value Taxonomy#DEFAULT_ID}). */
    public Builder taxonomy(String idOrPath) {
      checkState(taxonomy == null, "taxonomy already set to %s", taxonomy);
      taxonomy = requireNonNull(idOrPath, "idOrPath");
      return this;
    }

    /** The analysis mode (default {@link Mode#HYBRID}). */
    public Builder mode(Mode mode) {
      checkState(this.mode == null, "mode already set to %s", this.mode);
      this.mode = requireNonNull(mode, "mode");
      return this;
    }

    /** Analyse every document as {@code language}, whatever its lang column (default: column or detect). */
    public Builder language(Language language) {
      checkState(this.language == null, "language already set to %s", this.language);
      this.language = requireNonNull(language, "language");
      return this;
    }

    /** Classifier models trained with {@code framelens train}, at a path every executor can read. */
    public Builder models(String dir) {
      checkState(models == null, "models already set to %s", models);
      models = requireNonNull(dir, "dir");
      return this;
    }

    /** The id column (default {@code id}). */
    public Builder idColumn(String name) {
      checkState(idColumn == null, "idColumn already set to %s", idColumn);
      idColumn = requireNonNull(name, "name");
      return this;
    }

    /** The text column (default {@code text}). */
    public Builder textColumn(String name) {
      checkState(textColumn == null, "textColumn already set to %s", textColumn);
      textColumn = requireNonNull(name, "name");
      return this;
    }

    /** The language column, which the input must then have (default: {@code lang} when present). */
    public Builder langColumn(String name) {
      checkState(langColumn == null, "langColumn already set to %s", langColumn);
      langColumn = requireNonNull(name, "name");
      return this;
    }

    /** Whether to add the full report JSON in a {@code report} column (default false). */
    public Builder reportJson(boolean include) {
      checkState(reportJson == null, "reportJson already set to %s", reportJson);
      reportJson = include;
      return this;
    }

    /** The options; unset ones take their defaults. */
    public SparkOptions build() {
      return new SparkOptions(taxonomy == null ? Taxonomy.DEFAULT_ID : taxonomy, mode == null ? Mode.HYBRID : mode,
          language, models, idColumn == null ? "id" : idColumn, textColumn == null ? "text" : textColumn,
          langColumn, reportJson != null && reportJson);
    }
  }
}

package org.framelens.cli;

import java.io.IOException;
import java.util.Locale;
import org.framelens.FramingAnalyzer;
import org.framelens.LexiconFormatException;
import org.framelens.Mode;
import org.framelens.lexicon.Taxonomy;
import org.framelens.text.Language;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Options shared by the commands that build an analyzer. */
final class AnalyzerOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(names = "--taxonomy", paramLabel = "ID|PATH", defaultValue = Taxonomy.DEFAULT_ID,
      description = "Built-in taxonomy id or a taxonomy directory (default: ${DEFAULT-VALUE}).")
  String taxonomy;

  @Option(names = "--lang", paramLabel = "auto|en|ru", defaultValue = "auto",
      description = "Language of the documents; auto detects it per document (default: ${DEFAULT-VALUE}).")
  String lang;

  @Option(names = "--mode", paramLabel = "hybrid|lexicon|classifier", defaultValue = "hybrid",
      description = "Evidence to use (default: ${DEFAULT-VALUE}): lexicon cues, sentence classifiers, or both. "
          + "Hybrid falls back to lexicon evidence where there are no classifier models.")
  String mode;

  @Option(names = "--invalid-utf8", paramLabel = "error|replace", defaultValue = "error",
      description = "Bytes that are not UTF-8: stop with the file, line and byte offset (error, the default), "
          + "or replace them with U+FFFD and warn in the report (replace).")
  String invalidUtf8;

  boolean replaceInvalidUtf8() {
    if (!invalidUtf8.equals("error") && !invalidUtf8.equals("replace")) {
      throw new ParameterException(spec.commandLine(), "unknown --invalid-utf8 '" + invalidUtf8
          + "' (use error or replace)");
    }
    return invalidUtf8.equals("replace");
  }

  /** Decodes a document's bytes by the --invalid-utf8 policy; {@code name} is the file for the error. */
  String decode(String name, byte[] bytes) throws org.framelens.CorpusFormatException {
    return org.framelens.internal.Utf8.decode(name, bytes, replaceInvalidUtf8());
  }

  /** Reads a whole document file, decoded by the --invalid-utf8 policy. */
  String readText(java.nio.file.Path file) throws IOException, org.framelens.CorpusFormatException {
    return decode(file.toString(), java.nio.file.Files.readAllBytes(file));
  }

  @Option(names = "--models", paramLabel = "MODEL_DIR",
      description = "Classifier models from 'framelens train' instead of the built-in ones.")
  java.nio.file.Path models;

  FramingAnalyzer build() throws IOException, LexiconFormatException {
    FramingAnalyzer.Builder b = FramingAnalyzer.builder()
        .taxonomy(Taxonomy.resolve(taxonomy))
        .mode(parseMode());
    if (models != null) {
      b.classifiers(models);
    }
    if (!lang.equalsIgnoreCase("auto")) {
      b.language(Language.forCode(lang).orElseThrow(() -> new ParameterException(spec.commandLine(),
          "unsupported --lang '" + lang + "' (use auto, en or ru)")));
    }
    return b.build();
  }

  private Mode parseMode() {
    try {
      return Mode.valueOf(mode.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(),
          "unknown --mode '" + mode + "' (use hybrid, lexicon or classifier)");
    }
  }
}

package org.framelens;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.framelens.report.FramingReport;

/**
 * One-line access for JShell and scripts: {@code Framelens.analyze(text)} with a default analyzer that is
 * built on first use and shared.
 *
 * <pre>{@code
 * jshell> Framelens.analyze("Sanctions have failed; Russia's self-reliance grows.")
 * }</pre>
 *
 * Thread-safe.
 */
public final class Framelens {
  private Framelens() {}

  private static final class Default {
    static final FramingAnalyzer ANALYZER = FramingAnalyzer.builder().build();
  }

  /** The shared default analyzer (default taxonomy, language detection, hybrid mode). */
  public static FramingAnalyzer defaultAnalyzer() {
    return Default.ANALYZER;
  }

  /** Analyses {@code text} with the default analyzer. */
  public static FramingReport analyze(String text) {
    return Default.ANALYZER.analyze(text);
  }

  /** The embedded demo article in {@code en} or {@code ru}, written for this project. */
  public static String demoArticle(String language) {
    String resource = "demo/demo-" + language + ".txt";
    try (InputStream in = Framelens.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no demo article for language '" + language + "' (have: en, ru)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

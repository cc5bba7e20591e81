package org.framelens.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.framelens.FramingAnalyzer;

/**
 * The analyzers of this JVM, one per configuration, built on first use and then shared by every task
 * (an analyzer is thread-safe). This is how an executor builds its analyzer once rather than once per
 * partition, and why no analyzer or OpenNLP object ever travels through a Spark closure: tasks carry an
 * {@link AnalyzerConfig} and look the analyzer up here.
 *
 * <p>Strictly, "per JVM" is per class loader that loads framelens: an executor has one, and in local mode under
 * {@code spark-submit} the driver and the executor each have their own. Holds at most one analyzer per distinct
 * configuration a job uses (about 130 MB each with both languages loaded). Thread-safe: concurrent first calls
 * with the same configuration build it once.
 */
final class Analyzers {
  private static final Map<AnalyzerConfig, FramingAnalyzer> BY_CONFIG = new ConcurrentHashMap<>();

  private Analyzers() {}

  /**
   * The analyzer for {@code config}, built now if this JVM has none yet.
   *
   * @throws IllegalArgumentException if the configuration names a taxonomy or models that cannot be read
   */
  static FramingAnalyzer get(AnalyzerConfig config) {
    return BY_CONFIG.computeIfAbsent(config, AnalyzerConfig::build);
  }

  /** How many analyzers this JVM holds (for tests). */
  static int size() {
    return BY_CONFIG.size();
  }
}

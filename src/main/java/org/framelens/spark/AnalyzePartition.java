package org.framelens.spark;

import com.google.common.collect.Iterators;
import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.framelens.FramingAnalyzer;

/**
 * The function Spark runs on each partition: looks up this JVM's analyzer for the configuration and maps
 * each input row to its output rows, lazily (a partition is never held in memory).
 *
 * <p>Serializable state is the configuration and the column layout only; the analyzer comes from
 * {@link Analyzers} on the executor.
 */
final class AnalyzePartition implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  private final AnalyzerConfig config;
  private final FrameRows.Layout layout;

  AnalyzePartition(AnalyzerConfig config, FrameRows.Layout layout) {
    this.config = config;
    this.layout = layout;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> input) {
    FramingAnalyzer analyzer = Analyzers.get(config);
    return Iterators.concat(Iterators.transform(input,
        row -> FrameRows.rows(row, layout, analyzer::analyze).iterator()));
  }
}

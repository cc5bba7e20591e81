package org.framelens.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.framelens.FramingAnalyzer;
import org.framelens.corpus.BatchRunner;
import org.framelens.corpus.JsonlReader;
import org.framelens.report.FramingReport;
import org.framelens.report.ReportJson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The batch runner with the default analyzer (hybrid) over an in-memory JSONL corpus (English), reports
 * written as JSON, on 1 and 2 threads.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class BatchBenchmark {
  @Param({"1", "2"})
  public int threads;

  byte[] jsonl;
  FramingAnalyzer analyzer;

  @Setup
  public void setUp() throws Exception {
    ObjectMapper json = new ObjectMapper();
    StringBuilder b = new StringBuilder();
    List<String> docs = Corpus.documents("en", AnalyzeBenchmark.CORPUS_CHARS);
    for (int i = 0; i < docs.size(); i++) {
      b.append(json.writeValueAsString(Map.of("id", "d" + i, "text", docs.get(i), "lang", "en"))).append('\n');
    }
    jsonl = b.toString().getBytes(StandardCharsets.UTF_8);
    analyzer = FramingAnalyzer.builder().build();
  }

  @Benchmark
  public long batch() throws Exception {
    long[] bytes = new long[1];
    try (JsonlReader reader = new JsonlReader("bench", new ByteArrayInputStream(jsonl))) {
      // as batch --format jsonl does: the JSON is written on the worker threads, appended in input order
      new BatchRunner(analyzer, threads).run(reader, new BatchRunner.Sink() {
        @Override
        public void accept(FramingReport r) {
          accept(r, prepare(r));
        }

        @Override
        public String prepare(FramingReport r) {
          return ReportJson.write(r);
        }

        @Override
        public void accept(FramingReport r, String json) {
          bytes[0] += json.length();
        }
      });
    }
    return bytes[0];
  }
}

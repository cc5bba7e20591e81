package org.framelens.bench;

import java.util.concurrent.TimeUnit;
import org.framelens.FramingAnalyzer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cold start: building the default analyzer (loading OpenNLP models and lexicons, compiling tries) and
 * analysing one sentence, once per fresh JVM.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
public class StartupBenchmark {
  @Benchmark
  public Object buildDefaultAnalyzerAndAnalyzeOnce() {
    return FramingAnalyzer.builder().build().analyze("Sanctions have failed.");
  }
}

package org.framelens.corpus;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.framelens.CorpusFormatException;
import org.framelens.Document;
import org.framelens.FramingAnalyzer;
import org.framelens.report.FramingReport;

/**
 * Analyses a stream of documents on N threads and hands the reports to a sink in input order.
 *
 * <p>At most {@code 4 × threads} documents are in flight, so memory stays bounded whatever the corpus
 * size. The analyzer is shared (it is thread-safe). Stops at the first malformed input record unless the
 * caller asks to skip them; can skip documents that an earlier run already finished ({@code --resume}).
 */
public final class BatchRunner {
  /**
   * Receives reports in input order. A sink may also turn each report into its output text on the worker
   * thread that analysed it ({@link #prepare}, so that serialising runs in parallel too) and then only write
   * that text in order ({@link #accept(FramingReport, String)}).
   */
  @FunctionalInterface
  public interface Sink {
    void accept(FramingReport report) throws IOException;

    /** The report's output, computed on a worker thread (must be thread-safe); {@code null} (default): none. */
    default String prepare(FramingReport report) {
      return null;
    }

    /** Receives a report and what {@link #prepare} gave for it, in input order; default: {@link #accept}. */
    default void accept(FramingReport report, String prepared) throws IOException {
      accept(report);
    }
  }

  /** Receives each malformed input record when bad records are skipped. */
  @FunctionalInterface
  public interface Rejects {
    /** {@code record} is {@link DocumentSource#lastRecord()} of the malformed record. */
    void reject(CorpusFormatException problem, byte[] record) throws IOException;
  }

  /**
   * What a run did.
   *
   * @param documents documents analysed and handed to the sink
   * @param rejected malformed input records skipped
   * @param alreadyDone documents skipped because an earlier run had finished them
   * @param framesPresent frames found present, summed over the documents
   * @param nanos time taken
   */
  public record Summary(long documents, long rejected, long alreadyDone, long framesPresent, long nanos) {
    /** Seconds taken. */
    public double seconds() {
      return nanos / 1e9;
    }

    /** Documents analysed per second over the run. */
    public double documentsPerSecond() {
      return nanos == 0 ? 0 : documents * 1e9 / nanos;
    }
  }

  private final FramingAnalyzer analyzer;
  private final int threads;

  public BatchRunner(FramingAnalyzer analyzer, int threads) {
    checkArgument(threads >= 1, "threads must be at least 1, got %s", threads);
    this.analyzer = analyzer;
    this.threads = threads;
  }

  /** Reads every document of {@code reader}, analyses it and passes the report to {@code sink}. */
  public Summary run(DocumentSource reader, Sink sink) throws IOException, CorpusFormatException {
    return run(reader, sink, null, d -> false);
  }

  /**
   * Like {@link #run(DocumentSource, Sink)}; with {@code rejects} non-null, a malformed record is handed to
   * it and skipped instead of ending the run.
   */
  public Summary run(DocumentSource reader, Sink sink, Rejects rejects) throws IOException, CorpusFormatException {
    return run(reader, sink, rejects, d -> false);
  }

  /**
   * Like {@link #run(DocumentSource, Sink, Rejects)}, skipping (without analysing) each document for which
   * {@code alreadyDone} is true. It is called once per document, in input order, on the calling thread.
   */
  public Summary run(DocumentSource reader, Sink sink, Rejects rejects, Predicate<Document> alreadyDone)
      throws IOException, CorpusFormatException {
    long start = System.nanoTime();
    long[] counts = new long[4];
    Source source = () -> {
      while (true) {
        try {
          Optional<Document> d = reader.next();
          if (d.isEmpty() || !alreadyDone.test(d.get())) {
            return d;
          }
          counts[3]++;
        } catch (CorpusFormatException e) {
          if (rejects == null) {
            throw e;
          }
          counts[2]++;
          rejects.reject(e, reader.lastRecord());
        }
      }
    };
    Sink counting = new Sink() {
      @Override
      public void accept(FramingReport report) throws IOException {
        accept(report, sink.prepare(report));
      }

      @Override
      public String prepare(FramingReport report) {
        return sink.prepare(report);
      }

      @Override
      public void accept(FramingReport report, String prepared) throws IOException {
        counts[0]++;
        counts[1] += report.presentFrames().size();
        sink.accept(report, prepared);
      }
    };
    if (threads == 1) {
      for (Optional<Document> d = source.next(); d.isPresent(); d = source.next()) {
        counting.accept(analyzer.analyze(d.get()));
      }
    } else {
      runParallel(source, counting);
    }
    return new Summary(counts[0], counts[2], counts[3], counts[1], System.nanoTime() - start);
  }

  /** The next document, skipping finished documents, and malformed records when asked to. */
  private interface Source {
    Optional<Document> next() throws IOException, CorpusFormatException;
  }

  private void runParallel(Source reader, Sink sink) throws IOException, CorpusFormatException {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "framelens-batch");
      t.setDaemon(true);
      return t;
    });
    Deque<Future<Prepared>> inFlight = new ArrayDeque<>();
    try {
      for (Optional<Document> d = reader.next(); d.isPresent(); d = reader.next()) {
        Document doc = d.get();
        inFlight.add(pool.submit(() -> {
          FramingReport report = analyzer.analyze(doc);
          return new Prepared(report, sink.prepare(report));
        }));
        if (inFlight.size() >= threads * 4) {
          take(inFlight).writeTo(sink);
        }
      }
      while (!inFlight.isEmpty()) {
        take(inFlight).writeTo(sink);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** A report and its output as the sink prepared it on the worker thread. */
  private record Prepared(FramingReport report, String output) {
    void writeTo(Sink sink) throws IOException {
      sink.accept(report, output);
    }
  }

  private static Prepared take(Deque<Future<Prepared>> inFlight) throws IOException {
    try {
      return inFlight.removeFirst().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}

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
  /** Receives reports in input order. */
  @FunctionalInterface
  public interface Sink {
    void accept(FramingReport report) throws IOException;
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
    Sink counting = report -> {
      counts[0]++;
      counts[1] += report.presentFrames().size();
      sink.accept(report);
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
    Deque<Future<FramingReport>> inFlight = new ArrayDeque<>();
    try {
      for (Optional<Document> d = reader.next(); d.isPresent(); d = reader.next()) {
        Document doc = d.get();
        inFlight.add(pool.submit(() -> analyzer.analyze(doc)));
        if (inFlight.size() >= threads * 4) {
          sink.accept(take(inFlight));
        }
      }
      while (!inFlight.isEmpty()) {
        sink.accept(take(inFlight));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static FramingReport take(Deque<Future<FramingReport>> inFlight) throws IOException {
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

package org.framelens;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.framelens.corpus.JsonlReader;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {
  @Test
  void analyze_sharedAcrossThreads_sameReportsAsSequential() throws Exception {
    List<Document> docs = corpus();
    FramingAnalyzer analyzer = FramingAnalyzer.builder().build();
    List<String> sequential = new ArrayList<>();
    for (Document d : docs) {
      sequential.add(ReportInvariants.check(analyzer.analyze(d), d.text()).toJson());
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (int round = 0; round < 125; round++) { // 125 x 16 = 2,000 analyses
        for (Document d : docs) {
          futures.add(pool.submit(() -> analyzer.analyze(d).toJson()));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(sequential.get(i % docs.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  static List<Document> corpus() throws IOException, CorpusFormatException {
    List<Document> docs = new ArrayList<>();
    try (InputStream in = ConcurrencyTest.class.getResourceAsStream("/corpus/news-sample.jsonl");
        JsonlReader reader = new JsonlReader("news-sample.jsonl", in)) {
      for (Optional<Document> d = reader.next(); d.isPresent(); d = reader.next()) {
        docs.add(d.get());
      }
    }
    return docs;
  }
}

package org.framelens.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.framelens.FramingAnalyzer;
import org.framelens.Mode;
import org.framelens.ReportInvariants;
import org.framelens.report.FramingReport;
import org.junit.jupiter.api.Test;

class BatchRunnerTest {
  private static final FramingAnalyzer ANALYZER = FramingAnalyzer.builder().mode(Mode.LEXICON).build();
  private static final String CSV = "id,text\na,Sanctions have failed.\nb,\"bad\",row\nc,NATO expansion goes on.\n"
      + "d,Our self-reliance grows.\n";

  @Test
  void run_alreadyDoneAndRejected_skippedAndCountedInOrder() throws Exception {
    List<FramingReport> reports = new ArrayList<>();
    List<String> rejected = new ArrayList<>();
    Set<String> done = Set.of("c");
    BatchRunner.Summary summary;
    try (CsvReader reader = CsvReader.open("in.csv", new ByteArrayInputStream(CSV.getBytes(StandardCharsets.UTF_8)),
        CsvReader.Columns.DEFAULT, false)) {
      summary = new BatchRunner(ANALYZER, 2).run(reader, reports::add,
          (problem, record) -> rejected.add(problem.line() + " " + new String(record, StandardCharsets.UTF_8)),
          d -> done.contains(d.id()));
    }
    assertThat(reports).extracting(FramingReport::id).containsExactly("a", "d");
    reports.forEach(r -> ReportInvariants.check(r, r.id().equals("a") ? "Sanctions have failed."
        : "Our self-reliance grows."));
    assertThat(rejected).containsExactly("3 b,\"bad\",row");
    assertThat(summary.documents()).isEqualTo(2);
    assertThat(summary.rejected()).isEqualTo(1);
    assertThat(summary.alreadyDone()).isEqualTo(1);
    assertThat(summary.framesPresent()).isPositive();
    assertThat(summary.seconds()).isPositive();
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(ints = {1, 2})
  void run_sinkThatPrepares_preparesOnTheAnalysingThreadAndWritesInInputOrder(int threads) throws Exception {
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      jsonl.append("{\"id\": \"d").append(i).append("\", \"text\": \"Sanctions have failed, part ").append(i)
          .append(".\"}\n");
    }
    List<String> written = new ArrayList<>();
    Set<String> preparedOn = java.util.concurrent.ConcurrentHashMap.newKeySet();
    try (JsonlReader reader = new JsonlReader("in.jsonl",
        new ByteArrayInputStream(jsonl.toString().getBytes(StandardCharsets.UTF_8)))) {
      new BatchRunner(ANALYZER, threads).run(reader, new BatchRunner.Sink() {
        @Override
        public void accept(FramingReport report) {
          throw new AssertionError("the runner hands prepared output to accept(report, prepared)");
        }

        @Override
        public String prepare(FramingReport report) {
          preparedOn.add(Thread.currentThread().getName());
          return "#" + report.id();
        }

        @Override
        public void accept(FramingReport report, String prepared) {
          assertThat(prepared).isEqualTo("#" + report.id());
          written.add(prepared);
        }
      });
    }
    assertThat(written).hasSize(40).startsWith("#d0", "#d1").endsWith("#d39");
    assertThat(written).isSortedAccordingTo(java.util.Comparator.comparingInt(w -> Integer.parseInt(w.substring(2))));
    if (threads > 1) {
      assertThat(preparedOn).containsOnly("framelens-batch");
    }
  }
}

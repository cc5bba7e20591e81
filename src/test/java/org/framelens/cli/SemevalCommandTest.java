package org.framelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.framelens.lexicon.TempTaxonomy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SemEval-2025 Task 10 path of the CLI: task directory in, the task's format and metric out. */
class SemevalCommandTest {
  @TempDir
  Path dir;

  Path taxonomy;
  Path task;

  @BeforeEach
  void setUp() throws Exception {
    taxonomy = TempTaxonomy.in(dir.resolve("mini"), org.framelens.corpus.SemevalTestData.MINI_INI)
        .cues("en", "blame", "provoked the war | 0.9\n")
        .cues("en", "blame__west", "nato started the war | 0.9\n")
        .cues("en", "praise", "glorious russia | 0.9\n")
        .cues("en", "praise__army", "invincible army | 0.9\n")
        .dir();
    task = dir.resolve("EN");
    Files.createDirectories(task.resolve("raw-documents"));
    Files.writeString(task.resolve("raw-documents/EN_1.txt"), "Who is to blame\n\nNATO started the war, plain and simple.");
    Files.writeString(task.resolve("raw-documents/EN_2.txt"), "Harvest\n\nThe harvest was early this year.");
    Files.writeString(task.resolve("raw-documents/EN_3.txt"), "Parade\n\nOur invincible army marched past.");
    Files.writeString(task.resolve("subtask-2-annotations.txt"), String.join("\n",
        "EN_1.txt\tURW: Blaming the war on others\tURW: Blaming the war on others: The West are the aggressors",
        "EN_2.txt\tOther\tOther",
        // the gold narrative here is one the lexicon does not find: coarse F1 0 and fine F1 0 for this document
        "EN_3.txt\tURW: Blaming the war on others\tURW: Blaming the war on others: Other", ""));
  }

  @Test
  void evaluateSemeval_analysesArticlesAndScoresWithSamplesF1() throws Exception {
    Path predictions = dir.resolve("pred.txt");
    MainTest.Run r = MainTest.run("evaluate", "--semeval", task.toString(), "--taxonomy", taxonomy.toString(),
        "--mode", "lexicon", "--write-predictions", predictions.toString());
    assertThat(r.code()).as(r.err()).isZero();
    // per document coarse F1: 1, 1, 0 -> 0.667; fine likewise
    assertThat(r.out()).contains("| 3 | 0.667 | 0.471 | 0.667 | 0.471 |");
    assertThat(Files.readAllLines(predictions)).containsExactly(
        "EN_1.txt\tURW: Blaming the war on others\tURW: Blaming the war on others: The West are the aggressors",
        "EN_2.txt\tOther\tOther",
        "EN_3.txt\tURW: Praise of Russia\tURW: Praise of Russia: Praise of Russian military might");

    // the written predictions, read back, score the same
    MainTest.Run again = MainTest.run("evaluate", "--semeval", task.toString(), "--predictions", predictions.toString());
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.out()).contains("| 3 | 0.667 | 0.471 | 0.667 | 0.471 |");
  }

  @Test
  void batchFormatSemeval_onTheTaskDirectory_roundTripsThroughEvaluate() throws Exception {
    Path predictions = dir.resolve("batch.txt");
    MainTest.Run r = MainTest.run("batch", "--in", task.resolve("raw-documents").toString(), "--out",
        predictions.toString(), "--format", "semeval", "--taxonomy", taxonomy.toString(), "--mode", "lexicon");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readAllLines(predictions)).hasSize(3).first().asString()
        .isEqualTo("EN_1.txt\tURW: Blaming the war on others\tURW: Blaming the war on others: The West are the aggressors");
    MainTest.Run scored = MainTest.run("evaluate", "--semeval", task.toString(), "--predictions", predictions.toString());
    assertThat(scored.code()).as(scored.err()).isZero();
    assertThat(scored.out()).contains("| 3 | 0.667 | 0.471 | 0.667 | 0.471 |");
  }

  @Test
  void batchFormatSemeval_resume_skipsDoneFilesAndEqualsAFullRun() throws Exception {
    Path full = dir.resolve("full.txt");
    String[] common = {"batch", "--in", task.resolve("raw-documents").toString(), "--format", "semeval", "--taxonomy",
        taxonomy.toString(), "--mode", "lexicon"};
    assertThat(MainTest.run(concat(common, "--out", full.toString())).code()).isZero();
    Path partial = dir.resolve("partial.txt");
    List<String> lines = Files.readAllLines(full);
    // an interrupted run: the first line complete, the second cut mid-way
    Files.writeString(partial, lines.get(0) + "\n" + lines.get(1).substring(0, 5));
    MainTest.Run r = MainTest.run(concat(common, "--out", partial.toString(), "--resume"));
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("1 skipped as already done");
    assertThat(Files.readString(partial)).isEqualTo(Files.readString(full));
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void evaluateSemeval_predictionMissingForAnArticle_exitsOneNamingIt() throws Exception {
    Path predictions = dir.resolve("pred.txt");
    Files.writeString(predictions, "EN_1.txt\tOther\tOther\n");
    MainTest.Run r = MainTest.run("evaluate", "--semeval", task.toString(), "--predictions", predictions.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("EN_2.txt");
  }

  @Test
  void evaluateSemeval_noAnnotations_exitsOne() throws Exception {
    Files.delete(task.resolve("subtask-2-annotations.txt"));
    MainTest.Run r = MainTest.run("evaluate", "--semeval", task.toString(), "--taxonomy", taxonomy.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("subtask-2-annotations.txt");
  }

  @Test
  void evaluate_predictionsWithoutSemeval_usageError() throws Exception {
    MainTest.Run r = MainTest.run("evaluate", "--gold", "x.jsonl", "--predictions", "p.txt");
    assertThat(r.code()).isEqualTo(2);
  }
}

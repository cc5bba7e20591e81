package org.framelens.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.framelens.CorpusFormatException;
import org.framelens.Document;
import org.framelens.Framelens;
import org.framelens.LexiconFormatException;
import org.framelens.ReportInvariants;
import org.framelens.corpus.CsvReader;
import org.framelens.corpus.JsonlReader;
import org.framelens.corpus.Semeval;
import org.framelens.lexicon.Taxonomy;

/**
 * Jazzer fuzz tests. Under {@code mvn test} they replay the kept inputs in
 * {@code src/test/resources/org/framelens/fuzz/FuzzTestsInputs/<method>/} (regression mode); with
 * {@code JAZZER_FUZZ=1} one of them fuzzes for its {@code maxDuration}. Only documented exceptions may escape
 * the library; anything else is a finding.
 */
class FuzzTests {
  @FuzzTest(maxDuration = "60s")
  void analyze_anyText(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    ReportInvariants.check(Framelens.analyze(text), text);
  }

  @FuzzTest(maxDuration = "60s")
  void lexicon_anyCueFile(FuzzedDataProvider data) throws IOException {
    Path dir = Files.createTempDirectory("fuzz-taxonomy");
    try {
      Files.writeString(dir.resolve("taxonomy.ini"),
          "[taxonomy]\nid = fuzz\nversion = 1\nlabel = Fuzz\nlanguages = en\n\n[frame f]\nlabel = F\n");
      Files.createDirectories(dir.resolve("cues/en"));
      Files.write(dir.resolve("cues/en/f.txt"), data.consumeRemainingAsBytes());
      Taxonomy.load(dir);
    } catch (LexiconFormatException expected) {
      // malformed input is reported, not fatal
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @FuzzTest(maxDuration = "60s")
  void jsonl_anyBytes(FuzzedDataProvider data) throws IOException {
    try (JsonlReader reader = new JsonlReader("fuzz", new ByteArrayInputStream(data.consumeRemainingAsBytes()))) {
      while (true) {
        try {
          Optional<Document> d = reader.next();
          if (d.isEmpty()) {
            return;
          }
        } catch (CorpusFormatException expected) {
          // a bad line names itself; the reader goes on with the next one
        }
      }
    }
  }

  @FuzzTest(maxDuration = "60s")
  void csv_anyBytes(FuzzedDataProvider data) throws IOException {
    byte[] bytes = data.consumeRemainingAsBytes();
    CsvReader reader;
    try {
      reader = CsvReader.open("fuzz.csv", new ByteArrayInputStream(bytes), CsvReader.Columns.DEFAULT, false);
    } catch (CorpusFormatException expected) {
      return; // no usable header row: reported, not fatal
    }
    try (reader) {
      // every call consumes at least one physical line, so the reader must be done within that many calls
      for (int calls = 0; calls <= bytes.length + 1; calls++) {
        try {
          if (reader.next().isEmpty()) {
            return;
          }
        } catch (CorpusFormatException expected) {
          // a bad row names itself; the reader goes on with the next one
        }
      }
      throw new AssertionError("the CSV reader does not advance");
    }
  }

  @FuzzTest(maxDuration = "60s")
  void semevalLabels_anyBytes(FuzzedDataProvider data) throws IOException {
    Path file = Files.createTempFile("fuzz-annotations", ".txt");
    try {
      Files.write(file, data.consumeRemainingAsBytes());
      Semeval.readLabels(file).forEach((name, labels) -> labels.line(name));
    } catch (CorpusFormatException expected) {
      // malformed lines and bytes name the file and line
    } finally {
      Files.delete(file);
    }
  }
}

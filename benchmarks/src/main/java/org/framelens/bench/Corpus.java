package org.framelens.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.framelens.Framelens;

/**
 * A realistic benchmark corpus built only from this project's own texts: the demo articles, the sample news
 * corpus and the dev-split validation sentences, shuffled with a fixed seed into articles of about twenty
 * sentences. The repository root is {@code -Dframelens.root} (default: the working directory).
 */
final class Corpus {
  static final int SENTENCES_PER_DOC = 20;

  private Corpus() {}

  /** About {@code targetChars} characters of articles in {@code lang}, deterministic. */
  static List<String> documents(String lang, int targetChars) {
    List<String> sentences = sentences(lang);
    Random random = new Random(42);
    List<String> docs = new ArrayList<>();
    int total = 0;
    while (total < targetChars) {
      Collections.shuffle(sentences, random);
      for (int i = 0; i + SENTENCES_PER_DOC <= sentences.size() && total < targetChars; i += SENTENCES_PER_DOC) {
        String doc = String.join(" ", sentences.subList(i, i + SENTENCES_PER_DOC));
        docs.add(doc);
        total += doc.length();
      }
    }
    return docs;
  }

  static int utf8Bytes(List<String> docs) {
    return docs.stream().mapToInt(d -> d.getBytes(StandardCharsets.UTF_8).length).sum();
  }

  private static List<String> sentences(String lang) {
    Path root = Path.of(System.getProperty("framelens.root", "."));
    List<String> out = new ArrayList<>();
    for (String line : Framelens.demoArticle(lang).split("\n")) {
      if (!line.isBlank()) {
        out.add(line.strip());
      }
    }
    ObjectMapper json = new ObjectMapper();
    for (Path file : List.of(root.resolve("src/test/resources/corpus/news-sample.jsonl"),
        root.resolve("benchmarks/validation/strategic-narratives/" + lang + ".dev.jsonl"))) {
      try {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          JsonNode node = json.readTree(line);
          String l = node.path("lang").asText(lang);
          if (l.equals(lang)) {
            out.add(node.get("text").asText());
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("benchmark corpus source missing (set -Dframelens.root): " + file, e);
      }
    }
    return out;
  }
}

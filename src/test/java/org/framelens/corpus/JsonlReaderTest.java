package org.framelens.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.framelens.CorpusFormatException;
import org.framelens.Document;
import org.junit.jupiter.api.Test;

class JsonlReaderTest {
  private static List<Document> read(byte[] bytes) throws Exception {
    List<Document> docs = new ArrayList<>();
    try (JsonlReader r = new JsonlReader("in.jsonl", new ByteArrayInputStream(bytes))) {
      for (Optional<Document> d = r.next(); d.isPresent(); d = r.next()) {
        docs.add(d.get());
      }
    }
    return docs;
  }

  private static List<Document> read(String s) throws Exception {
    return read(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void next_validLines_documentsWithMetadata() throws Exception {
    List<Document> docs = read("\uFEFF{\"id\":\"a\",\"text\":\"Hello\",\"lang\":\"en\",\"outlet\":\"X\",\"tags\":[1,2]}\n"
        + "\n{\"id\":7,\"text\":\"Привет\"}\n{\"text\":\"no id\"}\n");
    assertThat(docs).hasSize(3);
    assertThat(docs.get(0).id()).isEqualTo("a");
    assertThat(docs.get(0).lang()).isEqualTo("en");
    assertThat(docs.get(0).metadata()).containsOnlyKeys("outlet", "tags");
    assertThat(docs.get(1).id()).isEqualTo("7");
    assertThat(docs.get(1).lang()).isNull();
    assertThat(docs.get(2).id()).isEqualTo("line-4");
  }

  @Test
  void next_malformedJson_namesLineAndColumn() {
    assertThatThrownBy(() -> read("{\"text\":\"a\"}\n{\"text\": oops}\n"))
        .isInstanceOfSatisfying(CorpusFormatException.class, e -> {
          assertThat(e.source()).isEqualTo("in.jsonl");
          assertThat(e.line()).isEqualTo(2);
          assertThat(e.column()).isPositive();
        })
        .hasMessageStartingWith("in.jsonl:2:");
  }

  @Test
  void next_notAnObject_rejected() {
    assertThatThrownBy(() -> read("[1,2]\n")).hasMessageContaining("expected a JSON object, found array");
  }

  @Test
  void next_missingOrMistypedFields_rejected() {
    assertThatThrownBy(() -> read("{\"id\":\"a\"}\n")).hasMessageContaining("missing field \"text\"");
    assertThatThrownBy(() -> read("{\"text\":\"t\",\"lang\":5}\n")).hasMessageContaining("\"lang\" must be a string");
    assertThatThrownBy(() -> read("{\"text\":\"t\",\"id\":{}}\n")).hasMessageContaining("\"id\" must be");
  }

  @Test
  void next_invalidUtf8_namesLine() {
    byte[] bytes = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', 'a', '"', '}', '\n', '{', (byte) 0xFF, '}', '\n'};
    assertThatThrownBy(() -> read(bytes)).isInstanceOf(CorpusFormatException.class)
        .hasMessageContaining("in.jsonl:2").hasMessageContaining("UTF-8");
  }
}

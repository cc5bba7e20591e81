package org.framelens.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.framelens.CorpusFormatException;
import org.framelens.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextDirectoryReaderTest {
  @TempDir
  Path dir;

  private void write(String relative, String text) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private static List<Document> readAll(TextDirectoryReader reader) throws Exception {
    List<Document> docs = new ArrayList<>();
    for (Optional<Document> d = reader.next(); d.isPresent(); d = reader.next()) {
      docs.add(d.get());
    }
    return docs;
  }

  @Test
  void next_nestedDirectories_sortedByRelativePathWithIdsAndFileField() throws Exception {
    write("b.txt", "Second.");
    write("a/2024/z.txt", "First.");
    write("a-c.txt", "Dash sorts before slash.");
    write("a/notes.md", "not a text file");
    write("c.txt.bak", "not a text file either");
    try (TextDirectoryReader reader = TextDirectoryReader.open(dir, false)) {
      assertThat(reader.size()).isEqualTo(3);
      List<Document> docs = readAll(reader);
      assertThat(docs).extracting(Document::id).containsExactly("a-c", "a/2024/z", "b");
      assertThat(docs.get(1).text()).isEqualTo("First.");
      assertThat(docs.get(1).metadata()).isEqualTo(Map.of("file", "a/2024/z.txt"));
      assertThat(docs.get(1).lang()).isNull();
      assertThat(reader.filesRead()).isEqualTo(3);
    }
  }

  @Test
  void next_invalidUtf8_namesFileLineAndColumnThenGoesOn() throws Exception {
    Files.write(dir.resolve("a.txt"), new byte[] {'o', 'k', '\n', 'x', (byte) 0xC3, (byte) 0x28});
    write("b.txt", "Fine.");
    try (TextDirectoryReader reader = TextDirectoryReader.open(dir, false)) {
      assertThatThrownBy(reader::next).isInstanceOf(CorpusFormatException.class)
          .hasMessage(dir.resolve("a.txt") + ":2:2: invalid UTF-8 at byte 4");
      assertThat(new String(reader.lastRecord(), StandardCharsets.UTF_8)).isEqualTo("a.txt");
      assertThat(reader.next()).get().extracting(Document::id).isEqualTo("b");
    }
    try (TextDirectoryReader reader = TextDirectoryReader.open(dir, true)) {
      assertThat(reader.next()).get().extracting(Document::text).isEqualTo("ok\nx\uFFFD(");
    }
  }

  @Test
  void open_notADirectory_fails() throws IOException {
    write("a.txt", "x");
    assertThatThrownBy(() -> TextDirectoryReader.open(dir.resolve("a.txt"), false))
        .isInstanceOf(java.nio.file.NotDirectoryException.class);
  }
}

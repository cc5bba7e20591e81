package org.framelens.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.framelens.CorpusFormatException;
import org.framelens.Document;
import org.junit.jupiter.api.Test;

class CsvReaderTest {
  private static CsvReader open(byte[] bytes, CsvReader.Columns columns, boolean replace) throws Exception {
    return CsvReader.open("in.csv", new ByteArrayInputStream(bytes), columns, replace);
  }

  private static List<Document> read(String csv) throws Exception {
    return read(csv, CsvReader.Columns.DEFAULT);
  }

  private static List<Document> read(String csv, CsvReader.Columns columns) throws Exception {
    List<Document> docs = new ArrayList<>();
    try (CsvReader r = open(csv.getBytes(StandardCharsets.UTF_8), columns, false)) {
      for (Optional<Document> d = r.next(); d.isPresent(); d = r.next()) {
        docs.add(d.get());
      }
    }
    return docs;
  }

  @Test
  void next_quotedMultiLineText_keepsTextAndCarriesOtherColumnsAsMetadata() throws Exception {
    List<Document> docs = read("\uFEFFoutlet,id,text,lang,date\r\n"
        + "Daily Beacon,a1,\"The talks, held late, ended.\nA second line said \"\"enough\"\".\",en,2024-05-01\r\n"
        + "\n"
        + "Evening Post,,Плотина выдержала.,ru,2024-05-02\n"
        + "Wire,c3,No language here.,,2024-05-03");
    assertThat(docs).extracting(Document::id).containsExactly("a1", "line-5", "c3");
    assertThat(docs.get(0).text())
        .isEqualTo("The talks, held late, ended.\nA second line said \"enough\".");
    assertThat(docs.get(0).lang()).isEqualTo("en");
    assertThat(docs.get(0).metadata()).containsExactly(
        java.util.Map.entry("outlet", "Daily Beacon"), java.util.Map.entry("date", "2024-05-01"));
    assertThat(docs.get(1).lang()).isEqualTo("ru");
    assertThat(docs.get(2).lang()).isNull();
  }

  @Test
  void next_namedColumns_useThemAndKeepTheRestAsMetadata() throws Exception {
    List<Document> docs = read("doc,body,language,text\nd1,Body text.,en,not the text\n",
        new CsvReader.Columns("body", "doc", "language", true, true));
    assertThat(docs).singleElement().satisfies(d -> {
      assertThat(d.id()).isEqualTo("d1");
      assertThat(d.text()).isEqualTo("Body text.");
      assertThat(d.lang()).isEqualTo("en");
      assertThat(d.metadata()).containsOnlyKeys("text");
    });
  }

  @Test
  void next_wrongFieldCount_namesPhysicalLineAndGoesOn() throws Exception {
    String csv = "id,text\na,\"two\nlines\"\nb,too,many\nc,fine\n";
    try (CsvReader r = open(csv.getBytes(StandardCharsets.UTF_8), CsvReader.Columns.DEFAULT, false)) {
      assertThat(r.next()).get().extracting(Document::id).isEqualTo("a");
      assertThatThrownBy(r::next).isInstanceOf(CorpusFormatException.class)
          .hasMessage("in.csv:4: expected 2 fields as in the header, found 3");
      assertThat(new String(r.lastRecord(), StandardCharsets.UTF_8)).isEqualTo("b,too,many");
      assertThat(r.next()).get().extracting(Document::id).isEqualTo("c");
      assertThat(r.next()).isEmpty();
    }
  }

  @Test
  void next_emptyText_isMissingText() {
    assertThatThrownBy(() -> read("id,text\na,\n")).hasMessage("in.csv:2: missing text: column \"text\" is empty");
  }

  @Test
  void next_characterAfterClosingQuote_namesLineAndColumn() {
    assertThatThrownBy(() -> read("id,text\na,\"quoted\nthen \"bad\" quote\"\n"))
        .isInstanceOfSatisfying(CorpusFormatException.class, e -> {
          assertThat(e.line()).isEqualTo(3);
          assertThat(e.column()).isEqualTo(7);
        })
        .hasMessageContaining("characters after the closing quote");
  }

  @Test
  void next_unclosedQuote_namesTheRowWhereItOpens() {
    assertThatThrownBy(() -> read("id,text\na,fine\nb,\"never closed\nc,swallowed\n"))
        .hasMessage("in.csv:3: malformed CSV: a quoted field opened in this row is never closed");
  }

  @Test
  void next_invalidUtf8_errorWithPositionOrReplaced() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write("id,text\na,\"ok\nb".getBytes(StandardCharsets.UTF_8));
    bytes.write(0xFF);
    bytes.write("d\"\n".getBytes(StandardCharsets.UTF_8));
    try (CsvReader r = open(bytes.toByteArray(), CsvReader.Columns.DEFAULT, false)) {
      assertThatThrownBy(r::next).hasMessage("in.csv:3:2: invalid UTF-8 at byte 7 of the row");
    }
    try (CsvReader r = open(bytes.toByteArray(), CsvReader.Columns.DEFAULT, true)) {
      assertThat(r.next()).get().extracting(Document::text).isEqualTo("ok\nb\uFFFDd");
    }
  }

  @Test
  void open_badHeader_failsNamingTheProblem() {
    assertThatThrownBy(() -> read("")).hasMessageContaining("a header row naming the columns is required");
    assertThatThrownBy(() -> read("id,body\na,b\n"))
        .hasMessage("in.csv:1: the header has no text column \"text\" (columns: id, body)");
    assertThatThrownBy(() -> read("id,text,id\n")).hasMessageContaining("names column \"id\" twice");
    assertThatThrownBy(() -> read("text\nx\n", new CsvReader.Columns("text", "doc", "lang", true, false)))
        .hasMessageContaining("no id column \"doc\"");
  }

  @Test
  void open_unnamedColumn_getsPositionalName() throws Exception {
    assertThat(read(",text\n0,Hello.\n")).singleElement()
        .satisfies(d -> assertThat(d.metadata()).containsEntry("column_1", "0"));
  }

  @Test
  void headerBytes_areTheRawHeaderRow() throws Exception {
    try (CsvReader r = open("id,text\r\na,b\r\n".getBytes(StandardCharsets.UTF_8), CsvReader.Columns.DEFAULT,
        false)) {
      assertThat(new String(r.headerBytes(), StandardCharsets.UTF_8)).isEqualTo("id,text");
      assertThat(r.header()).containsExactly("id", "text");
    }
  }
}

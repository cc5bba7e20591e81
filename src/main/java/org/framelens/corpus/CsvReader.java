package org.framelens.corpus;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.framelens.CorpusFormatException;
import org.framelens.Document;
import org.framelens.internal.CsvRows;
import org.framelens.internal.Utf8;

/**
 * Reads documents from RFC 4180 CSV (comma-separated, {@code "}-quoted, fields may span lines) with a
 * header row naming the columns.
 *
 * <p>The text column is required and must not be empty in any row; the id column, when the header has
 * it, gives the document id (an empty cell, or no such column: {@code "line-N"}, N the row's first
 * physical line); the language column is optional. Every other column is metadata, carried into the
 * report as a string. Header names are trimmed; an empty one is named {@code column_N} (1-based). Blank
 * lines are skipped; a byte-order mark is ignored.
 *
 * <p>A malformed row (a different number of fields than the header, an empty text, a quote that is never
 * closed or is followed by other characters, bytes that are not UTF-8) raises a {@link
 * CorpusFormatException} naming the file and the physical line; the next call goes on with the next row.
 * An unclosed quote swallows the rest of the file, as in every CSV reader. Streams: memory stays bounded
 * by the longest row. Not thread-safe.
 */
public final class CsvReader implements DocumentSource {
  private static final CSVFormat FORMAT = CSVFormat.RFC4180;

  /**
   * Which columns hold the text, the id and the language. A required column missing from the header is
   * an error; an optional id or language column may be absent.
   *
   * @param text name of the text column (always required)
   * @param id name of the id column
   * @param lang name of the language column
   * @param idRequired whether the header must have the id column
   * @param langRequired whether the header must have the language column
   */
  public record Columns(String text, String id, String lang, boolean idRequired, boolean langRequired) {
    /** {@code text}, and {@code id} and {@code lang} when present. */
    public static final Columns DEFAULT = new Columns("text", "id", "lang", false, false);

    public Columns {
      requireNonNull(text, "text");
      requireNonNull(id, "id");
      requireNonNull(lang, "lang");
    }
  }

  private final String source;
  private final InputStream in;
  private final CsvRows rows;
  private final boolean replaceInvalid;
  private final List<String> header;
  private final byte[] headerBytes;
  private final int textIndex;
  private final int idIndex;
  private final int langIndex;

  private CsvReader(String source, InputStream in, Columns columns, boolean replaceInvalid)
      throws IOException, CorpusFormatException {
    this.source = source;
    this.in = in;
    this.rows = new CsvRows(in);
    this.replaceInvalid = replaceInvalid;
    List<String> values = nextValues();
    if (values == null) {
      throw new CorpusFormatException(source, 0, 0, "empty CSV: a header row naming the columns is required");
    }
    this.headerBytes = rows.bytes();
    this.header = names(values);
    this.textIndex = column(columns.text(), true, "text");
    this.idIndex = column(columns.id(), columns.idRequired(), "id");
    this.langIndex = column(columns.lang(), columns.langRequired(), "language");
  }

  /**
   * Reads the header row of {@code in} and returns a reader of the rows after it.
   *
   * @param source names the input in error messages
   * @param replaceInvalidUtf8 turn bytes that are not UTF-8 into U+FFFD (the report then warns) instead of
   *     making the row malformed
   * @throws CorpusFormatException when there is no header row, it is malformed, names a column twice, or
   *     lacks a required column
   */
  public static CsvReader open(String source, InputStream in, Columns columns, boolean replaceInvalidUtf8)
      throws IOException, CorpusFormatException {
    return new CsvReader(source, in, columns, replaceInvalidUtf8);
  }

  /** The column names of the header row, in order. */
  public List<String> header() {
    return header;
  }

  /** The raw bytes of the header row (without its line break), to start a rejects file with. */
  public byte[] headerBytes() {
    return headerBytes.clone();
  }

  /** The raw bytes of the row read last, without its final line break. */
  @Override
  public byte[] lastRecord() {
    return rows.bytes();
  }

  /** The 1-based physical line on which the row read last starts. */
  public int line() {
    return rows.line();
  }

  @Override
  public Optional<Document> next() throws IOException, CorpusFormatException {
    List<String> values = nextValues();
    return values == null ? Optional.empty() : Optional.of(document(values));
  }

  /** The fields of the next non-blank row, or null at the end of the input. */
  private List<String> nextValues() throws IOException, CorpusFormatException {
    while (rows.next()) {
      String row = decode(rows.bytes());
      if (!row.isBlank()) {
        return parse(row);
      }
    }
    return null;
  }

  private String decode(byte[] bytes) throws CorpusFormatException {
    if (replaceInvalid) {
      return Utf8.decodeReplacing(bytes);
    }
    try {
      return Utf8.decode(bytes);
    } catch (Utf8.MalformedException e) {
      throw new CorpusFormatException(source, rows.line() + e.line() - 1, e.column(),
          "invalid UTF-8 at byte " + e.byteOffset() + " of the row");
    }
  }

  private List<String> parse(String row) throws CorpusFormatException {
    if (rows.openQuote()) {
      throw new CorpusFormatException(source, rows.line(), 0,
          "malformed CSV: a quoted field opened in this row is never closed");
    }
    if (rows.strayAfterQuote() >= 0) {
      throw strayQuote(rows.bytes(), rows.strayAfterQuote());
    }
    List<CSVRecord> records;
    try (CSVParser parser = CSVParser.parse(row, FORMAT)) {
      records = parser.getRecords();
    } catch (IOException | UncheckedIOException e) {
      throw new CorpusFormatException(source, rows.line(), 0, "malformed CSV: " + e.getMessage());
    }
    if (records.size() != 1) {
      throw new CorpusFormatException(source, rows.line(), 0,
          "malformed CSV: a carriage return outside quotes splits the row");
    }
    return records.get(0).toList();
  }

  private CorpusFormatException strayQuote(byte[] bytes, int index) {
    int line = rows.line();
    int lineStart = 0;
    for (int i = 0; i < index; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int column = new String(bytes, lineStart, index - lineStart, StandardCharsets.UTF_8).length() + 1;
    return new CorpusFormatException(source, line, column, "malformed CSV: characters after the closing quote "
        + "of a quoted field (a quote inside a quoted field is written twice: \"\")");
  }

  private Document document(List<String> values) throws CorpusFormatException {
    int line = rows.line();
    if (values.size() != header.size()) {
      throw new CorpusFormatException(source, line, 0,
          "expected " + header.size() + " fields as in the header, found " + values.size());
    }
    String text = values.get(textIndex);
    if (text.isEmpty()) {
      throw new CorpusFormatException(source, line, 0, "missing text: column \"" + header.get(textIndex)
          + "\" is empty");
    }
    String id = idIndex >= 0 && !values.get(idIndex).isEmpty() ? values.get(idIndex) : "line-" + line;
    String lang = langIndex >= 0 && !values.get(langIndex).isBlank() ? values.get(langIndex) : null;
    Map<String, Object> metadata = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      if (i != textIndex && i != idIndex && i != langIndex) {
        metadata.put(header.get(i), values.get(i));
      }
    }
    return new Document(id, text, lang, metadata);
  }

  private List<String> names(List<String> values) throws CorpusFormatException {
    List<String> names = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < values.size(); i++) {
      String name = values.get(i).strip();
      if (name.isEmpty()) {
        name = "column_" + (i + 1);
      }
      if (!seen.add(name)) {
        throw new CorpusFormatException(source, rows.line(), 0, "the header names column \"" + name + "\" twice");
      }
      names.add(name);
    }
    return List.copyOf(names);
  }

  private int column(String name, boolean required, String role) throws CorpusFormatException {
    int index = header.indexOf(name);
    if (index < 0 && required) {
      throw new CorpusFormatException(source, rows.line(), 0, "the header has no " + role + " column \""
          + name + "\" (columns: " + String.join(", ", header) + ")");
    }
    return index;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}

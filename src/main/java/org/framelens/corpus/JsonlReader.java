package org.framelens.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.framelens.CorpusFormatException;
import org.framelens.Document;
import org.framelens.internal.Utf8;

/**
 * Reads documents from JSON Lines: one object per line, {@code {"id": "...", "text": "...", "lang": "en"}}.
 *
 * <p>{@code text} is required and must be a string; {@code id} may be a string or a number (missing: the
 * line number, as {@code "line-N"}); {@code lang} is an optional string. Every other field is metadata,
 * carried into the report. After a malformed line the reader can go on with the next one. Blank lines are skipped; a byte-order mark is ignored; bytes that are
 * not UTF-8 are an error naming the line and column. A malformed line raises a {@link CorpusFormatException}
 * naming the file, line and column. Streams: memory stays bounded by the longest line. Not thread-safe.
 */
public final class JsonlReader implements DocumentSource {
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private final String source;
  private final InputStream in;
  private byte[] buffer = new byte[8192];
  private int lastLength;
  private int line;

  private final boolean replaceInvalid;

  /** Reads strict UTF-8 from {@code in}; {@code source} names it in error messages. */
  public JsonlReader(String source, InputStream in) {
    this(source, in, false);
  }

  /**
   * With {@code replaceInvalidUtf8}, bytes that are not UTF-8 become U+FFFD (the report then warns with
   * {@code REPLACEMENT_CHARACTERS}) instead of making the line malformed.
   */
  public JsonlReader(String source, InputStream in, boolean replaceInvalidUtf8) {
    this.source = source;
    this.in = new BufferedInputStream(in, 1 << 16);
    this.replaceInvalid = replaceInvalidUtf8;
  }

  /** The raw bytes of the line read last (without its line break), e.g. to write a malformed line to a rejects file. */
  public byte[] lastLine() {
    return java.util.Arrays.copyOf(buffer, lastLength);
  }

  /** The raw bytes of the line read last, as {@link #lastLine()}. */
  @Override
  public byte[] lastRecord() {
    return lastLine();
  }

  /** The 1-based number of the line read last. */
  public int line() {
    return line;
  }

  /** The next document, or empty at the end of the input. */
  @Override
  public Optional<Document> next() throws IOException, CorpusFormatException {
    String text;
    do {
      int length = readLine();
      if (length < 0) {
        return Optional.empty();
      }
      lastLength = length;
      line++;
      try {
        text = replaceInvalid ? Utf8.decodeReplacing(java.util.Arrays.copyOf(buffer, length))
            : Utf8.decode(java.util.Arrays.copyOf(buffer, length));
      } catch (Utf8.MalformedException e) {
        throw new CorpusFormatException(source, line, e.column(),
            "invalid UTF-8 at byte " + e.byteOffset() + " of the line");
      }
    } while (text.isBlank());
    return Optional.of(parse(text));
  }

  /** Reads the next line's bytes (without the line break) into {@code buffer}; -1 at the end. */
  private int readLine() throws IOException {
    int length = 0;
    int b = in.read();
    if (b < 0) {
      return -1;
    }
    while (b >= 0 && b != '\n') {
      if (length == buffer.length) {
        buffer = java.util.Arrays.copyOf(buffer, buffer.length * 2);
      }
      buffer[length++] = (byte) b;
      b = in.read();
    }
    return length > 0 && buffer[length - 1] == '\r' ? length - 1 : length;
  }

  private Document parse(String text) throws CorpusFormatException {
    JsonNode node;
    try {
      node = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
      throw new CorpusFormatException(source, line, column, "malformed JSON: " + e.getOriginalMessage());
    }
    if (!(node instanceof ObjectNode object)) {
      throw new CorpusFormatException(source, line, 1, "expected a JSON object, found " + kind(node));
    }
    JsonNode body = object.get("text");
    if (body == null || body.isNull()) {
      throw new CorpusFormatException(source, line, 1, "missing field \"text\"");
    }
    if (!body.isTextual()) {
      throw new CorpusFormatException(source, line, 1, "field \"text\" must be a string, found " + kind(body));
    }
    return new Document(id(object), body.textValue(), lang(object), metadata(object));
  }

  /**
   * The gold {@code labels} field of a document read by this format (a list of strings), for evaluation
   * and training corpora.
   *
   * @throws CorpusFormatException naming {@code source} and {@code line} when the field is missing or mistyped
   */
  public static Set<String> labels(Document d, String source, int line) throws CorpusFormatException {
    Object labels = d.metadata().get("labels");
    if (!(labels instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
      throw new CorpusFormatException(source, line, 0, "field \"labels\" must be a list of frame ids");
    }
    Set<String> out = new LinkedHashSet<>();
    list.forEach(x -> out.add((String) x));
    return out;
  }

  private String id(ObjectNode object) throws CorpusFormatException {
    JsonNode id = object.get("id");
    if (id == null || id.isNull()) {
      return "line-" + line;
    }
    if (!id.isTextual() && !id.isNumber()) {
      throw new CorpusFormatException(source, line, 1, "field \"id\" must be a string or a number, found "
          + kind(id));
    }
    return id.asText();
  }

  private String lang(ObjectNode object) throws CorpusFormatException {
    JsonNode lang = object.get("lang");
    if (lang == null || lang.isNull()) {
      return null;
    }
    if (!lang.isTextual()) {
      throw new CorpusFormatException(source, line, 1, "field \"lang\" must be a string, found " + kind(lang));
    }
    return lang.textValue().isBlank() ? null : lang.textValue();
  }

  private static Map<String, Object> metadata(ObjectNode object) {
    Map<String, Object> all = MAPPER.convertValue(object, MAP);
    Map<String, Object> metadata = new LinkedHashMap<>(all);
    metadata.remove("id");
    metadata.remove("text");
    metadata.remove("lang");
    return metadata;
  }

  private static String kind(JsonNode node) {
    return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}

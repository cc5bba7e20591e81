package org.framelens;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A document to analyse.
 *
 * @param id the caller's identifier, or {@code null}
 * @param text the text; never null, may be empty
 * @param lang ISO 639-1 language code, or {@code null} to detect it
 * @param metadata any other fields (outlet, date, ...), carried through to the report unchanged; values
 *     are JSON-like (strings, numbers, booleans, lists, maps)
 */
public record Document(String id, String text, String lang, Map<String, Object> metadata) {
  public Document {
    requireNonNull(text, "text");
    metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata == null ? Map.of() : metadata));
  }

  /** A document with just a text. */
  public static Document of(String text) {
    return new Document(null, text, null, Map.of());
  }

  /** A document with an id and a text. */
  public static Document of(String id, String text) {
    return new Document(id, text, null, Map.of());
  }
}

package org.framelens.report;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Something the analysis noticed about the input that the reader should know.
 *
 * @param code stable machine-readable code, e.g. {@code UNSUPPORTED_LANGUAGE}, {@code INVISIBLE_CHARACTERS}
 * @param start UTF-16 offset into the original text where the problem starts
 * @param end UTF-16 offset where it ends (exclusive; equal to start for a point)
 * @param message what it means, in words
 */
@JsonPropertyOrder({"code", "start", "end", "message"})
public record Warning(String code, int start, int end, String message) {
  /** The document's language is not one framelens analyses; no frame can be present. */
  public static final String UNSUPPORTED_LANGUAGE = "UNSUPPORTED_LANGUAGE";
  /** Invisible characters (zero-width, soft hyphen, BOM) were removed before matching. */
  public static final String INVISIBLE_CHARACTERS = "INVISIBLE_CHARACTERS";
  /** Bidirectional control characters were removed before matching. */
  public static final String BIDI_CONTROL = "BIDI_CONTROL";
  /** A word mixes alphabets (homoglyphs, folded for matching), or a name is written in two alphabets. */
  public static final String MIXED_SCRIPT = "MIXED_SCRIPT";
  /** The text holds U+FFFD replacement characters, usually bytes that were not valid UTF-8. */
  public static final String REPLACEMENT_CHARACTERS = "REPLACEMENT_CHARACTERS";
  /** The taxonomy has no cues for the document's language. */
  public static final String NO_CUES_FOR_LANGUAGE = "NO_CUES_FOR_LANGUAGE";

  public Warning {
    requireNonNull(code, "code");
    requireNonNull(message, "message");
    checkArgument(0 <= start && start <= end, "bad warning span [%s,%s)", start, end);
  }
}

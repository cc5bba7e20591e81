package org.framelens.report;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What set the voice of a piece of evidence: a marker word or phrase ("said", "so-called", "no evidence
 * of"), or the quotation marks around the evidence.
 *
 * @param start UTF-16 offset of the marker in the original text (inclusive)
 * @param end UTF-16 offset of the marker in the original text (exclusive)
 * @param text exactly {@code original.substring(start, end)}
 * @param pattern the marker-lexicon pattern that matched, or {@code "quotation"} for quotation marks
 */
@JsonPropertyOrder({"start", "end", "text", "pattern"})
public record Marker(int start, int end, String text, String pattern) {
  /** The pattern of a marker that is a quotation. */
  public static final String QUOTATION = "quotation";

  public Marker {
    checkArgument(0 <= start && start < end, "bad marker span [%s,%s)", start, end);
    requireNonNull(text, "text");
    checkArgument(text.length() == end - start, "marker text length %s != span length %s", text.length(),
        end - start);
    requireNonNull(pattern, "pattern");
  }
}

package org.framelens.report;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The framing report of one document: every frame of the taxonomy with its score, stance and evidence.
 *
 * <p>{@code frames} lists every frame of the taxonomy, sorted by score (highest first), then id. All
 * offsets point into the caller's original text. Immutable; {@link #toString()} is a compact table for
 * JShell, {@link #toJson()} the JSON of schema version {@value #SCHEMA_VERSION}.
 *
 * @param schemaVersion JSON schema version, {@value #SCHEMA_VERSION}
 * @param id document id, or {@code null} when the caller gave none
 * @param language ISO 639-1 code of the analysed language, or {@code und} when unsupported
 * @param taxonomy the taxonomy used
 * @param frames all frames, sorted by score then id
 * @param warnings what the reader should know about the input
 * @param provenance what produced the report
 * @param stats document size
 * @param metadata the caller's metadata fields, carried through (omitted from JSON when empty)
 */
@JsonPropertyOrder({"schemaVersion", "id", "language", "taxonomy", "frames", "warnings", "provenance",
    "stats", "metadata"})
public record FramingReport(
    String schemaVersion, String id, String language, TaxonomyRef taxonomy, List<FrameScore> frames,
    List<Warning> warnings, Provenance provenance, DocumentStats stats,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Object> metadata) {
  public static final String SCHEMA_VERSION = "1";

  public FramingReport {
    requireNonNull(schemaVersion, "schemaVersion");
    requireNonNull(language, "language");
    requireNonNull(taxonomy, "taxonomy");
    frames = List.copyOf(frames);
    warnings = List.copyOf(warnings);
    requireNonNull(provenance, "provenance");
    requireNonNull(stats, "stats");
    metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    for (int i = 1; i < frames.size(); i++) {
      FrameScore a = frames.get(i - 1);
      FrameScore b = frames.get(i);
      checkArgument(a.score() > b.score() || (a.score() == b.score() && a.id().compareTo(b.id()) < 0),
          "frames not sorted by score then id at %s, %s", a.id(), b.id());
    }
  }

  /** The score of frame {@code frameId}, if the taxonomy has it. */
  public Optional<FrameScore> frame(String frameId) {
    return frames.stream().filter(f -> f.id().equals(frameId)).findFirst();
  }

  /** The frames that are present, highest score first. */
  public List<FrameScore> presentFrames() {
    return frames.stream().filter(FrameScore::present).toList();
  }

  /** This report as compact JSON (one line). */
  public String toJson() {
    return ReportJson.write(this);
  }

  /** A compact table: one row per frame with evidence, then warnings. */
  @Override
  public String toString() {
    return ReportText.table(this);
  }
}

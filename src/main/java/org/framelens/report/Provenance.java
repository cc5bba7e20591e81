package org.framelens.report;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;
import java.util.TreeMap;

/**
 * What produced a report, so that it can be reproduced.
 *
 * @param framelens library version
 * @param lexiconSha256 SHA-256 of the taxonomy's files (see {@code Taxonomy.sha256()})
 * @param voiceLexiconSha256 SHA-256 of the voice-marker lexicon used for the document's language (empty
 *     when no language was analysed)
 * @param mode the analysis mode actually used ({@code lexicon}, {@code classifier} or {@code hybrid})
 * @param models model files used, each with the artifact or hash it comes from (sorted by name)
 */
@JsonPropertyOrder({"framelens", "lexiconSha256", "voiceLexiconSha256", "mode", "models"})
public record Provenance(
    String framelens, String lexiconSha256, String voiceLexiconSha256, String mode, Map<String, String> models) {
  public Provenance {
    requireNonNull(framelens, "framelens");
    requireNonNull(lexiconSha256, "lexiconSha256");
    requireNonNull(voiceLexiconSha256, "voiceLexiconSha256");
    requireNonNull(mode, "mode");
    models = java.util.Collections.unmodifiableMap(new TreeMap<>(models));
  }
}

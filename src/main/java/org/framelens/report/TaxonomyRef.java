package org.framelens.report;

import static java.util.Objects.requireNonNull;

/** Which taxonomy, at which version, produced a report. */
public record TaxonomyRef(String id, String version) {
  public TaxonomyRef {
    requireNonNull(id, "id");
    requireNonNull(version, "version");
  }
}

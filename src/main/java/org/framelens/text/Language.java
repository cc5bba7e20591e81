package org.framelens.text;

import java.util.Locale;
import java.util.Optional;

/** The languages framelens analyses. A document in any other language is reported, not analysed. */
public enum Language {
  ENGLISH("en"),
  RUSSIAN("ru");

  private final String code;

  Language(String code) {
    this.code = code;
  }

  /** ISO 639-1 code, as used in reports and lexicon directories. */
  public String code() {
    return code;
  }

  /** The language for an ISO 639-1 code (case-insensitive), or empty when framelens does not support it. */
  public static Optional<Language> forCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String c = code.trim().toLowerCase(Locale.ROOT);
    for (Language l : values()) {
      if (l.code.equals(c)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }
}

package org.factdrill.text;

import java.util.Locale;
import java.util.Optional;

/** The three languages factdrill reads, with their ISO 639-1 codes and writing direction. */
public enum Language {
  EN("en", false),
  VI("vi", false),
  HE("he", true);

  private final String code;
  private final boolean rightToLeft;

  Language(String code, boolean rightToLeft) {
    this.code = code;
    this.rightToLeft = rightToLeft;
  }

  public String code() {
    return code;
  }

  public boolean rightToLeft() {
    return rightToLeft;
  }

  /** Parses "en", "vi" or "he" (any case); empty for anything else. */
  public static Optional<Language> fromCode(String code) {
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

  @Override
  public String toString() {
    return code;
  }
}

package org.factdrill.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.factdrill.lang.LanguagePack;
import org.factdrill.lang.LanguagePacks;

/**
 * A language factdrill reads: one per language pack on the class path ({@code lang/index.tsv}),
 * with its ISO 639-1 code and writing direction. Instances are unique, so {@code ==} compares.
 */
public final class Language {
  private static final List<Language> ALL = load();

  /** The first language of the index (English): what an unknown or missing language falls back to. */
  public static final Language DEFAULT = ALL.get(0);
  /** Shorthands for tests and examples; code selects behaviour through {@link #pack()}, never these. */
  public static final Language EN = fromCode("en").orElseThrow();
  public static final Language VI = fromCode("vi").orElseThrow();
  public static final Language HE = fromCode("he").orElseThrow();

  private final LanguagePack pack;

  private Language(LanguagePack pack) {
    this.pack = pack;
  }

  private static List<Language> load() {
    List<Language> out = new ArrayList<>();
    for (LanguagePack p : LanguagePacks.all()) {
      out.add(new Language(p));
    }
    return Collections.unmodifiableList(out);
  }

  /** Every language with a pack, the default first. */
  public static List<Language> values() {
    return ALL;
  }

  public String code() {
    return pack.code();
  }

  public boolean rightToLeft() {
    return pack.rightToLeft();
  }

  /** Everything known about the language. */
  public LanguagePack pack() {
    return pack;
  }

  /** Parses a pack's code ("en", "vi", "he", "ru"; any case); empty for anything else. */
  public static Optional<Language> fromCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String c = code.trim().toLowerCase(java.util.Locale.ROOT);
    for (Language l : ALL) {
      if (l.code().equals(c)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return code();
  }
}

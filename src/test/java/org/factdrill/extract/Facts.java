package org.factdrill.extract;

import java.util.List;
import java.util.stream.Collectors;
import org.factdrill.text.Document;
import org.factdrill.text.Language;

/** Test helpers: extract from a string and describe the facts compactly. */
final class Facts {
  private Facts() {}

  static List<Fact> of(Language lang, String text) {
    return new FactExtractor().extract(new Document("test", text, lang));
  }

  /** "kind:text=value" for each fact, joined by " | ". */
  static String describe(Language lang, String text) {
    return of(lang, text).stream()
        .map(f -> f.kind().json() + ":" + f.text() + "=" + f.value().json())
        .collect(Collectors.joining(" | "));
  }
}

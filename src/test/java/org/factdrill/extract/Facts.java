package org.factdrill.extract;

import java.util.List;
import java.util.stream.Collectors;
import org.factdrill.text.Document;
import org.factdrill.text.Language;

/**
 * Test helpers: extract from a string (with this thread's shared extractor) and describe the facts
 * compactly.
 */
final class Facts {
  private Facts() {}

  static List<Fact> of(Language lang, String text) {
    return org.factdrill.testing.SharedExtractor.get().extract(new Document("test", text, lang));
  }

  /** "kind:text=value" for each fact, joined by " | ". */
  static String describe(Language lang, String text) {
    return of(lang, text).stream()
        .map(f -> f.kind().json() + ":" + f.text() + "=" + f.value().json())
        .collect(Collectors.joining(" | "));
  }

  /** The value of the fact written as {@code text}, without JSON quotes ("1930-03-05"). */
  static String valueOf(List<Fact> facts, String text) {
    return facts.stream().filter(f -> f.text().equals(text)).findFirst().orElseThrow()
        .value().json().replace("\"", "");
  }
}

package org.factdrill.extract;

import java.util.List;
import java.util.stream.Collectors;
import org.factdrill.text.Document;
import org.factdrill.text.Language;

/** Test helpers: extract from a string and describe the facts compactly. */
final class Facts {
  /**
   * One extractor per test thread, reused for every string, as the program reuses one for a
   * whole corpus: building one (every language's recognizers) costs ~15 times as much as
   * extracting from a sentence, and the property tests extract from tens of thousands of them.
   * An extractor keeps no state between documents but its sentence splitters, hence per thread.
   */
  private static final ThreadLocal<FactExtractor> EXTRACTOR =
      ThreadLocal.withInitial(FactExtractor::new);

  private Facts() {}

  static List<Fact> of(Language lang, String text) {
    return EXTRACTOR.get().extract(new Document("test", text, lang));
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

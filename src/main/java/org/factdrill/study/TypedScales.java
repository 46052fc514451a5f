package org.factdrill.study;

import java.util.HashMap;
import java.util.Map;
import org.factdrill.lang.LanguagePacks;
import org.factdrill.lang.WordPatterns;

/**
 * Scale letters a student may type after digits ("23k", "2bn", "5tr"), from every pack's
 * words.tsv category {@code typed-scale-suffixes} ({@code letters=value}, checked at load).
 */
final class TypedScales {
  /** Each suffix (lower case) to the value it multiplies by. */
  static final Map<String, Long> SUFFIXES = suffixes();
  /** The suffixes as regular-expression alternatives, longest first. */
  static final String ALTERNATION = WordPatterns.alternation(SUFFIXES.keySet());

  private TypedScales() {}

  private static Map<String, Long> suffixes() {
    Map<String, Long> out = new HashMap<>();
    for (String e : LanguagePacks.allWords("typed-scale-suffixes")) {
      int eq = e.indexOf('=');
      out.put(e.substring(0, eq), Long.parseLong(e.substring(eq + 1)));
    }
    return Map.copyOf(out);
  }
}

package org.factdrill.generate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.factdrill.lang.LanguagePack;
import org.factdrill.text.Language;

/**
 * Whether a relative time's count is hedged ("about twenty years later", "כ-20 שנה לאחר מכן",
 * "כעשרים שנה אחר כך", "khoảng 20 năm sau"): a hedge word of the pack right before the count, or
 * the pack's approximation prefix letter written onto the count ("כעשרים"). A hedged count covers
 * no one year: the year before plus the count would be an exact year the text never states, so
 * no year is computed from it (the expression is read as a span, placed only by a time its own
 * sentence states).
 */
final class HedgedCounts {
  private final Map<Language, Set<String>> hedges = new HashMap<>();
  private final Map<Language, Set<String>> prefixes = new HashMap<>();
  private final Map<Language, Set<String>> numerals = new HashMap<>();

  HedgedCounts() {
    for (Language l : Language.values()) {
      Set<String> h = new HashSet<>();
      for (String cat : new String[] {"hedges", "date-hedges"}) {
        for (String w : l.pack().words(cat)) {
          h.add(w.toLowerCase(l.pack().locale()));
        }
      }
      hedges.put(l, h);
      prefixes.put(l, l.pack().words("approx-prefixes"));
      Set<String> n = new HashSet<>();
      for (Map.Entry<String, LanguagePack.Numeral> e : l.pack().numerals().entrySet()) {
        if (!e.getKey().isBlank() && e.getValue().role() == LanguagePack.Role.ADD) {
          n.add(e.getKey().toLowerCase(l.pack().locale()));
        }
      }
      numerals.put(l, n);
    }
  }

  /**
   * True when the count at or right before {@code at} in {@code text} is hedged: the word before
   * {@code at} (a hyphen or maqaf between them or not) is a hedge, or is a count in words or digits
   * with an approximation prefix letter written onto it.
   */
  boolean before(Language lang, String text, int at) {
    int e = at;
    while (e > 0 && (Character.isWhitespace(text.charAt(e - 1))
        || "-־".indexOf(text.charAt(e - 1)) >= 0)) {
      e--;
    }
    int s = e;
    while (s > 0 && Character.isLetterOrDigit(text.charAt(s - 1))) {
      s--;
    }
    if (s == e) {
      return false;
    }
    String w = text.substring(s, e).toLowerCase(Locale.ROOT);
    if (hedges.get(lang).contains(w)) {
      return true;
    }
    for (String p : prefixes.get(lang)) {
      if (w.length() > p.length() && w.startsWith(p)) {
        String rest = w.substring(p.length());
        if (rest.chars().allMatch(Character::isDigit) || numerals.get(lang).contains(rest)) {
          return true;
        }
      }
    }
    return false;
  }
}

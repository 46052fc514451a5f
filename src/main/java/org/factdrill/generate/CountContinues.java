package org.factdrill.generate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.factdrill.lang.LanguagePack;
import org.factdrill.text.Language;

/**
 * Whether a number is written right before a relative time ("twenty-two years later" read from
 * "two", "עשרים וחמש שנה לאחר מכן" read from "שנה"): the expression found is then only the tail
 * of a longer count, so it does not say one year after (or N after) the time before.
 */
final class CountContinues {
  /** Per language: its numeral words that build a count (units, tens, hundreds). */
  private final Map<Language, Set<String>> words = new HashMap<>();

  CountContinues() {
    for (Language l : Language.values()) {
      Set<String> set = new HashSet<>();
      for (Map.Entry<String, LanguagePack.Numeral> e : l.pack().numerals().entrySet()) {
        LanguagePack.Role r = e.getValue().role();
        // No scales: "$3 million the year before" is an amount, then a time.
        if (!e.getKey().isBlank() && (r == LanguagePack.Role.ADD || r == LanguagePack.Role.TENS
            || r == LanguagePack.Role.HUNDRED)) {
          set.add(e.getKey().toLowerCase(l.pack().locale()));
        }
      }
      words.put(l, set);
    }
  }

  /**
   * True when the word before {@code start} (past spaces and hyphens only) is a count: a numeral
   * word, one after the pack's number joiner ("וחמש"), or, when {@code digits}, one to three
   * digits (not before "the year before": "worth 300 the year before" is an amount).
   */
  boolean before(Language lang, String text, int start, boolean digits) {
    int e = start;
    while (e > 0 && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '-')) {
      e--;
    }
    if (e == start) {
      return false; // glued to the word before: not a separate count
    }
    int b = e;
    while (b > 0 && Character.isLetterOrDigit(text.charAt(b - 1))) {
      b--;
    }
    String w = text.substring(b, e).toLowerCase(lang.pack().locale());
    if (w.isEmpty()) {
      return false;
    }
    if (w.chars().allMatch(Character::isDigit)) {
      return digits && w.length() <= 3;
    }
    Set<String> set = words.getOrDefault(lang, Set.of());
    String joiner = lang.pack().setting("number-joiner", "");
    return set.contains(w) || !joiner.isEmpty() && w.startsWith(joiner)
        && set.contains(w.substring(joiner.length()));
  }
}

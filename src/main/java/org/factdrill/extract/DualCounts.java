package org.factdrill.extract;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * A dual noun of a unit of time ("יומיים", "שנתיים": two days, two years) is one word that counts
 * two of its unit: read as the pack's {@code duals} list pairs it ("dual unit"), a count of 2 of
 * that unit, under the same rules as a number word before the unit ("שני ימים", {@link
 * NumeralRoles}): followed by one of the pack's distance-words it measures the distance from
 * another event, not a duration, and is left to the relative-time rules.
 */
final class DualCounts {
  private static final Value TWO = new Value.Num(BigDecimal.valueOf(2));

  private final Lexicon lex;
  /** Dual word to the plural of the unit it counts. */
  private final Map<String, String> units = new HashMap<>();
  /** The dual words, tested off the token arrays first (most candidates are no dual). */
  private final WordSet words;

  DualCounts(Lexicon lex) {
    this.lex = lex;
    for (String e : lex.words(WordList.DUALS)) {
      String[] p = e.split(" ");
      if (p.length == 2) {
        units.put(p[0], p[1]);
      }
    }
    this.words = WordSet.of(units.keySet());
  }

  /** The count a dual word at {@code i} states, or null (no dual, or a distance). */
  Match at(Toks t, int i) {
    if (units.isEmpty() || !t.isWordTok(i) || !words.containsWord(t, i, 0)
        && !words.prefixedAt(t, i, lex.pack().prefixes())) {
      return null;
    }
    String w = t.norm(i);
    int k = lex.prefixLength(w, units::containsKey);
    if (k < 0) {
      return null;
    }
    if (t.isWordTok(i + 1) && !t.lineBreakBefore(i + 1)
        && lex.words(WordList.DISTANCE_WORDS).contains(t.norm(i + 1))) {
      return null; // "יומיים לאחר מכן": how far from another event, as "שני ימים לאחר מכן"
    }
    boolean approx = false;
    for (int j = 0; j < k; j++) {
      String letter = String.valueOf(w.charAt(j));
      if (lex.words(WordList.DEFINITE_PREFIXES).contains(letter)) {
        return null; // "השבועיים": the two weeks told before, as "שני השבועות"
      }
      approx |= lex.words(WordList.APPROX_PREFIXES).contains(letter); // "כשנתיים": about two
    }
    return new Match(i, i + 1, FactKind.NUMBER, TWO, units.get(w.substring(k)), approx, false,
        Match.NO_YEAR);
  }
}

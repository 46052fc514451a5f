package org.factdrill.extract;

import java.math.BigDecimal;
import java.util.Set;

/**
 * Two numbers joined by a word for "or" ("five or six", "400 hay là 500", "20 או 30") are one
 * estimate, a range, when they are close: neighbours below ten, or, from ten up, values the
 * larger of which is at most twice the smaller ("twenty or thirty", "400 or 500", "a hundred or
 * two hundred"). Values farther apart are two different figures ("3 or 30").
 */
final class Alternatives {
  private Alternatives() {}

  /**
   * The number of tokens of the pack's alternative word or phrase ({@code range-alternatives},
   * "or", "hay là") at token {@code k}; 0 when none is there.
   */
  static int length(Toks t, int k, Set<String> words) {
    int best = 0;
    for (String w : words) {
      int n = phraseAt(t, k, w);
      if (n > best) {
        best = n;
      }
    }
    return best;
  }

  /** Tokens of phrase {@code w} (words split by single spaces) at token k, else 0. */
  private static int phraseAt(Toks t, int k, String w) {
    int n = 0;
    int from = 0;
    while (from <= w.length()) {
      int sp = w.indexOf(' ', from);
      String part = sp < 0 ? w.substring(from) : w.substring(from, sp);
      if (!t.isWord(k + n, part)) {
        return 0;
      }
      n++;
      if (sp < 0) {
        return n;
      }
      from = sp + 1;
    }
    return n;
  }

  /** True when {@code a} or {@code b} is one estimate: close enough to be a range. */
  static boolean oneEstimate(BigDecimal a, BigDecimal b) {
    BigDecimal lo = a.min(b);
    BigDecimal hi = a.max(b);
    if (hi.subtract(lo).compareTo(BigDecimal.valueOf(lo.compareTo(BigDecimal.TEN) < 0 ? 1 : 10))
        <= 0) {
      return true; // "five or six", "twenty or thirty"
    }
    return lo.compareTo(BigDecimal.TEN) >= 0 && hi.compareTo(lo.add(lo)) <= 0;
  }
}

package org.factdrill.extract;

/** English years said aloud ("nineteen forty-one", "two thousand seven"), read after a month. */
final class SpokenYears {
  private SpokenYears() {}

  /**
   * A year said aloud, after a month: "nineteen forty-one" (hundreds as a number from ten to
   * twenty, then a number from ten to ninety-nine), "nineteen hundred", "nineteen oh five", "two
   * thousand" and "two thousand (and) seven": {year, index after}, or null.
   */
  static int[] read(Toks t, int k, Lexicon lex) {
    int[] y = words(t, k, lex);
    // "In May two thousand soldiers", "March fifteen hundred troops": a count, no year.
    return y == null || lex.countNoun(t, y[1]) || lex.number(t.norm(y[1])) != null ? null : y;
  }

  private static int[] words(Toks t, int k, Lexicon lex) {
    int[] hi = wordsUpTo99(t, k, lex);
    if (hi == null) {
      return null;
    }
    int j = hi[1];
    if (hi[0] == 2 && t.isWord(j, "thousand")) {
      int e = t.isWord(j + 1, "and") ? j + 2 : j + 1;
      int[] lo = wordsUpTo99(t, e, lex);
      // "two thousand seven hundred" is a number, not a year.
      if (lo != null && (t.isWord(lo[1], "hundred") || t.isWord(lo[1], "thousand"))) {
        return null;
      }
      return lo != null ? new int[] {2000 + lo[0], lo[1]} : new int[] {2000, j + 1};
    }
    if (hi[0] < 10 || hi[0] > 20) {
      return null;
    }
    if (t.isWord(j, "hundred")) {
      return new int[] {hi[0] * 100, j + 1};
    }
    if (t.isWord(j, "oh") || t.isWord(j, "o")) {
      // "nineteen oh five", "nineteen oh-five" (ICU's spellout-numbering-year).
      int uk = t.isDash(j + 1) && t.attached(j + 1) ? j + 2 : j + 1;
      int[] u = wordsUpTo99(t, uk, lex);
      return u != null && u[0] < 10 ? new int[] {hi[0] * 100 + u[0], u[1]} : null;
    }
    int[] lo = wordsUpTo99(t, j, lex);
    if (lo == null || lo[0] < 10 || t.isWord(lo[1], "hundred") || t.isWord(lo[1], "thousand")
        || t.isWord(lo[1], "million")) {
      return null;
    }
    return new int[] {hi[0] * 100 + lo[0], lo[1]};
  }

  /** A number from 1 to 99 in words at k ("seven", "nineteen", "forty-one"): {value, end}. */
  private static int[] wordsUpTo99(Toks t, int k, Lexicon lex) {
    if (!t.isWordTok(k)) {
      return null;
    }
    Lexicon.Hit h = lex.number(t.norm(k));
    if (h == null || !h.prefix().isEmpty() || h.word().role() != NumberWord.Role.ADD
        || h.word().value() < 1 || h.word().value() > 90) {
      return null;
    }
    int v = (int) h.word().value();
    if (v >= 20 && v % 10 == 0 && t.isDash(k + 1) && t.attached(k + 1) && t.attached(k + 2)) {
      Lexicon.Hit u = lex.number(t.norm(k + 2));
      if (u != null && u.word().role() == NumberWord.Role.ADD && u.word().value() >= 1
          && u.word().value() <= 9) {
        return new int[] {v + (int) u.word().value(), k + 3};
      }
    }
    return new int[] {v, k + 1};
  }
}

package org.factdrill.extract;

/**
 * "264–241 BC", "(2897 - 258 trước Công nguyên)", "120–180 AD": a range of years writes its era
 * once, after the second end; the first end, a bare number, is a year of the same era. The first
 * end is the earlier year: the larger number before the common era, the smaller one in it.
 */
final class SharedEraRanges {
  private SharedEraRanges() {}

  /** The range of years starting at i: an era-marked one, else a bracketed one after a name. */
  static DateRecognizer.Hit orBracketed(DateRecognizer dates, Toks t, int i) {
    if (t.isWordTok(i) && t.isDigits(i + 1)) {
      // "the years 336 - 323 BC" ("השנים 336 - 323 לפני הספירה"): a word saying years opens
      // the range; the era after the second end is the first's as well.
      int w = DateTokens.phrase(t, i, dates.lex.words(WordList.YEAR_WORDS),
          dates.lex.starts(WordList.YEAR_WORDS));
      DateRecognizer.Hit h = w > 0 ? at(dates, t, i + w) : null;
      return h == null ? null : new DateRecognizer.Hit(i, h.to(), h.lo(), h.hi(), h.firstTo(),
          h.secondFrom(), h.swapped());
    }
    DateRecognizer.Hit h = at(dates, t, i);
    return h != null ? h : BracketedYearRanges.at(t, i);
  }

  /**
   * The range starting at the number at i, or null when no era-marked year ends it. Tried before
   * a year alone: "1231–870 BCE" is no year 1231.
   */
  static DateRecognizer.Hit at(DateRecognizer dates, Toks t, int i) {
    if (!t.isDigits(i)) {
      return null; // read lazily: most tokens are words
    }
    int v = DateTokens.plainInt(t, i, 4);
    // Not the tail of a longer figure ("1.264", "3,264") or of a code.
    if (v <= 0 || t.attached(i) && (t.isDigits(i - 1) || t.isPunct(i - 1, '.') || t.isPunct(i - 1, ','))) {
      return null;
    }
    DateRecognizer.Hit first = new DateRecognizer.Hit(i, i + 1, DateParts.year(-v));
    int c = dates.connector(t, i + 1, first);
    if (c < 0 || t.isBlocked(i + 1 + c)) {
      return null;
    }
    DateRecognizer.Hit second = dates.year(t, i + 1 + c);
    if (second == null || second.hi() != null || !second.lo().hasYear()) {
      return null;
    }
    int y = second.lo().year();
    if (y < 0 && -v < y) {
      return new DateRecognizer.Hit(i, second.to(), first.lo(), second.lo(), i + 1, i + 1 + c,
          false);
    }
    // An era written after the second number (a year alone, "1995", is no era's mark).
    if (y > 0 && v < y && t.isDigits(i + 1 + c) && dates.era(t, i + 2 + c) > 0) {
      return new DateRecognizer.Hit(i, second.to(), DateParts.year(v), second.lo(), i + 1,
          i + 1 + c, false);
    }
    return null;
  }
}

package org.factdrill.extract;

/**
 * "Giao Châu (43 - 544)", "the Varkos dynasty (967–1009)": two numbers in round brackets right
 * after a name, joined by a dash, with nothing else inside the brackets, rising, the second no
 * later than the present year, are the span of the thing named (a reign, a dynasty, an era), a
 * period of years, not a range of counts. Only ranges whose first end is under 1000 are read here:
 * four-digit years are read as years already.
 */
final class BracketedYearRanges {
  /** Words of the name before the bracket looked at for a capital. */
  private static final int NAME_REACH = 8;
  /** After a word of a script without case, the least second end read as a year. */
  private static final int UNCASED_MIN = 100;

  private BracketedYearRanges() {}

  /** The period starting at the number at i, or null. */
  static DateRecognizer.Hit at(Toks t, int i) {
    if (!t.isDigits(i) || !t.isPunct(i - 1, '(') || !t.isWordTok(i - 2) || !t.isDash(i + 1)
        || !t.isDigits(i + 2) || !t.isPunct(i + 3, ')')) {
      return null; // read lazily: most tokens are no bracketed number
    }
    int v = DateTokens.plainInt(t, i, 4);
    int w = DateTokens.plainInt(t, i + 2, 4);
    // The present year bounds the second: a later number is no year of the past.
    if (v <= 0 || v >= 1000 || w <= v || w > java.time.Year.now().getValue()
        || t.attached(i + 4) && (t.isDigits(i + 4) || t.isWordTok(i + 4))
        || !afterName(t, i - 1, w < UNCASED_MIN ? 1 : 0)) {
      return null;
    }
    return new DateRecognizer.Hit(i, i + 3, DateParts.year(v), DateParts.year(w), i + 1, i + 2,
        false);
  }

  /**
   * True when the words before the bracket at {@code open} hold a name: a capitalised word that
   * does not open its sentence, or a word of a script without case; "the army (120 - 140)" holds
   * none.
   */
  private static boolean afterName(Toks t, int open, int minSecond) {
    for (int k = open - 1; k >= 0 && k >= open - NAME_REACH && t.isWordTok(k); k--) {
      String w = t.get(k).text();
      int c = w.codePointAt(0);
      boolean uncased = Character.isLetter(c) && !Character.isUpperCase(c)
          && !Character.isLowerCase(c);
      if (Character.isUpperCase(c) && !t.sentenceStart(k)) {
        return true;
      }
      // Without case a name cannot be told from a noun: "young men (18-25)" is an age range,
      // so only a second end past 100 (no age, no small count) is taken for a year.
      if (uncased) {
        return minSecond <= 0;
      }
    }
    return false;
  }
}

package org.factdrill.extract;

/**
 * A month word followed by a numeral ("tháng một", "tháng hai") is a month only where a month can
 * stand. After a distributive ("mỗi tháng một lần", "hằng tháng hai số": every month) the month word
 * is the unit of a rate and the numeral counts what happens in it; so is a numeral followed by a
 * noun of occurrences ("tháng hai lần": twice a month). Neither is January or February.
 */
final class MonthOrRate {
  private MonthOrRate() {}

  /**
   * True when the month word at {@code marker}, its month ending before {@code end}, is the unit
   * of a rate: a distributive right before the month word and the month spelled as a numeral word,
   * or a noun of occurrences right after the numeral (digits or words).
   */
  static boolean rate(Toks t, int marker, int end, Lexicon lex) {
    if (t.isWordTok(end) && !t.capitalized(end) && lex.words(WordList.TIMES_NOUNS).contains(t.norm(end))) {
      return true;
    }
    int b = marker - 1;
    if (b < 0 || !t.isWordTok(b) || t.lineBreakBefore(marker)
        || !lex.words(WordList.DISTRIBUTIVES).contains(t.norm(b))) {
      return false;
    }
    // Only a numeral word: "mỗi tháng Giêng" (every January) names a month.
    int k = marker + 1;
    return t.isWordTok(k) && lex.month(t.norm(k)) <= 0 && lex.number(t.norm(k)) != null;
  }
}

package org.factdrill.extract;

/**
 * A numeral that is also a common noun (the pack's {@code compound-only-numerals}: Vietnamese
 * "năm", five and year) counts on its own when it stands where only a numeral can: before a
 * counted noun or a unit of time of the pack ("năm ngày", "năm người", "năm sư đoàn"), with no
 * figure after that noun (a year figure makes it the noun: "năm học 1965") and nothing before it
 * that only a noun takes (a figure, "25 năm ngày …" the 25th year of a day; a vague marker or a
 * distributive, "những năm tháng", "mỗi năm").
 */
final class CountingNumeral {
  /** How many tokens after the counted noun are looked at for a figure. */
  private static final int FIGURE_REACH = 2;

  private CountingNumeral() {
  }

  /** Whether the numeral at {@code k}, which is also a noun, counts the noun after it. */
  static boolean counts(Toks t, int k, Lexicon lex) {
    if (!t.isWordTok(k + 1)) {
      return false;
    }
    String next = t.norm(k + 1);
    if (!lex.words(WordList.COUNT_NOUNS).contains(next)
        && !lex.words(WordList.DURATION_UNITS).contains(next)) {
      return false;
    }
    if (lex.number(next) != null) {
      return false; // "năm nghìn" is read as a compound already
    }
    for (int j = k + 2; j <= k + 1 + FIGURE_REACH; j++) {
      if (t.isDigits(j)) {
        return false;
      }
    }
    if (k > 0 && (t.isDigits(k - 1) || (t.isWordTok(k - 1)
        && (lex.words(WordList.VAGUE_MARKERS).contains(t.norm(k - 1))
            || lex.words(WordList.DISTRIBUTIVES).contains(t.norm(k - 1)))))) {
      return false;
    }
    return true;
  }
}

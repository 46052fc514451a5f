package org.factdrill.extract;

/**
 * Two dates glued by a lost separator, as text copied from a two-column layout gives them:
 * "6 June 198229 September 1982" is 6 June 1982 and 29 September 1982. The rule, in every
 * language: a run of five or six digits after a month name or a date word, whose first four
 * digits are a year (1000–2100) and whose rest is a day (1–31), and before a month name or a
 * month word, is that year and that day. So is such a run that ends a range of years ("1958-19981
 * Oct. 1958": a title's span of years glued to the first entry's date when line breaks were
 * lost), when its first four digits are a year not before the range's first one.
 */
final class GluedDates {
  private GluedDates() {}

  static void mark(Toks t, Lexicon lex) {
    // Both rules need digits at i or i + 1: only the digit runs are visited (Toks.marks). They
    // read the token arrays and the lists' bit filters: no Token is made for a run in prose.
    DateLists lists = lex.filtered();
    int[] marks = t.marks();
    for (int m = 0, d = marks[0]; d >= 0; d = marks[++m]) {
      if (d == 0 || !t.isDigits(d)) {
        continue;
      }
      // Only a word whose normal form differs (a capital or a non-ASCII letter) can hold a
      // glued month: not one compared as written; one lowered or folded a character at a time
      // always differs; one normalized whole differs where normalize made a new string.
      int w = d - 1;
      if (t.isWordTok(w) && !t.normIsRaw(w)
          && (t.normByChars(w) || t.get(w).norm() != t.get(w).text())) {
        labelBeforeMonth(t, w, lex);
      }
      int i = d;
      if (i + 1 >= t.size()) {
        continue;
      }
      int len = t.length(i);
      if (len < 5 || len > 6 || t.isBlocked(i) || t.attached(i + 1)
          || !(!t.attached(i) && dateWordBefore(t, i - 1, lists) || rangeEnd(t, i))
          || !monthAfter(t, i + 1, lists)) {
        continue;
      }
      int s = t.startOf(i);
      int year = digitsValue(t.chars, s, s + 4);
      int day = digitsValue(t.chars, s + 4, t.endOf(i));
      if (year >= 1000 && year <= 2100 && day >= 1 && day <= 31 && t.chars[s + 4] != '0') {
        t.split(i, 4);
      }
    }
  }

  /** The value of the ASCII digits {@code from} to {@code to} (at most nine). */
  private static int digitsValue(char[] cs, int from, int to) {
    int v = 0;
    for (int k = from; k < to; k++) {
      v = v * 10 + (cs[k] - '0');
    }
    return v;
  }

  /**
   * A label glued to a month name that starts a date, as a table row pasted without its cell
   * break gives it ("dateMay 2, 1871"): a word whose last capital starts a month name of the
   * pack, after at least three lower-case letters, and before the date's digits. The month is
   * then read as a word of its own.
   */
  private static void labelBeforeMonth(Toks t, int i, Lexicon lex) {
    char[] w = t.chars; // the word's text, read in place
    int s = t.startOf(i);
    int k = t.length(i) - 1;
    while (k > 0 && !Character.isUpperCase(w[s + k])) {
      k--;
    }
    if (k < 3 || !Character.isLowerCase(w[s + k - 1])) {
      return;
    }
    for (int c = 1; c < k; c++) {
      if (!Character.isLowerCase(w[s + c])) {
        return;
      }
    }
    if (lex.month(Tokenizer.normalize(t.text.substring(s + k, t.endOf(i)))) > 0) {
      t.split(i, k);
    }
  }

  /** A month name ("June", "ביוני") or a word written before a year ("năm", "года"). */
  private static boolean dateWordBefore(Toks t, int j, DateLists lists) {
    return lists.month(t, j) > 0 || lists.has(WordList.DATE_FILLERS, t, j)
        || lists.has(WordList.YEAR_WORDS, t, j);
  }

  /** The run at {@code i} is glued to a dash right after a year of four digits ("1958-"). */
  private static boolean rangeEnd(Toks t, int i) {
    if (i < 2 || !t.attached(i) || !t.isDash(i - 1)
        || !t.attached(i - 1) || !t.isDigits(i - 2)) {
      return false;
    }
    // Four digits each: compared as strings, the same as compared as numbers.
    int s = t.startOf(i);
    return t.length(i - 2) == 4 && t.smallValue(i - 2) <= digitsValue(t.chars, s, s + 4);
  }

  /** A month name, or a word that a month number follows ("tháng 9"). */
  private static boolean monthAfter(Toks t, int j, DateLists lists) {
    return lists.month(t, j) > 0 || lists.has(WordList.MONTH_NUMBER_WORDS, t, j);
  }
}

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
    // Both rules need digits at i or i + 1: only the digit runs are visited (Toks.marks).
    int[] marks = t.marks();
    for (int m = 0, d = marks[0]; d >= 0; d = marks[++m]) {
      if (d == 0 || !t.get(d).isDigits()) {
        continue;
      }
      // Only a word whose normal form differs (a capital or a non-ASCII letter) can hold a
      // glued month.
      Token w = t.get(d - 1);
      if (w.isWord() && w.norm() != w.text()) {
        labelBeforeMonth(t, d - 1, lex);
      }
      int i = d;
      Token tok = t.get(i);
      if (i + 1 >= t.size()) {
        continue;
      }
      int len = tok.end() - tok.start();
      if (len < 5 || len > 6 || t.isBlocked(i) || t.attached(i + 1)
          || !(tok.gapBefore() && dateWordBefore(t, i - 1, lex) || rangeEnd(t, i))
          || !monthAfter(t, i + 1, lex)) {
        continue;
      }
      int year = Integer.parseInt(tok.text().substring(0, 4));
      String dayText = tok.text().substring(4);
      int day = Integer.parseInt(dayText);
      if (year >= 1000 && year <= 2100 && day >= 1 && day <= 31 && dayText.charAt(0) != '0') {
        t.split(i, 4);
      }
    }
  }

  /**
   * A label glued to a month name that starts a date, as a table row pasted without its cell
   * break gives it ("dateMay 2, 1871"): a word whose last capital starts a month name of the
   * pack, after at least three lower-case letters, and before the date's digits. The month is
   * then read as a word of its own.
   */
  private static void labelBeforeMonth(Toks t, int i, Lexicon lex) {
    String w = t.get(i).text();
    int k = w.length() - 1;
    while (k > 0 && !Character.isUpperCase(w.charAt(k))) {
      k--;
    }
    if (k < 3 || !Character.isLowerCase(w.charAt(k - 1))) {
      return;
    }
    for (int c = 1; c < k; c++) {
      if (!Character.isLowerCase(w.charAt(c))) {
        return;
      }
    }
    if (lex.month(Tokenizer.normalize(w.substring(k))) > 0) {
      t.split(i, k);
    }
  }

  /** A month name ("June", "ביוני") or a word written before a year ("năm", "года"). */
  private static boolean dateWordBefore(Toks t, int j, Lexicon lex) {
    if (!t.isWordTok(j)) {
      return false;
    }
    String w = t.norm(j);
    return lex.month(w) > 0 || lex.words(WordList.DATE_FILLERS).contains(w)
        || lex.words(WordList.YEAR_WORDS).contains(w);
  }

  /** The run at {@code i} is glued to a dash right after a year of four digits ("1958-"). */
  private static boolean rangeEnd(Toks t, int i) {
    if (i < 2 || !t.attached(i) || !t.isDash(i - 1)
        || !t.attached(i - 1) || !t.isDigits(i - 2)) {
      return false;
    }
    String first = t.get(i - 2).text();
    return first.length() == 4 && first.compareTo(t.get(i).text().substring(0, 4)) <= 0;
  }

  /** A month name, or a word that a month number follows ("tháng 9"). */
  private static boolean monthAfter(Toks t, int j, Lexicon lex) {
    if (!t.isWordTok(j)) {
      return false;
    }
    String w = t.norm(j);
    return lex.month(w) > 0 || lex.words(WordList.MONTH_NUMBER_WORDS).contains(w);
  }
}

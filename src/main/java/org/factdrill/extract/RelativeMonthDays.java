package org.factdrill.extract;

import java.util.Set;

/**
 * Reads a day number followed by the word "month" as a day of a month told relatively, not a
 * count: "ב-4 לחודש שעבר" (the 4th of last month), "ב-12 לחודש" (the 12th of the month). The
 * month word takes the prefix letter a month's name takes after its day ("5 לינואר"), which is
 * what makes the number a day; the month itself is named only relatively, so no date is read.
 * Older letters write the month word bare and say which month after it ("עד 17 חודש הבא", until
 * the 17th of next month; "9 חודש זה"): a count of months takes the plural after a small number,
 * so a singular month word followed by a word of {@code relative-month-words} makes a day too.
 * Data: the pack's {@code month-words}, {@code day-month-prefixes} and {@code
 * relative-month-words}; packs without them (the languages whose ordinal "4th" already says it is
 * a day) skip at the first test.
 */
final class RelativeMonthDays {
  private RelativeMonthDays() {}

  /** The number at {@code i} is a day (1–31) and the next word is the prefixed month word. */
  static boolean at(Toks t, int i, Lexicon lex) {
    Set<String> months = lex.words(WordList.MONTH_WORDS);
    if (months.isEmpty() || t.length(i) > 2 || !t.isWordTok(i + 1)) {
      return false;
    }
    int day = t.smallValue(i);
    if (day < 1 || day > 31) {
      return false;
    }
    String w = t.norm(i + 1);
    if (months.contains(w) && t.isWordTok(i + 2) && !t.lineBreakBefore(i + 2)
        && lex.words(WordList.RELATIVE_MONTH_WORDS).contains(t.norm(i + 2))) {
      return true; // "17 חודש הבא": the month word bare, which month said after it
    }
    for (String p : lex.words(WordList.DAY_MONTH_PREFIXES)) {
      if (w.startsWith(p) && months.contains(w.substring(p.length()))) {
        return true;
      }
    }
    return false;
  }

  /** Where the day's words start: a prefix letter and dash before the digits ("ב-4") included. */
  static int start(Toks t, int i) {
    return t.attached(i) && t.isDash(i - 1) && t.attached(i - 1) && t.isWordTok(i - 2) ? i - 2 : i;
  }
}

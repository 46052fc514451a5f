package org.factdrill.extract;

import org.factdrill.text.Language;

/**
 * Marks a date line written in a language no pack reads ("zaterdag 12 mei 1997", "Dienstag,
 * 4. März 1997", "4 janv. 1911 – …"): a line that opens with a day's number (1 to 31; after at
 * most a weekday's word, lower-case or set off by a comma), then one word no installed pack reads
 * as a month, then a year, and ends there (or goes on after a dash, a title's separator). The
 * word between a day and a year on a date line is its month: the page's grammar, not knowing it,
 * read a count of a unit and a bare year; neither is a fact. Tried only at digits opening a line.
 * A line the page's own holiday names read (a name that holds its day's number) is left to them.
 */
final class UnreadDateLines {
  private static final Lexicon[] ALL = lexicons();

  private UnreadDateLines() {}

  static void mark(Toks t, Lexicon lex) {
    int[] marks = t.marks();
    for (int m = 0, i = marks[0]; i >= 0; i = marks[++m]) {
      int year = yearAfterDay(t, i, lex);
      if (year > 0) {
        t.blocked[i] = true;
        t.blocked[year] = true;
      }
    }
  }

  /** The year token of an unread date line whose day is digit run i, or -1. */
  private static int yearAfterDay(Toks t, int i, Lexicon lex) {
    int len = t.endOf(i) - t.startOf(i);
    if (len > 2 || !opensDateLine(t, i)) {
      return -1; // cheap: most digits do not open a line
    }
    int day = t.smallValue(i);
    if (day < 1 || day > 31) {
      return -1;
    }
    int j = i + 1;
    if (t.isPunct(j, '.') && t.attached(j)) {
      j++; // "4. März"
    }
    if (!t.isWordTok(j) || t.lineBreakBefore(j) || t.length(j) < 3 || lex.countNoun(t, j)
        || anyMonth(t.norm(j)) || holidayName(t, i, j, lex)) {
      return -1;
    }
    int y = j + 1;
    if (t.isPunct(y, '.') && t.attached(y)) {
      y++; // "janv."
    }
    if (!t.isDigits(y) || t.lineBreakBefore(y) || t.length(y) != 4) {
      return -1;
    }
    int value = t.smallValue(y);
    if (value < 1000 || value > 2199) {
      return -1;
    }
    int after = y + 1;
    return after >= t.size() || t.lineBreakBefore(after) || t.isDash(after) ? y : -1;
  }

  /** Digits i open their line, or follow a weekday's word that does (lower-case, or a comma after it). */
  private static boolean opensDateLine(Toks t, int i) {
    if (i == 0 || t.lineBreakBefore(i)) {
      return true;
    }
    int w = t.isPunct(i - 1, ',') ? i - 2 : i - 1;
    if (w < 0 || !t.isWordTok(w) || !(w == 0 || t.lineBreakBefore(w))) {
      return false;
    }
    return w == i - 2 || Character.isLowerCase(t.chars[t.startOf(w)]);
  }

  /**
   * A holiday's name may hold a day's number ("<word> 1 <word>" of the pack's holiday names):
   * when the word before the day or the word after it starts one of the page's holidays, the
   * page's own grammar reads the line.
   */
  private static boolean holidayName(Toks t, int i, int j, Lexicon lex) {
    return i > 0 && t.isWordTok(i - 1) && !lex.holidaysStartingWith(t.norm(i - 1)).isEmpty()
        || !lex.holidaysStartingWith(t.norm(j)).isEmpty();
  }

  private static boolean anyMonth(String norm) {
    for (Lexicon l : ALL) {
      if (l.month(norm) > 0) {
        return true;
      }
    }
    return false;
  }

  private static Lexicon[] lexicons() {
    return Language.values().stream().map(Lexicon::of).toArray(Lexicon[]::new);
  }
}

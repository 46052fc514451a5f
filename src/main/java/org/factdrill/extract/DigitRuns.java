package org.factdrill.extract;

import java.util.Set;

/**
 * The marking rules that look at one digit run at a time, applied in one visit of the runs
 * ({@link Toks#marks}): for each run in order, a page's furniture ({@link MarkupNumbers#furniture}),
 * a year of another calendar ({@link OtherCalendarYears}), then a pager's counter
 * ({@link ItemCounters}). Each rule only blocks the run it visits or tokens after it, and only the
 * counter reads what is blocked (at its own run), so one visit blocks what a pass per rule did.
 */
final class DigitRuns {
  private DigitRuns() {}

  static void mark(Toks t, Lexicon lex) {
    Set<String> names = lex.words(WordList.CALENDAR_NAME_WORDS);
    Set<String> own = lex.words(WordList.OWN_CALENDAR_WORDS);
    Set<String> links = lex.words(WordList.COUNTER_LINKS);
    Set<String> nouns = lex.words(WordList.COUNTER_NOUNS);
    int[] marks = t.marks();
    int counterEnd = -1; // a counter's second number is not read as the start of another
    for (int m = 0, i = marks[0]; i >= 0; i = marks[++m]) {
      if (!t.isDigits(i)) {
        OtherCalendarYears.at(t, i, names, own); // "calendar [1]": as the pass over the marks did
        continue;
      }
      if (MarkupNumbers.furniture(t, i)) {
        t.blocked[i] = true;
      }
      OtherCalendarYears.at(t, i, names, own);
      if (i > counterEnd && ItemCounters.at(t, i, links, nouns)) {
        counterEnd = i + 2;
      }
    }
  }
}

package org.factdrill.extract;

/**
 * Marks a year counted in another calendar, written right after that calendar's name ("Hebrew
 * calendar 5678–5679", "Buddhist calendar2462", as a year's page lists it in every calendar): it
 * is neither a year of the Gregorian calendar nor a count. The pack names the word that names a
 * calendar ({@code calendar-name-words}: "calendar") and the calendar whose years are the
 * text's own ({@code own-calendar-words}: "Gregorian calendar 1918" is a year).
 */
final class OtherCalendarYears {
  private OtherCalendarYears() {}

  static void mark(Toks t, Lexicon lex) {
    java.util.Set<String> names = lex.words(WordList.CALENDAR_NAME_WORDS);
    if (names.isEmpty()) {
      return;
    }
    int[] marks = t.marks();
    for (int m = 0, i = marks[0]; i >= 0; i = marks[++m]) {
      // The lists' bit filters: no token made for the word before each run.
      if (lex.filtered().has(WordList.CALENDAR_NAME_WORDS, t, i - 1)
          && !lex.filtered().holds(WordList.OWN_CALENDAR_WORDS, t, i - 2)) {
        int end = i + 1;
        if (t.isDash(end) && t.isDigits(end + 1)) {
          end += 2; // "5678–5679": a year of that calendar across two Gregorian years
        }
        for (int k = i; k < end; k++) {
          t.blocked[k] = true;
        }
      }
    }
  }
}

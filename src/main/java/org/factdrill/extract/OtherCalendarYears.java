package org.factdrill.extract;

/**
 * Marks a year counted in another calendar, written right after that calendar's name ("Hebrew
 * calendar 5678–5679", "Buddhist calendar2462", as a year's page lists it in every calendar): it
 * is neither a year of the Gregorian calendar nor a count. The pack names the word that names a
 * calendar ({@code calendar-name-words}: "calendar") and the calendar whose years are the
 * text's own ({@code own-calendar-words}: "Gregorian calendar 1918" is a year). So is a number
 * written right before the name of an era's count ({@code era-count-words}: "năm 257 TCN (2622
 * Phật lịch)"), a conversion of a year, never a count to ask.
 */
final class OtherCalendarYears {
  private OtherCalendarYears() {}

  static void mark(Toks t, Lexicon lex) {
    java.util.Set<String> names = lex.words(WordList.CALENDAR_NAME_WORDS);
    java.util.Set<String> eras = lex.words(WordList.ERA_COUNT_WORDS);
    if (names.isEmpty() && eras.isEmpty()) {
      return;
    }
    int[] marks = t.marks();
    for (int m = 0, i = marks[0]; i >= 0; i = marks[++m]) {
      if (!eras.isEmpty() && t.isDigits(i) && DateTokens.phrase(t, i + 1, eras) > 0) {
        t.blocked[i] = true; // "(2622 Phật lịch)": a year of that era's count, no count
        continue;
      }
      // The lists' bit filters: no token made for the word before each run.
      if (!names.isEmpty() && lex.filtered().has(WordList.CALENDAR_NAME_WORDS, t, i - 1)
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

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
    conversions(t, lex);
    java.util.Set<String> names = lex.words(WordList.CALENDAR_NAME_WORDS);
    java.util.Set<String> eras = lex.words(WordList.ERA_COUNT_WORDS);
    if (names.isEmpty() && eras.isEmpty()) {
      return;
    }
    DateLists lists = lex.filtered(); // phrases probed only at a word that starts one
    int[] marks = t.marks();
    for (int m = 0, i = marks[0]; i >= 0; i = marks[++m]) {
      if (!eras.isEmpty() && t.isDigits(i)
          && lists.phrase(WordList.ERA_COUNT_WORDS, t, i + 1) > 0) {
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

  /** The pack's lists of what a number may count or measure: a word of one is no era's name. */
  private static final WordList[] COUNTED = {WordList.COUNT_NOUNS, WordList.COUNTER_NOUNS,
      WordList.DURATION_UNITS, WordList.AGE_WORDS, WordList.SCALE_WORDS, WordList.MINOR_UNITS,
      WordList.POSITION_UNITS, WordList.YEAR_WORDS, WordList.ERA_BC, WordList.ERA_AD};

  /**
   * A number that converts the year just before it into another era's count, whatever the era's
   * name: an opening bracket right after a year with its era ("năm 402 TCN (352 ante regnum)",
   * "402 BC (352 AUC)") holding a number then one to four words up to the closing bracket, none of
   * them a counted noun, unit or numeral of the language (a foreign phrase, an abbreviation, an
   * era's name); after a plain year in a bracket ("1460 (5 Alvira)") or after a year with its era and a dash
   * ("402 TCN – 84 AZ"), only when those words are capitalised or the pack's era names (a plain
   * year, a dash and a number are a range). A number that opens a date is none. The number is
   * blocked: the same year told again, never a count.
   */
  private static void conversions(Toks t, Lexicon lex) {
    DateLists lists = lex.filtered();
    int[] marks = t.marks();
    for (int m = 0, i = marks[0]; i >= 0; i = marks[++m]) {
      boolean bracket = t.isPunct(i - 1, '(');
      if (i < 3 || !t.isDigits(i) || !bracket && !t.isDash(i - 1) || !t.isWordTok(i + 1)) {
        continue;
      }
      boolean era = false; // the era phrase (the pack's era-bc, era-ad) ends right before
      for (int j = i - 2; j >= Math.max(1, i - 5) && !era; j--) {
        int e = Math.max(lists.phrase(WordList.ERA_BC, t, j), lists.phrase(WordList.ERA_AD, t, j));
        era = e > 0 && j + e == i - 1 && t.isDigits(j - 1);
      }
      if (!era && !(t.isDigits(i - 2) && t.length(i - 2) >= 3)) {
        continue;
      }
      int k = i + 1;
      boolean named = true;
      while (k < t.size() && k <= i + 4 && t.isWordTok(k)) {
        if (counted(t, k, lex, lists)) {
          break;
        }
        named &= t.capitalized(k) || lists.phrase(WordList.ERA_COUNT_WORDS, t, k) > 0;
        k++;
      }
      boolean closed = bracket ? t.isPunct(k, ')') : k >= t.size() || t.isPunct(k, ',')
          || t.isPunct(k, '.') || t.isPunct(k, ')') || t.lineBreakBefore(k);
      if (k > i + 1 && closed && (era || bracket) && (era && bracket || named)
          && !counted(t, i + 1, lex, lists) && DateRecognizer.of(lex).at(t, i) == null) {
        t.blocked[i] = true; // (not "(30 Tháng Tư)": a date; the recognizer made only here, rarely)
      }
    }
  }

  private static boolean counted(Toks t, int k, Lexicon lex, DateLists lists) {
    if (lex.pack().numerals().containsKey(t.norm(k))) {
      return true;
    }
    for (WordList w : COUNTED) {
      if (lists.phrase(w, t, k) > 0) {
        return true;
      }
    }
    return false;
  }
}

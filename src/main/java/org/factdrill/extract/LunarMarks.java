package org.factdrill.extract;

/**
 * A calendar marker written after a date ("ngày 15 tháng 7 âm lịch", "ngày 10-3 (âm lịch)", "ngày 9
 * tháng 9 theo âm lịch", "ngày 2-5-1825 âm lịch"): the date is of that calendar, not Gregorian,
 * whether or not it writes its year. The marker is one of the pack's {@code other-calendar-words},
 * right after the date or after an opening bracket, a comma or one of the pack's
 * {@code calendar-marker-leads} ("theo", according to). A date that writes its year and is marked
 * lunar ({@code lunar-calendar-words}) is converted as {@link LunarMonths} converts a day of a
 * cycle year given in digits (the year is the lunar year that begins in it); a date of another
 * calendar with its year is not read as Gregorian.
 */
final class LunarMarks {
  private LunarMarks() {}

  /** The index after the calendar marker of {@code list} that follows the date ending at {@code i}, or -1. */
  static int markerEnd(Toks t, int i, Lexicon lex, WordList list) {
    int k = i;
    boolean bracket = t.isPunct(k, '(');
    if (bracket || t.isPunct(k, ',')) {
      k++;
    }
    if (t.isWordTok(k) && lex.words(WordList.CALENDAR_MARKER_LEADS).contains(t.norm(k))) {
      k++;
    }
    int n = FactExtractor.wordsAfter(t, k, lex, list) ? DateTokens.phrase(t, k, lex.words(list)) : 0;
    if (n == 0) {
      return -1;
    }
    int end = k + n;
    return bracket && t.isPunct(end, ')') ? end + 1 : end;
  }

  /**
   * For date {@code m} with its day and month, the lunar reading when a lunar marker follows it and
   * the year is written, before the marker ("ngày 15 tháng 7 năm 1820 âm lịch") or right after it
   * ("ngày 2-5 âm lịch năm 1825"): its Gregorian value (null when that lunar year has no such day)
   * and the end of what was read; null when there is no marker or no year.
   */
  static LunarMonths.Reading dated(Toks t, Match m, Lexicon lex) {
    if (!(m.value() instanceof Value.Date d) || d.isRange()
        || d.iso().length() != (d.iso().startsWith("--") ? 7 : 10) || d.iso().charAt(d.iso().length() - 3) != '-') {
      return null;
    }
    int end = markerEnd(t, m.to(), lex, WordList.LUNAR_CALENDAR_WORDS);
    if (end < 0) {
      return null;
    }
    String iso = d.iso();
    if (iso.startsWith("--")) {
      int y = t.isWordTok(end) && lex.words(WordList.YEAR_WORDS).contains(t.norm(end))
          ? DateTokens.plainInt(t, end + 1, 4) : -1;
      if (y < 1000 || t.get(end + 1).text().length() != 4) {
        return null; // a yearless lunar day: read as before, no year given to it
      }
      return new LunarMonths.Reading(end + 2, LunarMonths.convert(iso, y));
    }
    if (!Character.isDigit(iso.charAt(0))) {
      return null;
    }
    return new LunarMonths.Reading(end, LunarMonths.convert("--" + iso.substring(5),
        Integer.parseInt(iso.substring(0, 4))));
  }
}

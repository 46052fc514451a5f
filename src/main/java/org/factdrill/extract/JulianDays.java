package org.factdrill.extract;

import java.time.LocalDate;
import org.factdrill.lang.Holidays;

/**
 * A day-month told in the Julian calendar beside a row's Gregorian date ("…, tức 26 tháng 2 theo
 * lịch Julius", "26 February by the Julian calendar"): in the year its paragraph stated (the
 * row's year, a Julian year too) it is the row's own day, converted to the Gregorian calendar
 * ({@link Holidays#julian}). The markers are the pack's {@code julian-calendar-words}, also among
 * its {@code other-calendar-words}, so the day is never asked as a Gregorian one.
 */
final class JulianDays {
  private JulianDays() {}

  /** The Gregorian reading of yearless day-month {@code m} in Julian {@code year}, or null. */
  static Match gregorian(Toks t, Match m, int year, Lexicon lex) {
    if (!(m.value() instanceof Value.Date d) || d.iso().length() != 7 || d.iso().charAt(4) != '-'
        || !FactExtractor.wordsAfter(t, m.to(), lex, WordList.JULIAN_CALENDAR_WORDS)) {
      return null; // not "--MM-DD", or another calendar than the Julian one
    }
    int month = Integer.parseInt(d.iso().substring(2, 4));
    int day = Integer.parseInt(d.iso().substring(5, 7));
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > 31) {
      return null;
    }
    LocalDate g = Holidays.julian(year, month, day);
    String iso = new DateParts(g.getYear(), g.getMonthValue(), g.getDayOfMonth(), null).iso();
    return new Match(m.from(), m.to(), m.kind(), new Value.Date(iso), m.unit(), m.approx(),
        false, g.getYear(), m.firstTo(), m.secondFrom(), m.swapped());
  }
}

package org.factdrill.extract;

import java.util.function.BiFunction;

/**
 * A year then, on the same line, a day and month without a year ("1942 03/15", "1942 Jan 5,",
 * "1942 5 tháng 3", "| 1942. Jan. 5 |": a line's or cell's year label closed by a period): one
 * date, the year's day, as a chronology writes an entry's label. Read
 * apart, the year would be asked as a blank beside its own day, or the day beside its year.
 */
final class YearThenDay {
  private YearThenDay() {}

  /**
   * The date from the year at token {@code i} through the yearless day {@code single} finds
   * right after it, or null when token i is no year of four digits or no such day follows it on
   * its line.
   */
  static DateRecognizer.Hit at(Toks t, int i, BiFunction<Toks, Integer, DateRecognizer.Hit> single) {
    // Read off the arrays: no token made for a run that is no year.
    if (DateTokens.digitCount(t, i) != 4 || i + 1 >= t.size()
        || t.newlinesBefore(i + 1) > 0) {
      return null;
    }
    // "| 1898. July 29 |": a year label opening its line or a table's cell may close with its
    // period before the day (in prose such a period ends the sentence: "… in 1898. July 4 …").
    int d = t.attached(i + 1) && t.isPunct(i + 1, '.') && !t.attached(i + 2)
        && t.newlinesBefore(i + 2) == 0 && (i == 0 || t.lineBreakBefore(i) || t.isPunct(i - 1, '|'))
        ? i + 2 : i + 1;
    if (d == i + 1 && t.attached(i + 1)) {
      return null;
    }
    int y = DateTokens.value(t, i);
    if (y < 1000 || y > 2100) {
      return null;
    }
    DateRecognizer.Hit h = single.apply(t, d);
    if (h == null || !dayWithoutYear(h.lo()) || h.hi() != null && !dayWithoutYear(h.hi())) {
      return null;
    }
    DateParts lo = DateParts.of(y, h.lo().month(), h.lo().day());
    DateParts hi = h.hi() == null ? null : DateParts.of(y, h.hi().month(), h.hi().day());
    return new DateRecognizer.Hit(i, h.to(), lo, hi, h.firstTo(), h.secondFrom(), h.swapped());
  }

  private static boolean dayWithoutYear(DateParts d) {
    return !d.hasYear() && d.month() > 0 && d.day() > 0 && d.prefixDigits() == null;
  }
}
